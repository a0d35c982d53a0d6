// Keeps y-webrtc's mesh small and connected. y-webrtc alone opens a link to every announcing peer
// while it has fewer than `maxConns`, and accepts every offer: with a low `maxConns` the first
// few people fill up and later arrivals get no direct link at all (nobody answers their
// announce); with a high one every edit is rebroadcast by every neighbour (n-1 copies each).
//
// The keeper adds two rules on top, using y-webrtc's own signaling messages:
// - invite: a participant that already has its `maxConns` links but fewer than `maxLinks`
//   answers a newcomer's announce with an announce of its own, with a probability that makes
//   about `fanout` such answers per newcomer; the newcomer, still below `maxConns`, opens links
//   to the first ones it hears (y-webrtc's rule). Every newcomer thus links to random members
//   of the connected mesh, which keeps the mesh connected and degrees between maxConns and about
//   maxLinks. Invitations carry `invite: true` (y-webrtc ignores unknown fields) and are never
//   answered with an invitation, or two saturated peers would invite each other forever.
// - heal: a participant below `maxConns` (its neighbours left) announces again every few
//   seconds until others invite it back.
// - trim: y-webrtc accepts every offer, so people who join at the same moment all link to the
//   first few announcers (after a host restart, say). A participant holding more than
//   `maxLinks` links closes its newest ones; those peers, now below `maxConns`, heal through
//   invitations from participants that have room.
import type { WebrtcProvider } from 'y-webrtc'
import { DEFAULT_MESH } from './peerRoom.ts'
import { decryptJson, encryptJson, fromBase64, toBase64 } from './signalCrypto.ts'

export interface MeshPolicy {
  maxConns: number
  maxLinks: number
  /** Expected number of invitations a newcomer receives. */
  fanout: number
  /** How often a participant below maxConns announces again (ms, jittered ±50%). */
  healEveryMs: number
  /** Invitations wait a random 0..inviteJitterMs so that newcomers pick random inviters. */
  inviteJitterMs: number
}

/** About 6 invitations per newcomer; heal every 2-6 s; invitations spread over 0.3 s. */
export const DEFAULT_MESH_POLICY: MeshPolicy = {
  ...DEFAULT_MESH,
  fanout: 2 * DEFAULT_MESH.maxConns,
  healEveryMs: 4000,
  inviteJitterMs: 300,
}

export interface InviteInput {
  /** Direct links this participant has now. */
  links: number
  maxConns: number
  maxLinks: number
  /** Subscribers of the room's topic (signaling's `clients`), the announcer and me included. */
  clients: number
  fanout: number
}

/** Whether to answer an announce from a participant not linked to us yet; `random` in [0, 1). */
export function shouldInvite(input: InviteInput, random: number): boolean {
  // Below maxConns y-webrtc itself opens a link to the announcer.
  if (input.links < input.maxConns || input.links >= input.maxLinks) return false
  const candidates = Math.max(1, input.clients - 2)
  return random < Math.min(1, input.fanout / candidates)
}

interface SignalingConnLike {
  connected: boolean
  send(message: object): void
  on(name: 'message', listener: (message: unknown) => void): void
  off(name: 'message', listener: (message: unknown) => void): void
}

function isSignalingConn(value: unknown): value is SignalingConnLike {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.send === 'function' && typeof v.on === 'function' && typeof v.off === 'function'
}

interface Announce {
  from: string
  clients: number
  /** Sent by a keeper as an invitation rather than by someone looking for links. */
  invite: boolean
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)
    : undefined
}

/** Starts the keeper for one provider; returns its stop function. */
export function keepMesh(
  provider: WebrtcProvider,
  policy: MeshPolicy,
  random: () => number = Math.random,
): () => void {
  let stopped = false
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const conns = provider.signalingConns.filter(isSignalingConn)
  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      if (!stopped) fn()
    }, ms)
    timers.add(timer)
  }

  const announce = (conn: SignalingConnLike, invite: boolean) => {
    const room = provider.room
    if (room === null || !conn.connected) return
    const data = invite
      ? { type: 'announce', from: room.peerId, invite: true }
      : { type: 'announce', from: room.peerId }
    if (room.key === null) return conn.send({ type: 'publish', topic: room.name, data })
    void encryptJson(data, room.key).then((sealed) => {
      if (!stopped && conn.connected)
        conn.send({ type: 'publish', topic: room.name, data: toBase64(sealed) })
    })
  }

  const readAnnounce = async (message: unknown): Promise<Announce | undefined> => {
    const room = provider.room
    const m = record(message)
    if (room === null || m === undefined || m.type !== 'publish' || m.topic !== room.name)
      return undefined
    let data: unknown = m.data
    if (room.key !== null) {
      const bytes = typeof m.data === 'string' ? fromBase64(m.data) : undefined
      data = bytes === undefined ? undefined : await decryptJson(bytes, room.key)
    }
    const d = record(data)
    if (d === undefined || d.type !== 'announce' || typeof d.from !== 'string') return undefined
    return {
      from: d.from,
      clients: typeof m.clients === 'number' ? m.clients : 2,
      invite: d.invite === true,
    }
  }

  const listeners = conns.map((conn) => {
    const onMessage = (message: unknown) => {
      void readAnnounce(message).then((found) => {
        const room = provider.room
        if (stopped || found === undefined || room === null) return
        if (found.invite || found.from === room.peerId || room.webrtcConns.has(found.from)) return
        const input = {
          links: room.webrtcConns.size,
          maxConns: provider.maxConns,
          maxLinks: policy.maxLinks,
          clients: found.clients,
          fanout: policy.fanout,
        }
        if (!shouldInvite(input, random())) return
        later(random() * policy.inviteJitterMs, () => {
          const now = provider.room
          if (
            now === null ||
            now.webrtcConns.has(found.from) ||
            now.webrtcConns.size >= policy.maxLinks
          )
            return
          announce(conn, true)
        })
      })
    }
    conn.on('message', onMessage)
    return { conn, onMessage }
  })

  const trim = () => {
    const room = provider.room
    if (room === null || stopped) return
    const excess = room.webrtcConns.size - policy.maxLinks
    if (excess > 0) for (const conn of [...room.webrtcConns.values()].slice(-excess)) conn.destroy()
  }
  provider.on('peers', trim)

  const heal = () => {
    trim()
    const room = provider.room
    if (room !== null && room.webrtcConns.size < provider.maxConns)
      for (const conn of conns) announce(conn, false)
    later(policy.healEveryMs * (0.5 + random()), heal)
  }
  later(policy.healEveryMs * (0.5 + random()), heal)

  return () => {
    stopped = true
    for (const timer of timers) clearTimeout(timer)
    timers.clear()
    for (const { conn, onMessage } of listeners) conn.off('message', onMessage)
    provider.off('peers', trim)
  }
}
