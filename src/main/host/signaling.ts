// y-webrtc signaling (the protocol of y-webrtc/bin/server.js): JSON text frames
// {type: 'subscribe'|'unsubscribe', topics} / {type: 'publish', topic, ...} / {type: 'ping'}.
// A publish goes to every subscriber of its topic (the sender included, as y-webrtc expects)
// with `clients` set to their number. Hardened: frames that are not a JSON object with a known
// shape, floods and topic hoarding drop the offender; a connection may only publish to topics it
// subscribed to.
import type { RawData } from 'ws'
import { ConnectionRate } from './limits.ts'
import { CLOSE, rawToBytes, type TrackedSocket } from './sockets.ts'
import type { HostEvent, HostLimits } from './types.ts'

type SignalConnection = TrackedSocket & { topics: Set<string>; rate: ConnectionRate }

type Parsed =
  | { type: 'subscribe' | 'unsubscribe'; topics: string[] }
  | { type: 'publish'; topic: string; body: Record<string, unknown> }
  | { type: 'ping' }
  | { type: 'other' }

export class SignalingHub {
  private readonly limits: HostLimits
  private readonly onEvent: (event: HostEvent) => void
  private readonly connections = new Set<SignalConnection>()
  private readonly topics = new Map<string, Set<SignalConnection>>()

  constructor(limits: HostLimits, onEvent: (event: HostEvent) => void) {
    this.limits = limits
    this.onEvent = onEvent
  }

  get size(): number {
    return this.connections.size
  }

  add(tracked: TrackedSocket): void {
    const conn: SignalConnection = Object.assign(tracked, {
      topics: new Set<string>(),
      rate: new ConnectionRate(this.limits),
    })
    this.connections.add(conn)
    conn.socket.on('message', (data: RawData) => this.onMessage(conn, data))
    conn.socket.on('close', () => this.forget(conn))
  }

  drop(which: (conn: TrackedSocket) => boolean, code: number, reason: string): number {
    let count = 0
    for (const conn of [...this.connections]) {
      if (which(conn)) {
        this.forget(conn)
        conn.end(code, reason)
        count++
      }
    }
    return count
  }

  shutdown(): void {
    this.drop(() => true, CLOSE.goingAway, 'host closing')
  }

  private onMessage(conn: SignalConnection, data: RawData): void {
    if (!this.connections.has(conn)) return
    const bytes = rawToBytes(data)
    if (!conn.rate.allow(bytes.byteLength))
      return this.offence(conn, CLOSE.policy, 'message rate limit')
    const parsed = this.parse(bytes)
    if (typeof parsed === 'string') return this.offence(conn, CLOSE.badMessage, parsed)
    switch (parsed.type) {
      case 'subscribe':
        for (const topic of parsed.topics) {
          if (conn.topics.has(topic)) continue
          if (conn.topics.size >= this.limits.maxTopicsPerConnection) {
            return this.offence(conn, CLOSE.policy, 'too many topics')
          }
          conn.topics.add(topic)
          let subs = this.topics.get(topic)
          if (subs === undefined) this.topics.set(topic, (subs = new Set()))
          subs.add(conn)
        }
        break
      case 'unsubscribe':
        for (const topic of parsed.topics) this.leave(conn, topic)
        break
      case 'publish': {
        if (!conn.topics.has(parsed.topic)) break
        const receivers = this.topics.get(parsed.topic)
        if (receivers === undefined) break
        const out = JSON.stringify({ ...parsed.body, clients: receivers.size })
        for (const r of receivers) this.send(r, out)
        break
      }
      case 'ping':
        this.send(conn, '{"type":"pong"}')
        break
      case 'other':
        break
    }
  }

  /** The message, or why it is refused. */
  private parse(bytes: Uint8Array): Parsed | string {
    let value: unknown
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    } catch {
      return 'not JSON'
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return 'not a JSON object'
    const body = value as Record<string, unknown>
    const { type } = body
    if (type === 'subscribe' || type === 'unsubscribe') {
      const topics = body.topics ?? []
      if (!Array.isArray(topics) || topics.length > this.limits.maxTopicsPerConnection)
        return 'bad topics'
      if (!topics.every((t): t is string => this.validTopic(t))) return 'bad topic'
      return { type, topics }
    }
    if (type === 'publish') {
      if (!this.validTopic(body.topic)) return 'bad topic'
      return { type, topic: body.topic, body }
    }
    if (type === 'ping') return { type }
    if (typeof type !== 'string') return 'no message type'
    return { type: 'other' }
  }

  private validTopic(topic: unknown): topic is string {
    return (
      typeof topic === 'string' && topic.length > 0 && topic.length <= this.limits.maxTopicLength
    )
  }

  private send(conn: SignalConnection, text: string): void {
    const { socket } = conn
    if (socket.readyState !== socket.OPEN) return
    if (socket.bufferedAmount > this.limits.maxBufferedBytes) {
      return this.offence(conn, CLOSE.tryAgainLater, 'not reading fast enough')
    }
    socket.send(text, (error) => {
      if (error) {
        this.forget(conn)
        conn.end(CLOSE.internal, 'send failed')
      }
    })
  }

  private offence(conn: SignalConnection, code: number, reason: string): void {
    this.onEvent({ kind: 'dropped', reason, remote: conn.remote, endpoint: 'signal' })
    this.forget(conn)
    conn.end(code, reason)
  }

  private leave(conn: SignalConnection, topic: string): void {
    conn.topics.delete(topic)
    const subs = this.topics.get(topic)
    if (subs === undefined) return
    subs.delete(conn)
    if (subs.size === 0) this.topics.delete(topic)
  }

  private forget(conn: SignalConnection): void {
    if (!this.connections.delete(conn)) return
    for (const topic of [...conn.topics]) this.leave(conn, topic)
  }
}
