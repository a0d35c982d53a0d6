// How participants find each other for direct (WebRTC) links: through the host's own signaling
// endpoint only, in a room that only holders of the current join code can name or read. No
// public signaling server and no STUN/TURN server is ever configured by default: the venue may
// have no internet, and what the room says is the city's. STUN/TURN come only from settings.
import { digest } from 'lib0/hash/sha256'
import type { Awareness } from 'y-protocols/awareness'
import type { ProviderOptions } from 'y-webrtc'

export interface IceServer {
  urls: string | string[]
  username?: string
  credential?: string
}

/**
 * The mesh's shape (see meshKeeper.ts): a participant opens links until it has `maxConns`, and
 * invites newcomers while it has fewer than `maxLinks`.
 */
export interface MeshLimits {
  maxConns: number
  maxLinks: number
}

/**
 * 3 links opened, at most 8 held: a random graph where everyone has 3 to 8 neighbours (about 6 on
 * average) stays connected when the host sleeps or a few laptops leave, while each edit reaches a
 * participant about 6 times over WebRTC instead of n-1 times in y-webrtc's full mesh (39 at 40
 * people). Measured in bench/collab.ts.
 */
export const DEFAULT_MESH: MeshLimits = { maxConns: 3, maxLinks: 8 }

/** The host's reading of a typed join code (host/token.ts): case, dashes and look-alikes. */
export function normalizeJoinToken(token: string): string {
  return token.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * The y-webrtc room (the signaling topic): a hash of the workshop id and the join code, so a new
 * join code starts a new room (people removed with the old code cannot follow), and the topic
 * reveals neither.
 */
export function peerRoomName(workshopId: string, token: string): string {
  const material = new TextEncoder().encode(
    `tavolo-peer-room\n${workshopId}\n${normalizeJoinToken(token)}`,
  )
  return `tavolo-${hex(digest(material)).slice(0, 40)}`
}

/** `ws://HOST:PORT/signal?token=T` next to the host's sync URL (`ws://HOST:PORT/sync`). */
export function hostSignalingUrl(syncUrl: string, token: string): string {
  const url = new URL(syncUrl)
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:')
    throw new Error(`sync URL must be ws: or wss:, got ${syncUrl}`)
  url.pathname = '/signal'
  url.search = ''
  url.hash = ''
  url.searchParams.set('token', token)
  return url.toString()
}

export interface PeerRoom {
  name: string
  /** y-webrtc's password: every signaling message (announce, offer, answer) is encrypted with it. */
  password: string
  signalingUrl: string
}

export function peerRoomFor(workshopId: string, syncUrl: string, token: string): PeerRoom {
  return {
    name: peerRoomName(workshopId, token),
    password: normalizeJoinToken(token),
    signalingUrl: hostSignalingUrl(syncUrl, token),
  }
}

export interface WebrtcSettings {
  awareness: Awareness
  /** From settings; empty by default (host candidates only: the venue's own network). */
  iceServers?: readonly IceServer[]
  mesh?: MeshLimits
}

/** The options for `new WebrtcProvider(room.name, doc, options)`: the host's signaling only. */
export function webrtcOptions(room: PeerRoom, settings: WebrtcSettings): ProviderOptions {
  const mesh = settings.mesh ?? DEFAULT_MESH
  return {
    signaling: [room.signalingUrl],
    password: room.password,
    awareness: settings.awareness,
    maxConns: mesh.maxConns,
    // Tabs of one browser still share edits over BroadcastChannel (y-webrtc's default).
    filterBcConns: true,
    // simple-peer's own default lists public STUN servers: always pass the list explicitly.
    peerOpts: { config: { iceServers: (settings.iceServers ?? []).map((s) => ({ ...s })) } },
  }
}
