import type { HostLimits } from './types.ts'

export const DEFAULT_LIMITS: HostLimits = {
  maxSyncFrameBytes: 8 * 1024 * 1024,
  maxSignalFrameBytes: 64 * 1024,
  maxConnectionsPerIp: 64,
  maxConnections: 512,
  // A peer sends one message per transaction plus awareness (cursor) updates: dragging a card
  // is ~60/s. The burst absorbs a reconnect after offline work.
  messageBurst: 2000,
  messagesPerSecond: 300,
  byteBurst: 64 * 1024 * 1024,
  bytesPerSecond: 16 * 1024 * 1024,
  maxAwarenessClientsPerConnection: 64,
  maxTopicsPerConnection: 32,
  maxTopicLength: 256,
  maxBufferedBytes: 64 * 1024 * 1024,
  authFailuresPerMinute: 30,
  pingIntervalMs: 30_000,
}

export function resolveLimits(partial: Partial<HostLimits> = {}): HostLimits {
  const limits = { ...DEFAULT_LIMITS, ...partial }
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`Host limit ${key} must be a positive number, got ${String(value)}`)
    }
  }
  return limits
}

/** Classic token bucket; `take` answers whether the cost fits right now. */
export class TokenBucket {
  private tokens: number
  private last: number
  private readonly capacity: number
  private readonly perSecond: number

  constructor(capacity: number, perSecond: number, now = performance.now()) {
    this.capacity = capacity
    this.perSecond = perSecond
    this.tokens = capacity
    this.last = now
  }

  take(cost = 1, now = performance.now()): boolean {
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
    if (this.tokens < cost) return false
    this.tokens -= cost
    return true
  }
}

/** Messages and bytes per connection: both buckets must allow a frame. */
export class ConnectionRate {
  private readonly messages: TokenBucket
  private readonly bytes: TokenBucket

  constructor(limits: HostLimits) {
    this.messages = new TokenBucket(limits.messageBurst, limits.messagesPerSecond)
    this.bytes = new TokenBucket(limits.byteBurst, limits.bytesPerSecond)
  }

  allow(frameBytes: number): boolean {
    return this.messages.take(1) && this.bytes.take(frameBytes)
  }
}

/** Counts open connections per remote address. */
export class AddressCounter {
  private readonly open = new Map<string, number>()
  private total = 0

  tryAcquire(address: string, perAddress: number, overall: number): boolean {
    const current = this.open.get(address) ?? 0
    if (current >= perAddress || this.total >= overall) return false
    this.open.set(address, current + 1)
    this.total++
    return true
  }

  release(address: string): void {
    const current = this.open.get(address) ?? 0
    if (current <= 1) this.open.delete(address)
    else this.open.set(address, current - 1)
    if (current > 0) this.total--
  }
}

/** Failed authentications per address over a sliding minute (coarse: one window per address). */
export class FailureWindow {
  private readonly windows = new Map<string, { start: number; count: number }>()

  record(address: string, now = Date.now()): void {
    const w = this.windows.get(address)
    if (w === undefined || now - w.start > 60_000)
      this.windows.set(address, { start: now, count: 1 })
    else w.count++
    if (this.windows.size > 10_000) this.prune(now)
  }

  blocked(address: string, max: number, now = Date.now()): boolean {
    const w = this.windows.get(address)
    return w !== undefined && now - w.start <= 60_000 && w.count >= max
  }

  private prune(now: number): void {
    for (const [address, w] of this.windows)
      if (now - w.start > 60_000) this.windows.delete(address)
  }
}
