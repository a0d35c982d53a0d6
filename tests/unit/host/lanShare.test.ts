// Sharing a running host on a second (LAN) address. Only loopback works here, so 127.0.0.2
// (Linux routes all of 127/8 to lo) plays the venue network's address.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type { Host } from '../../../src/main/host/index.ts'
import type { makeStaticDir, memoryFile } from './helpers.ts'
import { closed, openRaw, startSeededHost, waitFor, whenSynced } from './helpers.ts'

const WORKSHOP = 'w-lan'
const LAN = '127.0.0.2'
let dirs: ReturnType<typeof makeStaticDir>
let file: ReturnType<typeof memoryFile>
let host: Host
const cleanups: Array<() => void> = []

beforeEach(async () => {
  ;({ dirs, file, host } = await startSeededHost(WORKSHOP))
})
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await host.close()
  dirs.cleanup()
})

function lanClient(base: string, token: string): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://${base}/sync`, WORKSHOP, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  })
  cleanups.push(() => provider.destroy())
  return { doc, provider }
}

describe('shareOn', () => {
  it('serves the web app and sync on the LAN address with the token, and refuses without it', async () => {
    const { url } = await host.shareOn(LAN)
    expect(url).toBe(`http://${LAN}:${host.port}/?token=${host.token}`)
    expect(host.shared).toBe(url)
    const base = new URL(url).host

    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Tavolo</title>')
    // The CSP names the address the page was loaded from, not the loopback one.
    expect(page.headers.get('content-security-policy')).toContain(`ws://${base}`)
    expect((await fetch(`http://${base}/`)).status).toBe(401)
    expect((await fetch(`http://${base}/api/session?token=WRONGT0KEN`)).status).toBe(401)

    const { doc, provider } = lanClient(base, host.token)
    await whenSynced(provider)
    expect(doc.getMap('seed').get('hello')).toBe('from the file')
    doc.getMap('seed').set('from', 'lan laptop')
    await waitFor(() => file.doc.getMap('seed').get('from') === 'lan laptop')

    await expect(openRaw(`ws://${base}/sync/${WORKSHOP}`)).rejects.toThrow('HTTP 401')
    await expect(openRaw(`ws://${base}/sync/${WORKSHOP}?token=WRONGT0KEN`)).rejects.toThrow(
      'HTTP 401',
    )
  })

  it('keeps the LAN join URL in step with a rotated token', async () => {
    await host.shareOn(LAN)
    const next = host.rotateToken()
    expect(host.shared).toBe(`http://${LAN}:${host.port}/?token=${next}`)
    expect((await fetch(host.shared ?? '')).status).toBe(200)
  })

  it('stopSharing closes the LAN address and its connections, the main address stays', async () => {
    const { url } = await host.shareOn(LAN)
    const base = new URL(url).host
    const ws = await openRaw(`ws://${base}/sync/${WORKSHOP}?token=${host.token}`)
    const local = await openRaw(`ws://127.0.0.1:${host.port}/sync/${WORKSHOP}?token=${host.token}`)
    const ended = closed(ws)
    await host.stopSharing()
    await ended
    expect(host.shared).toBeNull()
    await expect(fetch(url)).rejects.toThrow()
    expect(local.readyState).toBe(local.OPEN)
    local.close()
    expect((await fetch(host.url)).status).toBe(200)
    // Sharing again works, and close() ends the share too.
    await host.shareOn(LAN)
    await host.close()
    await expect(fetch(url)).rejects.toThrow()
  })

  it('refuses loopback, wildcard and invalid addresses with a clear message', async () => {
    await expect(host.shareOn('127.0.0.1')).rejects.toThrow(/loopback/)
    await expect(host.shareOn('::1')).rejects.toThrow(/loopback/)
    await expect(host.shareOn('0.0.0.0')).rejects.toThrow(/every interface/)
    await expect(host.shareOn('my laptop')).rejects.toThrow(/not an IPv4 or IPv6 address/)
    expect(host.shared).toBeNull()
  })
})
