// Connects a workshop document to everyone else and keeps a small store of the connection's state.
// - Host: y-websocket to the facilitator's host (desktop and browser alike); the host persists
//   every update to the .tavolo file.
// - Browser participants also keep their own copy in IndexedDB (localStore.ts) and link directly
//   to other participants over y-webrtc, signaled by the host (peerRoom.ts, meshKeeper.ts), so
//   the room keeps working while the facilitator's laptop sleeps. The desktop app's copy is its
//   .tavolo file, held by main next to its loopback host; a desktop app that joined another
//   facilitator's session links directly too, in that session's room (`session.peerRoom`),
//   signaling through its loopback host, which main bridges to the remote host.
// - Presence (who is here, cursors, selections) rides on both providers, one Awareness each,
//   read as one group (awarenessGroup.ts); it is never persisted.
import { Awareness } from 'y-protocols/awareness'
import { WebrtcProvider } from 'y-webrtc'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { getWorkshopInfo } from '../../../shared/model/read.ts'
import type { Session } from '../session/session.ts'
import { loadIceServers } from './iceSettings.ts'
import { AwarenessGroup } from './awarenessGroup.ts'
import { keepLocalCopy, type LocalCopy } from './localStore.ts'
import { DEFAULT_MESH_POLICY, keepMesh } from './meshKeeper.ts'
import {
  DEFAULT_MESH,
  hostSignalingUrl,
  normalizeJoinToken,
  peerRoomName,
  webrtcOptions,
  type IceServer,
  type PeerRoom,
} from './peerRoom.ts'
import { OFFLINE_AFTER_MS, deriveStatus, type ConnectionStatus } from './status.ts'

export interface ConnectionState {
  status: ConnectionStatus
  /** The document holds the workshop (from the host, this device's copy or a peer). */
  loaded: boolean
  /** People connected to this workshop, this page included. */
  peers: number
  /** Participants linked directly over WebRTC. */
  directPeers: number
  /** Edits survive closing the page: a .tavolo file (desktop) or IndexedDB (browser). */
  keptOnDevice: boolean
}

export interface Connection {
  provider: WebsocketProvider
  /** Direct links to other participants (browser participants and joined desktop apps). */
  webrtc: WebrtcProvider | null
  /** Presence on every path: write this person's state here, read everyone's. */
  presence: AwarenessGroup
  state: StoreApi<ConnectionState>
  dispose(): void
}

export interface ConnectOptions {
  /** Default: this device's settings (none: host candidates only). */
  iceServers?: readonly IceServer[]
  /** Direct links; default on for browser participants and joined desktop apps. */
  webrtc?: boolean
}

function openLinks(provider: WebrtcProvider): number {
  let n = 0
  for (const conn of provider.room?.webrtcConns.values() ?? []) if (conn.connected) n++
  return n
}

export function connectWorkshop(
  session: Session,
  doc: Y.Doc,
  options: ConnectOptions = {},
): Connection {
  const browser = session.mode === 'browser'
  const hostAwareness = new Awareness(doc)
  const local: LocalCopy | null = browser ? keepLocalCopy(session.workshopId, doc) : null
  const provider = new WebsocketProvider(session.wsUrl, session.workshopId, doc, {
    params: { token: session.token },
    awareness: hostAwareness,
    // Tabs of the same browser reach the host on their own; y-webrtc links them when it is away.
    disableBc: true,
    maxBackoffTime: 5000,
  })
  let webrtc: WebrtcProvider | null = null
  let peerAwareness: Awareness | null = null
  let stopMesh = () => {}
  if (options.webrtc ?? (browser || session.peerRoom !== undefined)) {
    const peers = session.peerRoom ?? { workshopId: session.workshopId, token: session.token }
    const room: PeerRoom = {
      name: peerRoomName(peers.workshopId, peers.token),
      password: normalizeJoinToken(peers.token),
      // Always this page's own host: for a joined desktop app, main bridges it to the remote one.
      signalingUrl: hostSignalingUrl(session.wsUrl, session.token),
    }
    peerAwareness = new Awareness(doc)
    webrtc = new WebrtcProvider(
      room.name,
      doc,
      webrtcOptions(room, {
        awareness: peerAwareness,
        iceServers: options.iceServers ?? loadIceServers(),
        mesh: DEFAULT_MESH,
      }),
    )
    stopMesh = keepMesh(webrtc, DEFAULT_MESH_POLICY)
  }

  const presence = new AwarenessGroup(
    peerAwareness === null ? [hostAwareness] : [hostAwareness, peerAwareness],
  )
  const hasWorkshop = () => getWorkshopInfo(doc).id === session.workshopId
  const state = createStore<ConnectionState>(() => ({
    status: 'connecting',
    loaded: false,
    peers: 1,
    directPeers: 0,
    keptOnDevice: !browser,
  }))
  let everSynced = false
  let downSince: number | undefined = Date.now()
  let denied = false
  let removed = false
  let loaded = false

  const refresh = () => {
    loaded ||= everSynced || hasWorkshop()
    const directPeers = webrtc === null ? 0 : openLinks(webrtc)
    const status = deriveStatus({
      synced: provider.synced && provider.wsconnected,
      everSynced,
      downSince,
      denied,
      removed,
      online: navigator.onLine,
      now: Date.now(),
      directPeers,
    })
    const peers = Math.max(1, presence.getStates().size)
    const next = {
      status,
      loaded,
      peers,
      directPeers,
      keptOnDevice: local === null ? true : local.kept,
    }
    const prev = state.getState()
    if ((Object.keys(next) as (keyof ConnectionState)[]).some((k) => prev[k] !== next[k]))
      state.setState(next)
  }

  provider.on('status', ({ status }) => {
    if (status === 'connected') downSince = undefined
    else downSince ??= Date.now()
    refresh()
  })
  provider.on('sync', (synced: boolean) => {
    if (synced) everSynced = true
    refresh()
  })
  provider.on('connection-close', (event) => {
    // 4400-4499: the host refused this join code (revoked, removed); retrying cannot help, and
    // y-websocket stops reconnecting by itself on these codes.
    if (event !== null && event.code >= 4400 && event.code < 4500) denied = true
    if (event !== null && event.code === 4403) removed = true
    // The facilitator changed the join code (4401) or removed this person (4403): leave the
    // direct links as well, so that the room is closed to this page, not only the host. What
    // was written here stays in this device's copy.
    if (event !== null && (event.code === 4401 || event.code === 4403) && webrtc !== null) {
      stopMesh()
      webrtc.destroy()
      webrtc = null
    }
    refresh()
  })
  webrtc?.on('peers', refresh)
  void local?.ready.then(refresh)
  const onUpdate = () => {
    if (!loaded) refresh()
  }
  doc.on('update', onUpdate)
  presence.on('change', refresh)
  // Time alone turns "reconnecting" into "offline", and data channels open without an event.
  const timer = window.setInterval(refresh, OFFLINE_AFTER_MS / 8)
  window.addEventListener('online', refresh)
  window.addEventListener('offline', refresh)

  return {
    provider,
    get webrtc() {
      return webrtc
    },
    presence,
    state,
    dispose: () => {
      window.clearInterval(timer)
      window.removeEventListener('online', refresh)
      window.removeEventListener('offline', refresh)
      doc.off('update', onUpdate)
      presence.off('change', refresh)
      stopMesh()
      // Tell the others this person left before the links close.
      presence.setLocalState(null)
      webrtc?.destroy()
      provider.destroy()
      local?.dispose()
      presence.destroy()
      hostAwareness.destroy()
      peerAwareness?.destroy()
    },
  }
}
