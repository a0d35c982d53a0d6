// Hostile or broken peers: malformed, mutated, oversized and flooding frames. The offender is
// dropped; the host, its document, its file and the other peers carry on.
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import { startHost } from '../../../src/main/host/index.ts'
import type { Host, HostLimits } from '../../../src/main/host/index.ts'
import {
  encodeUpdate,
  MESSAGE_AWARENESS,
  MESSAGE_SYNC,
} from '../../../src/main/host/syncMessages.ts'
import {
  connectClient,
  makeStaticDir,
  memoryFile,
  openRaw,
  waitFor,
  whenSynced,
} from './helpers.ts'
import { RawPeer } from './rawPeer.ts'
import { prng } from './prng.ts'

const WORKSHOP = 'w-hostile'
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function setup(limits: Partial<HostLimits> = {}) {
  const dirs = makeStaticDir()
  const file = memoryFile()
  const seed = file.doc.getMap('m')
  seed.set('title', 'Riverside')
  const sub = new Y.Map<unknown>()
  seed.set('sub', sub)
  sub.set('k', 'v')
  file.doc.getArray('list').push(['a', 'b', 'c'])
  file.doc.getText('text').insert(0, 'hello')
  const host: Host = await startHost({
    file,
    staticDir: dirs.web,
    workshop: () => ({ id: WORKSHOP, title: 'T' }),
    limits,
  })
  cleanups.push(
    () => dirs.cleanup(),
    () => host.close(),
  )
  const url = `ws://127.0.0.1:${host.port}/sync/${WORKSHOP}?token=${host.token}`
  const good = connectClient(host.port, WORKSHOP, host.token)
  cleanups.push(() => good.provider.destroy())
  await whenSynced(good.provider)
  return { file, host, url, good }
}

function fingerprint(doc: Y.Doc): string {
  return JSON.stringify({
    sv: [...Y.encodeStateVector(doc)],
    m: doc.getMap('m').toJSON(),
    l: doc.getArray('list').toJSON(),
    t: doc.getText('text').toString(),
  })
}

/** The file's content (every update the doc emitted, in order) replays to the live document. */
function fileMatchesDoc(file: ReturnType<typeof memoryFile>): boolean {
  const replay = new Y.Doc()
  for (const u of file.updates) Y.applyUpdate(replay, u)
  return fingerprint(replay) === fingerprint(file.doc)
}

function frame(...parts: Array<(e: encoding.Encoder) => void>): Uint8Array {
  const e = encoding.createEncoder()
  for (const p of parts) p(e)
  return encoding.toUint8Array(e)
}
const uint = (n: number) => (e: encoding.Encoder) => encoding.writeVarUint(e, n)
const bytes = (b: Uint8Array) => (e: encoding.Encoder) => encoding.writeVarUint8Array(e, b)
const raw = (b: Uint8Array) => (e: encoding.Encoder) => encoding.writeUint8Array(e, b)
const str = (s: string) => (e: encoding.Encoder) => encoding.writeVarString(e, s)

/** A real edit made by a peer that knows the host's document. */
function realEdit(host: Y.Doc): Uint8Array {
  const peer = new Y.Doc()
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(host))
  const sv = Y.encodeStateVector(peer)
  peer.getMap('m').set('title', 'Edited')
  ;(peer.getMap('m').get('sub') as Y.Map<unknown>).set('k2', [1, 2, { x: 'y' }])
  peer.getArray('list').delete(1, 1)
  peer.getArray('list').insert(0, [new Y.Map()])
  peer.getText('text').insert(2, 'XYZ', { bold: true })
  return Y.encodeStateAsUpdate(peer, sv)
}

describe('malformed frames', () => {
  it('drops the sender of each malformed frame; document, file and other peers are untouched', async () => {
    const { file, url, good } = await setup()
    const before = fingerprint(file.doc)
    const edit = realEdit(file.doc)
    const cases: Array<[string, Uint8Array | string, number]> = [
      ['empty frame', new Uint8Array(0), 4400],
      ['type only', frame(uint(MESSAGE_SYNC)), 4400],
      ['unknown sync step', frame(uint(MESSAGE_SYNC), uint(9), bytes(new Uint8Array([0]))), 4400],
      ['length beyond the frame', frame(uint(MESSAGE_SYNC), uint(2), uint(0xfffffff)), 4400],
      [
        'varuint overflow',
        new Uint8Array([0, 2, 255, 255, 255, 255, 255, 255, 255, 255, 255, 1]),
        4400,
      ],
      [
        'truncated update',
        frame(uint(MESSAGE_SYNC), uint(2), bytes(edit.slice(0, edit.length - 5))),
        4400,
      ],
      [
        'update cut in the middle',
        frame(uint(MESSAGE_SYNC), uint(2), bytes(edit.slice(0, edit.length >> 1))),
        4400,
      ],
      [
        'garbage update',
        frame(uint(MESSAGE_SYNC), uint(2), bytes(new Uint8Array(64).fill(0xff))),
        4400,
      ],
      [
        'garbage step 2',
        frame(uint(MESSAGE_SYNC), uint(1), bytes(new Uint8Array([5, 200, 1, 7]))),
        4400,
      ],
      [
        'garbage state vector',
        frame(uint(MESSAGE_SYNC), uint(0), bytes(new Uint8Array([3, 1]))),
        4400,
      ],
      [
        'trailing bytes after a valid update',
        frame(uint(MESSAGE_SYNC), uint(2), bytes(edit), raw(new Uint8Array([1, 2]))),
        4400,
      ],
      [
        'awareness not JSON',
        frame(uint(MESSAGE_AWARENESS), bytes(frame(uint(1), uint(77), uint(1), str('{nope')))),
        4400,
      ],
      [
        'awareness state not an object',
        frame(uint(MESSAGE_AWARENESS), bytes(frame(uint(1), uint(77), uint(1), str('[1]')))),
        4400,
      ],
      [
        'awareness truncated',
        frame(uint(MESSAGE_AWARENESS), bytes(frame(uint(3), uint(77)))),
        4400,
      ],
      ['text frame', 'hello', 1002],
    ]
    for (const [name, data, code] of cases) {
      const peer = await RawPeer.open(url)
      peer.send(data)
      expect(await peer.probe(), name).toEqual({ closed: code })
      expect(fingerprint(file.doc), name).toBe(before)
    }
    // Unknown message types are ignored (forward compatibility), not punished.
    const tolerant = await RawPeer.open(url)
    tolerant.send(frame(uint(7), uint(1)))
    expect(await tolerant.probe()).toBe('alive')
    tolerant.terminate()
    expect(fileMatchesDoc(file)).toBe(true)
    good.doc.getMap('m').set('after', 'still syncing')
    await waitFor(() => file.doc.getMap('m').get('after') === 'still syncing')
    // The real edit itself is fine.
    const writer = await RawPeer.open(url)
    writer.send(encodeUpdate(edit))
    expect(await writer.probe()).toBe('alive')
    await waitFor(() => good.doc.getMap('m').get('title') === 'Edited')
    writer.terminate()
  })

  it('survives 300 mutated updates: never crashes, file replays to the document, peers converge', async () => {
    const { file, url, good, host } = await setup()
    const edit = realEdit(file.doc)
    const random = prng(7)
    let peer = await RawPeer.open(url)
    let dropped = 0
    for (let i = 0; i < 300; i++) {
      const mutated = edit.slice()
      const flips = 1 + Math.floor(random() * 4)
      for (let f = 0; f < flips; f++)
        mutated[Math.floor(random() * mutated.length)] = Math.floor(random() * 256)
      const cut = random() < 0.2 ? mutated.slice(0, Math.floor(random() * mutated.length)) : mutated
      peer.send(encodeUpdate(cut))
      if ((await peer.probe()) !== 'alive') {
        dropped++
        peer = await RawPeer.open(url)
      }
    }
    peer.terminate()
    expect(dropped).toBeGreaterThan(50)
    expect(fileMatchesDoc(file)).toBe(true)
    good.doc.getMap('m').set('final', true)
    await waitFor(() => file.doc.getMap('m').get('final') === true)
    await waitFor(
      () => Y.encodeStateVector(good.doc).join() === Y.encodeStateVector(file.doc).join(),
    )
    expect(fingerprint(good.doc)).toBe(fingerprint(file.doc))
    expect(host.participants().length).toBe(1)
  })
})

describe('limits', () => {
  it('closes a connection that sends an oversized frame (1009); others keep syncing', async () => {
    const { file, url, good } = await setup({ maxSyncFrameBytes: 64 * 1024 })
    const before = fingerprint(file.doc)
    const big = new Y.Doc()
    big.getText('text').insert(0, 'x'.repeat(100_000))
    const peer = await RawPeer.open(url)
    peer.send(encodeUpdate(Y.encodeStateAsUpdate(big)))
    expect(await peer.probe()).toEqual({ closed: 1009 })
    expect(fingerprint(file.doc)).toBe(before)
    good.doc.getMap('m').set('after', 1)
    await waitFor(() => file.doc.getMap('m').get('after') === 1)
  })

  it('drops a flooding connection (1008); others keep syncing', async () => {
    const { file, url, good } = await setup({ messageBurst: 50, messagesPerSecond: 10 })
    const peer = await RawPeer.open(url)
    for (let i = 0; i < 500; i++) peer.send(new Uint8Array([3]))
    await waitFor(() => peer.closeCode !== null)
    expect(peer.closeCode).toBe(1008)
    good.doc.getMap('m').set('after', 2)
    await waitFor(() => file.doc.getMap('m').get('after') === 2)
  })

  it('refuses connections beyond the per-address limit with 429', async () => {
    const { url } = await setup({ maxConnectionsPerIp: 3 })
    const a = await openRaw(url)
    const b = await openRaw(url)
    await expect(openRaw(url)).rejects.toThrow('HTTP 429')
    a.terminate()
    await waitFor(() => a.readyState === a.CLOSED)
    await new Promise((r) => setTimeout(r, 20))
    const c = await openRaw(url)
    b.terminate()
    c.terminate()
  })

  it('limits how many awareness ids one connection may claim', async () => {
    const { url } = await setup({ maxAwarenessClientsPerConnection: 2 })
    const peer = await RawPeer.open(url)
    const states = frame(
      uint(3),
      uint(11),
      uint(1),
      str('{}'),
      uint(12),
      uint(1),
      str('{}'),
      uint(13),
      uint(1),
      str('{}'),
    )
    peer.send(frame(uint(MESSAGE_AWARENESS), bytes(states)))
    expect(await peer.probe()).toEqual({ closed: 1008 })
  })
})

describe('keep-alive', () => {
  it('terminates a connection that stops answering pings', async () => {
    const { url } = await setup({ pingIntervalMs: 40 })
    const silent = new WebSocket(url, { autoPong: false })
    await new Promise((r) => silent.once('open', r))
    const code = await new Promise<number>((resolve) => silent.once('close', (c) => resolve(c)))
    expect(code).toBe(1006)
  })
})
