// Keeps a workshop document in step with a Yjs server elsewhere, from main (plain Node): the
// document is a WorkshopFile's, so everything that arrives is written to this computer's .tavolo
// file (the store persists every update the doc emits), and the app's loopback host passes it on
// to the window and to browsers. Used for a facilitator's host joined from another laptop, and
// for "Connect to a sync server".
//
// Two protocols. y-websocket servers (@y/websocket-server, a Tavolo host) speak plain
// y-protocols frames; Hocuspocus prefixes every frame with the document name and starts with an
// authentication exchange, so the y-websocket client cannot talk to it (tests/unit/sync show it
// never syncs) and @hocuspocus/provider is used for Hocuspocus URLs. Which one a URL is cannot be
// told reliably from outside, so the person says it in the dialog.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import { Awareness } from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

/**
 * `ws` throws an 'error' event nobody listens to (closing a socket that is still connecting, a
 * refused connection) as an uncaught exception, which in main would take the app down; the
 * providers learn of failures through their own close handlers.
 */
class QuietWebSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols)
    this.on('error', () => {})
  }
}

export type ServerKind = 'y-websocket' | 'hocuspocus'
export const SERVER_KINDS: readonly ServerKind[] = ['y-websocket', 'hocuspocus']

export interface ServerTarget {
  kind: ServerKind
  /** ws:// or wss:// (http(s):// is read as the same address). */
  url: string
  /** The document's name on the server (y-websocket: the last path segment). */
  room: string
  /** Sent as `?token=` (y-websocket) or in the authentication message (Hocuspocus). */
  token?: string
}

export type LinkStatus = 'connecting' | 'connected' | 'offline' | 'denied'

export interface RemoteLink {
  readonly target: ServerTarget
  readonly status: LinkStatus
  /** First full exchange with the server done (since the last connection). */
  readonly synced: boolean
  onChange(listener: () => void): () => void
  whenSynced(timeoutMs?: number): Promise<void>
  close(): void
}

export class ServerTargetError extends Error {
  override name = 'ServerTargetError'
}

/** Checks and normalises a server address: ws(s) only, no credentials in it. */
export function serverUrl(text: string): string {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw new ServerTargetError(
      `"${text.trim()}" is not an address: it should look like wss://sync.example.org`,
    )
  }
  if (url.protocol === 'http:') url.protocol = 'ws:'
  else if (url.protocol === 'https:') url.protocol = 'wss:'
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new ServerTargetError(
      `A sync server address starts with ws:// or wss://, not ${url.protocol}//`,
    )
  }
  if (url.username !== '' || url.password !== '')
    throw new ServerTargetError('Put the token in the token field, not in the address.')
  url.hash = ''
  return url.toString().replace(/\/$/, '')
}

export function checkTarget(target: ServerTarget): ServerTarget {
  const room = target.room.trim()
  if (room === '' || room.length > 256)
    throw new ServerTargetError('The room (document name) must have 1 to 256 characters.')
  if (!SERVER_KINDS.includes(target.kind))
    throw new ServerTargetError(`Unknown server kind "${String(target.kind)}".`)
  const token = target.token?.trim()
  return {
    kind: target.kind,
    url: serverUrl(target.url),
    room,
    ...(token === undefined || token === '' ? {} : { token }),
  }
}

export function linkToServer(doc: Y.Doc, wanted: ServerTarget): RemoteLink {
  const target = checkTarget(wanted)
  // Main has no presence of its own: an awareness with no local state is still needed by both
  // clients (Hocuspocus uses its traffic as keep-alive).
  const awareness = new Awareness(doc)
  awareness.setLocalState(null)
  const listeners = new Set<() => void>()
  let status: LinkStatus = 'connecting'
  let synced = false
  let closed = false
  const set = (next: Partial<{ status: LinkStatus; synced: boolean }>) => {
    if (closed) return
    const changed =
      (next.status !== undefined && next.status !== status) ||
      (next.synced !== undefined && next.synced !== synced)
    status = next.status ?? status
    synced = next.synced ?? synced
    if (changed) for (const l of [...listeners]) l()
  }

  let destroy: () => void
  if (target.kind === 'y-websocket') {
    const provider = new WebsocketProvider(target.url, target.room, doc, {
      awareness,
      params: target.token === undefined ? {} : { token: target.token },
      WebSocketPolyfill: QuietWebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 10_000,
    })
    provider.on('status', ({ status: s }) =>
      set(
        s === 'connected'
          ? { status: 'connected' }
          : {
              status:
                status === 'denied' ? 'denied' : s === 'connecting' ? 'connecting' : 'offline',
              synced: false,
            },
      ),
    )
    provider.on('sync', (isSynced: boolean) => set({ synced: isSynced }))
    // 4400-4499: the server refused us for good (a Tavolo host: join code changed, removed).
    provider.on('closed', () => set({ status: 'denied', synced: false }))
    destroy = () => provider.destroy()
  } else {
    const socket = new HocuspocusProviderWebsocket({
      url: target.url,
      WebSocketPolyfill: QuietWebSocket,
    })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: target.room,
      document: doc,
      awareness,
      token: target.token ?? null,
      onStatus: ({ status: s }) =>
        set(
          s === 'connected'
            ? { status: 'connected' }
            : {
                status:
                  status === 'denied' ? 'denied' : s === 'connecting' ? 'connecting' : 'offline',
                synced: false,
              },
        ),
      onSynced: ({ state }) => set({ synced: state }),
      onAuthenticationFailed: () => set({ status: 'denied', synced: false }),
    })
    provider.attach()
    destroy = () => {
      provider.destroy()
      socket.destroy()
    }
  }

  return {
    target,
    get status() {
      return status
    },
    get synced() {
      return synced
    },
    onChange(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    whenSynced(timeoutMs = 10_000) {
      if (synced) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          off()
          reject(
            new Error(
              `${target.url} (${target.room}) did not sync within ${timeoutMs} ms (status: ${status})`,
            ),
          )
        }, timeoutMs)
        const off = this.onChange(() => {
          if (synced) {
            clearTimeout(timer)
            off()
            resolve()
          } else if (status === 'denied') {
            clearTimeout(timer)
            off()
            reject(new Error(`${target.url} refused the connection`))
          }
        })
      })
    },
    close() {
      if (closed) return
      closed = true
      listeners.clear()
      destroy()
      awareness.destroy()
    },
  }
}
