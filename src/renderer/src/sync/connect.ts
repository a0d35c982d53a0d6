// Connects a workshop document to its host with y-websocket (desktop and browser alike) and
// keeps a small store of the connection's state and of who else is here (awareness).
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Session } from '../session/session.ts'
import { OFFLINE_AFTER_MS, deriveStatus, type ConnectionStatus } from './status.ts'

export interface ConnectionState {
  status: ConnectionStatus
  /** The first sync with the host is done: the document holds the workshop. */
  loaded: boolean
  /** People connected to this workshop, this page included. */
  peers: number
}

export interface Connection {
  provider: WebsocketProvider
  state: StoreApi<ConnectionState>
  dispose(): void
}

export function connectWorkshop(session: Session, doc: Y.Doc): Connection {
  const provider = new WebsocketProvider(session.wsUrl, session.workshopId, doc, {
    params: { token: session.token },
    // Tabs of the same browser talk through the host, not a BroadcastChannel: one sync path.
    disableBc: true,
    maxBackoffTime: 5000,
  })
  const state = createStore<ConnectionState>(() => ({ status: 'connecting', loaded: false, peers: 1 }))
  let everSynced = false
  let downSince: number | undefined = Date.now()
  let denied = false

  const refresh = () => {
    const status = deriveStatus({
      synced: provider.synced && provider.wsconnected,
      everSynced,
      downSince,
      denied,
      online: navigator.onLine,
      now: Date.now(),
    })
    const peers = Math.max(1, provider.awareness.getStates().size)
    state.setState({ status, loaded: everSynced, peers })
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
  provider.on('closed', () => {
    denied = true
    refresh()
  })
  provider.awareness.on('change', refresh)
  // Time alone turns "reconnecting" into "offline".
  const timer = window.setInterval(refresh, OFFLINE_AFTER_MS / 4)
  window.addEventListener('online', refresh)
  window.addEventListener('offline', refresh)

  return {
    provider,
    state,
    dispose: () => {
      window.clearInterval(timer)
      window.removeEventListener('online', refresh)
      window.removeEventListener('offline', refresh)
      provider.destroy()
    },
  }
}
