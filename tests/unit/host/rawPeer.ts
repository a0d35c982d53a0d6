// A bare WebSocket peer that speaks just enough y-websocket to probe the host: it can send any
// bytes and ask "are you still talking to me?" (query awareness → awareness reply).
import type WebSocket from 'ws'
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS } from '../../../src/main/host/syncMessages.ts'
import { openRaw } from './helpers.ts'

export type Probe = 'alive' | { closed: number }

export class RawPeer {
  readonly ws: WebSocket
  closeCode: number | null = null
  private waiters: Array<() => void> = []

  private constructor(ws: WebSocket) {
    this.ws = ws
    ws.on('message', (data: Buffer) => {
      if (data[0] === MESSAGE_AWARENESS) this.waiters.shift()?.()
    })
    ws.on('close', (code) => {
      this.closeCode = code
      for (const w of this.waiters.splice(0)) w()
    })
  }

  static async open(url: string): Promise<RawPeer> {
    return new RawPeer(await openRaw(url))
  }

  send(frame: Uint8Array | string): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(frame)
  }

  /** Sends a query-awareness frame and waits for the reply or for the host to close. */
  probe(timeoutMs = 3000): Promise<Probe> {
    if (this.closeCode !== null) return Promise.resolve({ closed: this.closeCode })
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('host neither answered nor closed')),
        timeoutMs,
      )
      this.waiters.push(() => {
        clearTimeout(timer)
        resolve(this.closeCode === null ? 'alive' : { closed: this.closeCode })
      })
      this.send(new Uint8Array([MESSAGE_QUERY_AWARENESS]))
    })
  }

  terminate(): void {
    this.ws.terminate()
  }
}
