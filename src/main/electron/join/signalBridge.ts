// The desktop window of a participant who joined another facilitator's session links directly to
// the other participants over WebRTC, like a browser participant does. Its page may only open
// sockets to 127.0.0.1 (the app's CSP), so it signals through this app's own loopback host, and
// main bridges that one room's signaling to the facilitator's host: every publish in the room on
// one side is repeated on the other. A hub echoes a publish to its sender too, so each side
// remembers what it forwarded and drops it when it comes back. Messages stay encrypted end to
// end with the room's password (y-webrtc); the bridge reads only their envelope.
import WebSocket from 'ws'

export interface SignalBridge {
  close(): void
}

const REMEMBER = 2000

/** A bounded set of recently seen payloads. */
class Recent {
  private readonly seen = new Set<string>()
  add(key: string): void {
    this.seen.add(key)
    if (this.seen.size > REMEMBER) this.seen.delete(this.seen.values().next().value as string)
  }
  take(key: string): boolean {
    return this.seen.delete(key)
  }
}

interface Side {
  send(text: string): void
  close(): void
}

/** A signaling connection that subscribes to `topic` and comes back after drops (backoff to 10 s). */
function side(
  url: string,
  topic: string,
  onPublish: (data: unknown, raw: Record<string, unknown>) => void,
): Side {
  let ws: WebSocket | null = null
  let closed = false
  let delay = 250
  let timer: ReturnType<typeof setTimeout> | undefined
  const open = () => {
    if (closed) return
    const socket = new WebSocket(url)
    ws = socket
    socket.on('error', () => {})
    socket.on('open', () => {
      delay = 250
      socket.send(JSON.stringify({ type: 'subscribe', topics: [topic] }))
    })
    socket.on('message', (data: Buffer) => {
      let m: unknown
      try {
        m = JSON.parse(data.toString('utf8'))
      } catch {
        return
      }
      if (typeof m !== 'object' || m === null) return
      const r = m as Record<string, unknown>
      if (r.type === 'publish' && r.topic === topic) onPublish(r.data, r)
    })
    socket.on('close', () => {
      if (ws === socket) ws = null
      if (closed) return
      timer = setTimeout(open, delay)
      delay = Math.min(delay * 2, 10_000)
    })
  }
  open()
  return {
    send: (text) => {
      if (ws?.readyState === WebSocket.OPEN) ws.send(text)
    },
    close: () => {
      closed = true
      if (timer !== undefined) clearTimeout(timer)
      ws?.terminate()
    },
  }
}

export function bridgeSignaling(localUrl: string, remoteUrl: string, topic: string): SignalBridge {
  const toRemote = new Recent()
  const toLocal = new Recent()
  const forward = (from: Recent, to: Recent, target: () => Side) => (data: unknown) => {
    if (typeof data !== 'string') return
    // Our own forward, echoed back by the hub: drop it.
    if (from.take(data)) return
    to.add(data)
    target().send(JSON.stringify({ type: 'publish', topic, data }))
  }
  const local: Side = side(
    localUrl,
    topic,
    forward(toLocal, toRemote, () => remote),
  )
  const remote: Side = side(
    remoteUrl,
    topic,
    forward(toRemote, toLocal, () => local),
  )
  return {
    close: () => {
      local.close()
      remote.close()
    },
  }
}
