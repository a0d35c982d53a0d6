// y-webrtc signaling at /signal: the protocol of y-webrtc/bin/server.js, behind the join token,
// with garbage, floods and hoarding dropping only the offender.
import { afterEach, describe, expect, it } from 'vitest'
import type WebSocket from 'ws'
import { startHost } from '../../../src/main/host/index.ts'
import type { Host, HostLimits } from '../../../src/main/host/index.ts'
import { closed, makeStaticDir, memoryFile, openRaw, waitFor } from './helpers.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup(limits: Partial<HostLimits> = {}): Promise<{ host: Host; url: string }> {
  const dirs = makeStaticDir()
  const host = await startHost({
    file: memoryFile(),
    staticDir: dirs.web,
    workshop: () => ({ id: 'w', title: 'T' }),
    limits,
  })
  cleanups.push(
    () => dirs.cleanup(),
    () => host.close(),
  )
  return { host, url: `ws://127.0.0.1:${host.port}/signal?token=${host.token}` }
}

type Signal = { ws: WebSocket; inbox: Array<Record<string, unknown>> }

async function signal(url: string): Promise<Signal> {
  const ws = await openRaw(url)
  const inbox: Array<Record<string, unknown>> = []
  ws.on('message', (data: Buffer) =>
    inbox.push(JSON.parse(data.toString()) as Record<string, unknown>),
  )
  cleanups.push(() => ws.terminate())
  return { ws, inbox }
}

const send = (s: Signal, message: unknown): void => s.ws.send(JSON.stringify(message))

/** Round trip through the host: once the pong is back, everything sent before was handled. */
async function settle(s: Signal): Promise<void> {
  const pongs = s.inbox.filter((m) => m.type === 'pong').length
  send(s, { type: 'ping' })
  await waitFor(() => s.inbox.filter((m) => m.type === 'pong').length > pongs, 3000, 'pong')
}

describe('signaling', () => {
  it('answers ping with pong and fans publishes out to the subscribers of the topic', async () => {
    const { url } = await setup()
    const a = await signal(url)
    const b = await signal(url)
    const c = await signal(url)
    send(a, { type: 'subscribe', topics: ['room-1'] })
    send(b, { type: 'subscribe', topics: ['room-1', 'room-2'] })
    send(c, { type: 'subscribe', topics: ['room-2'] })
    await Promise.all([settle(a), settle(b), settle(c)])
    send(a, { type: 'publish', topic: 'room-1', data: { type: 'announce', from: 'peer-a' } })
    await waitFor(() => b.inbox.some((m) => m.type === 'publish'))
    const got = b.inbox.find((m) => m.type === 'publish')
    expect(got).toEqual({
      type: 'publish',
      topic: 'room-1',
      data: { type: 'announce', from: 'peer-a' },
      clients: 2,
    })
    await waitFor(() => a.inbox.some((m) => m.type === 'publish')) // the sender gets it too, as in y-webrtc
    await settle(c)
    expect(c.inbox.some((m) => m.type === 'publish')).toBe(false)
    send(b, { type: 'unsubscribe', topics: ['room-1'] })
    await settle(b)
    send(a, { type: 'publish', topic: 'room-1', data: 'second' })
    await settle(a)
    await settle(b)
    expect(b.inbox.filter((m) => m.type === 'publish')).toHaveLength(1)
  })

  it('does not deliver publishes to a topic the sender did not subscribe to', async () => {
    const { url } = await setup()
    const a = await signal(url)
    const b = await signal(url)
    send(b, { type: 'subscribe', topics: ['room'] })
    await settle(b)
    send(a, { type: 'publish', topic: 'room', data: 'sneaky' })
    await settle(a)
    await settle(b)
    expect(b.inbox.some((m) => m.type === 'publish')).toBe(false)
  })

  it('requires the token and is dropped by rotateToken', async () => {
    const { host, url } = await setup()
    await expect(openRaw(`ws://127.0.0.1:${host.port}/signal`)).rejects.toThrow('HTTP 401')
    await expect(openRaw(`ws://127.0.0.1:${host.port}/signal?token=WRONG123`)).rejects.toThrow(
      'HTTP 401',
    )
    const a = await signal(url)
    const gone = closed(a.ws)
    host.rotateToken()
    expect((await gone).code).toBe(4401)
  })

  it('drops senders of garbage, oversized frames, floods and topic hoarding; others carry on', async () => {
    const { url } = await setup({
      maxTopicsPerConnection: 4,
      messageBurst: 40,
      messagesPerSecond: 5,
    })
    const good = await signal(url)
    send(good, { type: 'subscribe', topics: ['room'] })
    const offences: Array<[string, (s: Signal) => void, number]> = [
      ['not JSON', (s) => s.ws.send('{"type":'), 4400],
      ['invalid UTF-8', (s) => s.ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 4400],
      ['JSON but not an object', (s) => s.ws.send('[1,2,3]'), 4400],
      ['no type', (s) => send(s, { topics: ['room'] }), 4400],
      ['topics not an array', (s) => send(s, { type: 'subscribe', topics: 'room' }), 4400],
      ['topic not a string', (s) => send(s, { type: 'subscribe', topics: [{}] }), 4400],
      ['topic too long', (s) => send(s, { type: 'publish', topic: 'x'.repeat(1000) }), 4400],
      [
        'too many topics',
        (s) => send(s, { type: 'subscribe', topics: ['a', 'b', 'c', 'd', 'e'] }),
        4400,
      ],
      [
        'hoarding topics',
        (s) =>
          ['a', 'b', 'c', 'd', 'e'].forEach((t) => send(s, { type: 'subscribe', topics: [t] })),
        1008,
      ],
      [
        'oversized frame',
        (s) => send(s, { type: 'publish', topic: 'room', data: 'x'.repeat(70 * 1024) }),
        1009,
      ],
      [
        'flood',
        (s) => {
          for (let i = 0; i < 200; i++) send(s, { type: 'ping' })
        },
        1008,
      ],
    ]
    for (const [name, offend, code] of offences) {
      const bad = await signal(url)
      const gone = closed(bad.ws)
      offend(bad)
      expect((await gone).code, name).toBe(code)
      await settle(good)
    }
    const other = await signal(url)
    send(other, { type: 'subscribe', topics: ['room'] })
    await settle(other)
    send(other, { type: 'publish', topic: 'room', data: 'hello' })
    await waitFor(() => good.inbox.some((m) => m.type === 'publish' && m.data === 'hello'))
  })
})
