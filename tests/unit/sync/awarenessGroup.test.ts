// Presence over two paths: the union of what each path knows, this person's state on both, and
// one path forgetting everyone (y-websocket does when the host socket closes) leaving the people
// still known on the other.
import { describe, expect, it } from 'vitest'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as Y from 'yjs'
import { AwarenessGroup } from '../../../src/renderer/src/sync/awarenessGroup.ts'

function relay(from: Awareness, to: Awareness): void {
  applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...from.getStates().keys()]), 'test')
}

describe('awareness group', () => {
  it('writes this person to every path and reads everyone once', () => {
    const doc = new Y.Doc()
    const host = new Awareness(doc)
    const peers = new Awareness(doc)
    const group = new AwarenessGroup([host, peers])
    let changes = 0
    group.on('change', () => changes++)
    group.setLocalStateField('user', { name: 'Ana' })
    expect(host.getLocalState()).toEqual({ user: { name: 'Ana' } })
    expect(peers.getLocalState()).toEqual({ user: { name: 'Ana' } })
    expect(changes).toBeGreaterThan(0)

    const ben = new Awareness(new Y.Doc())
    ben.setLocalStateField('user', { name: 'Ben' })
    const cleo = new Awareness(new Y.Doc())
    cleo.setLocalStateField('user', { name: 'Cleo' })
    relay(ben, host)
    relay(ben, peers)
    relay(cleo, peers)
    const names = () =>
      [...group.getStates().values()].map((s) => (s.user as { name: string }).name).sort()
    expect(names()).toEqual(['Ana', 'Ben', 'Cleo'])

    // The host socket closed: y-websocket removes every remote state from its awareness.
    removeAwarenessStates(host, [ben.clientID], 'ws closed')
    expect(names()).toEqual(['Ana', 'Ben', 'Cleo'])

    // The freshest copy of a person wins.
    ben.setLocalStateField('user', { name: 'Ben B.' })
    relay(ben, host)
    expect(names()).toEqual(['Ana', 'Ben B.', 'Cleo'])

    group.destroy()
    for (const a of [host, peers, ben, cleo]) a.destroy()
  })
})
