// Convergence through the host: five y-websocket peers make random concurrent edits while they
// randomly drop off and come back; at the end every peer and the host hold the same document
// (JSON and state vector). Seeded, so a failing seed replays exactly: TAVOLO_FUZZ_SEED=n runs one.
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { startHost } from '../../../src/main/host/index.ts'
import { connectClient, makeStaticDir, memoryFile, waitFor, whenSynced } from './helpers.ts'
import { prng } from './prng.ts'

const SEEDS = Number(process.env.TAVOLO_FUZZ_SEEDS ?? 200)
const ONLY =
  process.env.TAVOLO_FUZZ_SEED === undefined ? null : Number(process.env.TAVOLO_FUZZ_SEED)
const PEERS = 5
const ROUNDS = 12
const WORKSHOP = 'w-fuzz'

const dirs = makeStaticDir()
afterAll(() => dirs.cleanup())

type Peer = { doc: Y.Doc; provider: WebsocketProvider }

/** Canonical JSON (sorted keys): Y.Map key order depends on arrival order, not content. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}

function view(doc: Y.Doc): string {
  return JSON.stringify(
    canonical({
      m: doc.getMap('m').toJSON(),
      list: doc.getArray('list').toJSON(),
      text: doc.getText('text').toString(),
    }),
  )
}

function stateVector(doc: Y.Doc): string {
  return JSON.stringify(
    [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort((a, b) => a[0] - b[0]),
  )
}

function randomEdit(doc: Y.Doc, random: () => number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T
  const m = doc.getMap<unknown>('m')
  const list = doc.getArray<unknown>('list')
  const text = doc.getText('text')
  doc.transact(() => {
    switch (Math.floor(random() * 7)) {
      case 0:
        m.set(pick(['a', 'b', 'c', 'd']), Math.floor(random() * 100))
        break
      case 1:
        m.delete(pick(['a', 'b', 'c', 'd']))
        break
      case 2: {
        const nested = new Y.Map<unknown>()
        nested.set('v', Math.floor(random() * 100))
        m.set(pick(['n1', 'n2']), nested)
        break
      }
      case 3: {
        const nested = m.get(pick(['n1', 'n2']))
        if (nested instanceof Y.Map) nested.set(pick(['v', 'w']), Math.floor(random() * 100))
        break
      }
      case 4:
        list.insert(Math.floor(random() * (list.length + 1)), [Math.floor(random() * 1000)])
        break
      case 5:
        if (list.length > 0) list.delete(Math.floor(random() * list.length), 1)
        break
      default:
        text.insert(Math.floor(random() * (text.length + 1)), pick(['x', 'yz', 'é', '🙂']))
    }
  })
}

async function runSeed(
  seed: number,
  host: Awaited<ReturnType<typeof startHost>>,
  hostDoc: Y.Doc,
): Promise<void> {
  const random = prng(seed)
  const peers: Peer[] = []
  try {
    for (let i = 0; i < PEERS; i++) peers.push(connectClient(host.port, WORKSHOP, host.token))
    await Promise.all(peers.map((p) => whenSynced(p.provider)))
    for (let round = 0; round < ROUNDS; round++) {
      for (const peer of peers) {
        const r = random()
        if (r < 0.1 && peer.provider.shouldConnect) peer.provider.disconnect()
        else if (r < 0.25 && !peer.provider.shouldConnect) peer.provider.connect()
        const edits = Math.floor(random() * 3)
        for (let e = 0; e < edits; e++) randomEdit(peer.doc, random)
      }
      // Let some traffic through between rounds, sometimes none (edits then cross in flight).
      if (random() < 0.7) await new Promise((r) => setImmediate(r))
    }
    for (const peer of peers) if (!peer.provider.shouldConnect) peer.provider.connect()
    const target = (): string => stateVector(hostDoc)
    await waitFor(
      () => peers.every((p) => p.provider.synced && stateVector(p.doc) === target()),
      10_000,
      `seed ${seed}: peers converge`,
    )
    const expected = view(hostDoc)
    for (const peer of peers) expect(view(peer.doc), `seed ${seed}`).toBe(expected)
  } finally {
    for (const p of peers) {
      p.provider.destroy()
      p.provider.awareness.destroy()
      p.doc.destroy()
    }
  }
}

describe('convergence fuzz', () => {
  it(`${ONLY === null ? SEEDS : 1} seeds: five peers with random edits and disconnects converge`, async () => {
    const seeds = ONLY === null ? Array.from({ length: SEEDS }, (_, i) => i + 1) : [ONLY]
    for (const seed of seeds) {
      const file = memoryFile()
      const host = await startHost({
        file,
        staticDir: dirs.web,
        workshop: () => ({ id: WORKSHOP, title: 'fuzz' }),
      })
      try {
        await runSeed(seed, host, file.doc)
      } finally {
        await host.close()
      }
      // What the file holds replays to what the host holds.
      const replay = new Y.Doc()
      for (const u of file.updates) Y.applyUpdate(replay, u)
      expect(view(replay), `seed ${seed}: file`).toBe(view(file.doc))
    }
  })
})

describe('offline edits', () => {
  it('a peer that edited while disconnected converges with one that edited meanwhile', async () => {
    const f = memoryFile()
    const h = await startHost({
      file: f,
      staticDir: dirs.web,
      workshop: () => ({ id: WORKSHOP, title: 'offline' }),
    })
    const a = connectClient(h.port, WORKSHOP, h.token)
    const b = connectClient(h.port, WORKSHOP, h.token)
    try {
      await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
      a.doc.getArray('list').push(['shared'])
      await waitFor(() => b.doc.getArray('list').length === 1)
      a.provider.disconnect()
      a.doc.getArray('list').push(['offline-a'])
      a.doc.getMap('m').set('who', 'a')
      b.doc.getArray('list').insert(0, ['online-b'])
      b.doc.getMap('m').set('who', 'b')
      await waitFor(() => f.doc.getArray('list').length === 2)
      expect(a.doc.getArray('list').toArray()).toEqual(['shared', 'offline-a'])
      a.provider.connect()
      await waitFor(
        () =>
          view(a.doc) === view(b.doc) &&
          view(a.doc) === view(f.doc) &&
          a.doc.getArray('list').length === 3,
      )
      expect(a.doc.getArray('list').toArray().sort()).toEqual(['offline-a', 'online-b', 'shared'])
    } finally {
      a.provider.destroy()
      b.provider.destroy()
      await h.close()
    }
  })
})
