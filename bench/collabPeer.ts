// The browser side of bench/collab.ts: one participant's Y.Doc with the same providers the app
// uses (src/renderer/src/sync), bundled for Chromium and driven through `globalThis.tavoloBench`.
// It counts every Yjs update message that arrives over WebRTC data channels and records when
// each remote edit became visible.
import { Awareness } from 'y-protocols/awareness'
import { WebrtcProvider } from 'y-webrtc'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { DEFAULT_MESH_POLICY, keepMesh } from '../src/renderer/src/sync/meshKeeper.ts'
import { peerRoomFor, webrtcOptions } from '../src/renderer/src/sync/peerRoom.ts'

export interface PeerOptions {
  workshopId: string
  syncUrl: string
  token: string
  /** capped: Tavolo's mesh (3-8 links, keeper); default: y-webrtc's own (20-34 links); none: no WebRTC. */
  mesh: 'capped' | 'default' | 'none'
  /** Also sync through the host (y-websocket). */
  host: boolean
}

interface DataPeer {
  on(event: 'data', listener: (data: Uint8Array) => void): void
}

function start(options: PeerOptions) {
  const doc = new Y.Doc()
  const map = doc.getMap<number>('bench')
  const seenAt = new Map<string, number>()
  const stats = { updateMessages: 0 }
  map.observe((event) => {
    if (event.transaction.local) return
    const now = performance.timeOrigin + performance.now()
    for (const key of event.keysChanged) if (!seenAt.has(key)) seenAt.set(key, now)
  })
  let webrtc: WebrtcProvider | null = null
  if (options.mesh !== 'none') {
    const room = peerRoomFor(options.workshopId, options.syncUrl, options.token)
    const base = webrtcOptions(room, { awareness: new Awareness(doc) })
    webrtc = new WebrtcProvider(
      room.name,
      doc,
      options.mesh === 'capped' ? base : { ...base, maxConns: 20 + Math.floor(Math.random() * 15) },
    )
    if (options.mesh === 'capped') {
      keepMesh(webrtc, DEFAULT_MESH_POLICY)
    }
    const counted = new WeakSet<object>()
    const provider = webrtc
    provider.on('peers', () => {
      for (const conn of provider.room?.webrtcConns.values() ?? []) {
        const peer = conn.peer as DataPeer
        if (counted.has(peer)) continue
        counted.add(peer)
        // y-protocols: message type 0 (sync), sync message type 2 (update).
        peer.on('data', (data) => {
          if (data[0] === 0 && data[1] === 2) stats.updateMessages++
        })
      }
    })
  }
  if (options.host) {
    new WebsocketProvider(options.syncUrl, options.workshopId, doc, {
      params: { token: options.token },
      disableBc: true,
    })
  }
  return {
    stats,
    /** Open data channels. */
    links: () => {
      let n = 0
      for (const conn of webrtc?.room?.webrtcConns.values() ?? []) if (conn.connected) n++
      return n
    },
    edit: (key: string) => {
      const at = performance.timeOrigin + performance.now()
      map.set(key, at)
      return at
    },
    has: (key: string) => map.has(key),
    seenAt: (key: string) => seenAt.get(key) ?? null,
    size: () => map.size,
  }
}

export type BenchPeer = ReturnType<typeof start>
;(globalThis as Record<string, unknown>).tavoloBench = { start }
