// Provider set-up: the signaling URL is the host's own, the room and its password come from the
// workshop id and the join code, and no public signaling, STUN or TURN server ever appears.
import { describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  DEFAULT_MESH,
  hostSignalingUrl,
  normalizeJoinToken,
  peerRoomFor,
  peerRoomName,
  webrtcOptions,
} from '../../../src/renderer/src/sync/peerRoom.ts'
import { normalizeToken } from '../../../src/main/host/token.ts'

describe('peer room', () => {
  it('reads a typed join code the way the host does', () => {
    for (const typed of ['abcd-efgh', ' o1il 2345 ', 'C0LLAB7EST', 'x-y-z-0-9-a-b-c']) {
      expect(normalizeJoinToken(typed)).toBe(normalizeToken(typed))
    }
  })

  it('names the room from workshop id and join code, revealing neither', () => {
    const a = peerRoomName('w-riverside', 'ABCD2345')
    expect(a).toMatch(/^tavolo-[0-9a-f]{40}$/)
    expect(a).not.toContain('riverside')
    expect(a).not.toContain('ABCD2345')
    // The same code typed differently is the same room; a new code or another workshop is not.
    expect(peerRoomName('w-riverside', 'abcd-2345')).toBe(a)
    expect(peerRoomName('w-riverside', 'ABCD2346')).not.toBe(a)
    expect(peerRoomName('w-other', 'ABCD2345')).not.toBe(a)
  })

  it('puts signaling next to the host’s sync endpoint, with the token', () => {
    expect(hostSignalingUrl('ws://192.168.1.20:4000/sync', 'ABCD2345')).toBe(
      'ws://192.168.1.20:4000/signal?token=ABCD2345',
    )
    expect(hostSignalingUrl('wss://tavolo.local:8443/sync?x=1#h', 'T0KEN123')).toBe(
      'wss://tavolo.local:8443/signal?token=T0KEN123',
    )
    expect(() => hostSignalingUrl('http://192.168.1.20:4000/sync', 'ABCD2345')).toThrow(
      'ws: or wss:',
    )
  })

  it('gives y-webrtc only the host’s signaling, no ICE servers, the code as password and a capped mesh', () => {
    const room = peerRoomFor('w-riverside', 'ws://10.0.0.5:4000/sync', 'abcd-2345')
    const awareness = new Awareness(new Y.Doc())
    const options = webrtcOptions(room, { awareness })
    expect(options.signaling).toEqual(['ws://10.0.0.5:4000/signal?token=abcd-2345'])
    expect(options.password).toBe('ABCD2345')
    expect(options.peerOpts).toEqual({ config: { iceServers: [] } })
    expect(options.maxConns).toBe(DEFAULT_MESH.maxConns)
    expect(options.awareness).toBe(awareness)
    // Every address in the options is the host's: nothing else could be contacted.
    const text = JSON.stringify({ ...options, awareness: undefined })
    const hosts = [...text.matchAll(/(?:wss?|https?|stuns?|turns?):\/*([^/?"\\:]+)/g)].map(
      (m) => m[1],
    )
    expect(new Set(hosts)).toEqual(new Set(['10.0.0.5']))
  })

  it('passes STUN/TURN servers only when settings name them', () => {
    const room = peerRoomFor('w', 'ws://10.0.0.5:4000/sync', 'ABCD2345')
    const iceServers = [{ urls: 'turn:turn.venue.example:3478', username: 'u', credential: 'p' }]
    const options = webrtcOptions(room, { awareness: new Awareness(new Y.Doc()), iceServers })
    expect(options.peerOpts).toEqual({ config: { iceServers } })
    expect(options.signaling).toEqual(['ws://10.0.0.5:4000/signal?token=ABCD2345'])
  })
})
