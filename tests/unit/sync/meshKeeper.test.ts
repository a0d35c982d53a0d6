// The mesh keeper on a real y-webrtc provider against the host's real signaling endpoint (Node
// has no WebRTC, so these tests never let a peer connection start: they watch the announces),
// and the policy's effect on a 40-person room in a model of y-webrtc's linking rule.
import { afterEach, describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import { Awareness } from 'y-protocols/awareness'
import { WebrtcProvider } from 'y-webrtc'
import * as Y from 'yjs'
import { startHost, type Host } from '../../../src/main/host/index.ts'
import {
  keepMesh,
  shouldInvite,
  type MeshPolicy,
} from '../../../src/renderer/src/sync/meshKeeper.ts'
import {
  peerRoomFor,
  webrtcOptions,
  type MeshLimits,
} from '../../../src/renderer/src/sync/peerRoom.ts'
import {
  decryptJson,
  encryptJson,
  fromBase64,
  toBase64,
} from '../../../src/renderer/src/sync/signalCrypto.ts'
import { makeStaticDir, memoryFile, openRaw, waitFor } from '../host/helpers.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function hostFor(workshopId: string): Promise<Host> {
  const dirs = makeStaticDir()
  const host = await startHost({
    file: memoryFile(),
    staticDir: dirs.web,
    workshop: () => ({ id: workshopId, title: 'T' }),
  })
  cleanups.push(dirs.cleanup, () => host.close())
  return host
}

/** A raw signaling client that records the announces published in `topic`, decrypted. */
async function listener(host: Host, topic: string) {
  const ws = await openRaw(`ws://127.0.0.1:${host.port}/signal?token=${host.token}`)
  cleanups.push(() => ws.terminate())
  const raw: Array<Record<string, unknown>> = []
  ws.on('message', (data: Buffer) =>
    raw.push(JSON.parse(data.toString()) as Record<string, unknown>),
  )
  ws.send(JSON.stringify({ type: 'subscribe', topics: [topic] }))
  const announces = async (key: CryptoKey) => {
    const out: unknown[] = []
    for (const m of raw) {
      if (m.type !== 'publish' || typeof m.data !== 'string') continue
      const bytes = fromBase64(m.data)
      out.push(bytes === undefined ? undefined : await decryptJson(bytes, key))
    }
    return out.filter(
      (d): d is { type: string; from: string } =>
        typeof d === 'object' && d !== null && (d as { type?: unknown }).type === 'announce',
    )
  }
  return { ws, raw, announces }
}

function provider(
  host: Host,
  workshopId: string,
  mesh: MeshLimits,
  policy: Partial<MeshPolicy> = {},
) {
  const room = peerRoomFor(workshopId, `ws://127.0.0.1:${host.port}/sync`, host.token)
  const doc = new Y.Doc()
  const p = new WebrtcProvider(
    room.name,
    doc,
    webrtcOptions(room, { awareness: new Awareness(doc), mesh }),
  )
  const stop = keepMesh(
    p,
    { ...mesh, fanout: 6, healEveryMs: 60_000, inviteJitterMs: 5, ...policy },
    () => 0.5,
  )
  cleanups.push(() => {
    stop()
    p.destroy()
  })
  return { room, provider: p }
}

async function publishAnnounce(
  ws: WebSocket,
  topic: string,
  key: CryptoKey,
  from: string,
  invite = false,
): Promise<void> {
  const data = invite ? { type: 'announce', from, invite } : { type: 'announce', from }
  ws.send(JSON.stringify({ type: 'publish', topic, data: toBase64(await encryptJson(data, key)) }))
}

describe('mesh keeper on a real provider', () => {
  it('invites a newcomer when it has its links but room for more', async () => {
    const host = await hostFor('w-invite')
    const room = peerRoomFor('w-invite', `ws://127.0.0.1:${host.port}/sync`, host.token)
    const r = await listener(host, room.name)
    // maxConns 0: y-webrtc itself never announces nor links, so any announce is the keeper's.
    const { provider: p } = provider(host, 'w-invite', { maxConns: 0, maxLinks: 8 })
    const key = await p.key
    if (key === null) throw new Error('the room must be encrypted')
    await waitFor(
      () => p.room !== null && p.signalingConns.every((c: { connected: boolean }) => c.connected),
      5000,
      'signaling',
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await r.announces(key)).toEqual([])
    await publishAnnounce(r.ws, room.name, key, 'newcomer-1')
    await waitFor(
      () => r.raw.filter((m) => m.type === 'publish').length >= 2,
      5000,
      'an invitation',
    )
    const announces = await r.announces(key)
    expect(announces).toEqual([
      { type: 'announce', from: 'newcomer-1' },
      { type: 'announce', from: p.room?.peerId, invite: true },
    ])
    // An invitation is never answered with an invitation (two full peers would loop forever).
    await publishAnnounce(r.ws, room.name, key, 'full-peer', true)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await r.announces(key)).map((a) => a.from)).toEqual([
      'newcomer-1',
      p.room?.peerId,
      'full-peer',
    ])
  })

  it('does not invite once it holds maxLinks links', async () => {
    const host = await hostFor('w-full')
    const room = peerRoomFor('w-full', `ws://127.0.0.1:${host.port}/sync`, host.token)
    const r = await listener(host, room.name)
    const { provider: p } = provider(host, 'w-full', { maxConns: 0, maxLinks: 0 })
    const key = await p.key
    if (key === null) throw new Error('the room must be encrypted')
    await waitFor(
      () => p.signalingConns.every((c: { connected: boolean }) => c.connected),
      5000,
      'signaling',
    )
    await publishAnnounce(r.ws, room.name, key, 'newcomer-2')
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect((await r.announces(key)).map((a) => a.from)).toEqual(['newcomer-2'])
  })

  it('announces again while it has fewer than maxConns links', async () => {
    const host = await hostFor('w-heal')
    const room = peerRoomFor('w-heal', `ws://127.0.0.1:${host.port}/sync`, host.token)
    const r = await listener(host, room.name)
    const { provider: p } = provider(
      host,
      'w-heal',
      { maxConns: 3, maxLinks: 8 },
      { healEveryMs: 100 },
    )
    const key = await p.key
    if (key === null) throw new Error('the room must be encrypted')
    // y-webrtc's own announce on connect, then the keeper's every 50-150 ms.
    await waitFor(
      () => r.raw.filter((m) => m.type === 'publish').length >= 4,
      5000,
      'repeated announces',
    )
    expect(new Set((await r.announces(key)).map((a) => a.from))).toEqual(new Set([p.room?.peerId]))
  })
})

describe('mesh policy', () => {
  const limits = { maxConns: 3, maxLinks: 8, fanout: 6 }

  it('leaves linking to y-webrtc below maxConns and stops inviting at maxLinks', () => {
    expect(shouldInvite({ ...limits, links: 2, clients: 10 }, 0)).toBe(false)
    expect(shouldInvite({ ...limits, links: 8, clients: 10 }, 0)).toBe(false)
    expect(shouldInvite({ ...limits, links: 3, clients: 10 }, 0)).toBe(true)
    // About `fanout` of the others answer: probability fanout / (clients - 2).
    expect(shouldInvite({ ...limits, links: 5, clients: 42 }, 0.149)).toBe(true)
    expect(shouldInvite({ ...limits, links: 5, clients: 42 }, 0.151)).toBe(false)
    expect(shouldInvite({ ...limits, links: 5, clients: 4 }, 0.99)).toBe(true)
  })

  /**
   * y-webrtc's rule plus the keeper's, one signaling message at a time: on an announce, a peer
   * below maxConns links to the announcer (links are symmetric and always accepted); otherwise
   * it may invite with an announce of its own; a peer over maxLinks drops its newest links; then
   * peers below maxConns heal a few rounds.
   */
  function simulate(n: number, burst: boolean, seed: number): Set<number>[] {
    let s = seed
    const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const links = Array.from({ length: n }, () => new Set<number>())
    const joined: number[] = []
    // [announcer, is it an invitation]
    const queue: Array<[number, boolean]> = []
    const drain = () => {
      while (queue.length > 0) {
        const [from, invite] = queue.shift() as [number, boolean]
        for (const p of joined) {
          if (p === from || links[p]?.has(from)) continue
          const mine = links[p] as Set<number>
          if (mine.size < limits.maxConns) {
            mine.add(from)
            links[from]?.add(p)
          } else if (
            !invite &&
            shouldInvite({ ...limits, links: mine.size, clients: joined.length }, rand())
          )
            queue.push([p, true])
        }
      }
    }
    // trim: a peer over maxLinks closes its newest links.
    const trim = () => {
      for (const p of joined) {
        const mine = links[p] as Set<number>
        for (const q of [...mine].slice(limits.maxLinks)) {
          mine.delete(q)
          links[q]?.delete(p)
        }
      }
    }
    for (let i = 0; i < n; i++) {
      joined.push(i)
      queue.push([i, false])
      if (!burst) {
        drain()
        trim()
      }
    }
    drain()
    trim()
    // heal: peers below maxConns announce again, at jittered times (so one at a time).
    for (let round = 0; round < 10; round++) {
      const needy = joined
        .filter((p) => (links[p] as Set<number>).size < limits.maxConns)
        .sort(() => rand() - 0.5)
      for (const p of needy) {
        queue.push([p, false])
        drain()
        trim()
      }
    }
    return links
  }

  function connected(links: Set<number>[]): boolean {
    const seen = new Set([0])
    const todo = [0]
    while (todo.length > 0)
      for (const q of links[todo.pop() as number] ?? [])
        if (!seen.has(q) && seen.add(q)) todo.push(q)
    return seen.size === links.length
  }

  it('keeps 40 people in one connected mesh of 3 to about 8 links each, whatever the join order', () => {
    for (const burst of [false, true]) {
      for (let seed = 1; seed <= 20; seed++) {
        const links = simulate(40, burst, seed)
        const degrees = links.map((l) => l.size)
        expect(connected(links)).toBe(true)
        expect(Math.min(...degrees)).toBeGreaterThanOrEqual(limits.maxConns)
        expect(Math.max(...degrees)).toBeLessThanOrEqual(limits.maxLinks)
        const mean = degrees.reduce((a, b) => a + b, 0) / degrees.length
        expect(mean).toBeLessThanOrEqual(2 * limits.maxConns + 1)
      }
    }
  })
})
