// The bridge between the desktop app's loopback signaling and the facilitator's host: every
// publish in the bridged room crosses once, in both directions, nothing bounces back, and other
// rooms stay where they are. Two real hosts on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import { startHost, type Host } from '../../../src/main/host/index.ts'
import { bridgeSignaling } from '../../../src/main/electron/join/signalBridge.ts'
import { makeStaticDir, memoryFile, openRaw, waitFor } from '../host/helpers.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function host(): Promise<Host> {
  const dirs = makeStaticDir()
  const h = await startHost({
    file: memoryFile(),
    staticDir: dirs.web,
    workshop: () => ({ id: 'w', title: 'T' }),
  })
  cleanups.push(dirs.cleanup, () => h.close())
  return h
}

const signalUrl = (h: Host) => `ws://127.0.0.1:${h.port}/signal?token=${h.token}`

async function client(h: Host, topics: string[]): Promise<{ ws: WebSocket; got: unknown[] }> {
  const ws = await openRaw(signalUrl(h))
  cleanups.push(() => ws.terminate())
  const got: unknown[] = []
  ws.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString()) as { type: string; data?: unknown }
    if (m.type === 'publish') got.push(m.data)
  })
  ws.send(JSON.stringify({ type: 'subscribe', topics }))
  return { ws, got }
}

const publish = (ws: WebSocket, topic: string, data: string) =>
  ws.send(JSON.stringify({ type: 'publish', topic, data }))

describe('signaling bridge', () => {
  it('repeats the room’s publishes on the other host, once, both ways', async () => {
    const local = await host()
    const remote = await host()
    const window = await client(local, ['room', 'other'])
    const peer = await client(remote, ['room', 'other'])
    const bridge = bridgeSignaling(signalUrl(local), signalUrl(remote), 'room')
    cleanups.push(() => bridge.close())
    // The bridge is in once both hosts count it among the room's subscribers.
    await waitFor(
      () => {
        publish(window.ws, 'room', 'probe')
        return peer.got.includes('probe')
      },
      5000,
      'the bridge',
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    window.got.length = 0
    peer.got.length = 0

    publish(window.ws, 'room', 'offer-from-window')
    publish(peer.ws, 'room', 'answer-from-peer')
    publish(window.ws, 'other', 'not-bridged')
    await waitFor(
      () => peer.got.includes('offer-from-window') && window.got.includes('answer-from-peer'),
      5000,
      'both directions',
    )
    await new Promise((resolve) => setTimeout(resolve, 300))
    // Each side sees its own publish (the hub echoes it) and the other side's, each exactly once.
    expect(window.got.sort()).toEqual(['answer-from-peer', 'not-bridged', 'offer-from-window'])
    expect(peer.got.sort()).toEqual(['answer-from-peer', 'offer-from-window'])
  })

  it('comes back when the remote host does', async () => {
    const local = await host()
    const dirs = makeStaticDir()
    cleanups.push(dirs.cleanup)
    const file = memoryFile()
    let remote = await startHost({
      file,
      staticDir: dirs.web,
      workshop: () => ({ id: 'w', title: 'T' }),
    })
    const port = remote.port
    const token = remote.token
    const bridge = bridgeSignaling(signalUrl(local), signalUrl(remote), 'room')
    cleanups.push(() => bridge.close())
    await remote.close()
    remote = await startHost({
      file,
      staticDir: dirs.web,
      port,
      token,
      workshop: () => ({ id: 'w', title: 'T' }),
    })
    cleanups.push(() => remote.close())
    const window = await client(local, ['room'])
    const peer = await client(remote, ['room'])
    await waitFor(
      () => {
        publish(window.ws, 'room', 'after-restart')
        return peer.got.includes('after-restart')
      },
      15_000,
      'the bridge after the restart',
    )
  })
})
