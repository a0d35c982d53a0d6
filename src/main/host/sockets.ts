// Bookkeeping shared by the sync and signaling endpoints: which token generation a socket was
// admitted with, keep-alive, and closing with a code the client can act on.
import type { WebSocket, RawData } from 'ws'

/**
 * Close codes. y-websocket clients stop reconnecting on 4400-4499 ("reconnecting cannot fix
 * this"), and retry with back-off on anything else.
 */
export const CLOSE = {
  goingAway: 1001,
  protocol: 1002,
  policy: 1008,
  internal: 1011,
  tryAgainLater: 1013,
  badMessage: 4400,
  tokenRevoked: 4401,
  removed: 4403,
  unknownWorkshop: 4404,
} as const

export type TrackedSocket = {
  readonly socket: WebSocket
  readonly remote: string
  /** Token generation the socket was admitted with; rotating the token drops older ones. */
  readonly generation: number
  alive: boolean
  end(code: number, reason: string): void
}

export function trackSocket(socket: WebSocket, remote: string, generation: number): TrackedSocket {
  const tracked: TrackedSocket = {
    socket,
    remote,
    generation,
    alive: true,
    end(code, reason) {
      if (socket.readyState === socket.CLOSED) return
      if (socket.readyState === socket.OPEN) socket.close(code, reason.slice(0, 120))
      // A peer that does not answer the close handshake (or is flooding us) is cut off.
      setTimeout(() => socket.terminate(), 1000).unref()
    },
  }
  socket.on('pong', () => {
    tracked.alive = true
  })
  // Errors (bad frames, oversize payloads) end in 'close'; without a listener they would throw.
  socket.on('error', () => {})
  return tracked
}

/** One keep-alive round: sockets that did not answer the previous ping are terminated. */
export function heartbeat(sockets: Iterable<TrackedSocket>): void {
  for (const t of sockets) {
    if (!t.alive) {
      t.socket.terminate()
      continue
    }
    t.alive = false
    try {
      t.socket.ping()
    } catch {
      t.socket.terminate()
    }
  }
}

export function rawToBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
