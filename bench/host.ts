// Host benchmark: y-websocket clients through the host on loopback, on a real .tavolo file.
//   node bench/host.ts        (or `npm run bench -- host`)
// 1. Edit-to-visible latency A → host → B (p50, p99) as a ratio to a raw `ws` echo round trip
//    measured in the same run (the same two hops: client → server → client).
// 2. 40 clients joining at once: time until every one holds the full document.
// 3. Messages each client receives per edit with 5/10/20/40 clients (sync and awareness).
// Prints a table and ends with one JSON line.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import WebSocket, { WebSocketServer } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { startHost } from '../src/main/host/index.ts'
import type { Host } from '../src/main/host/index.ts'
import { WorkshopFile } from '../src/main/store/index.ts'
import { addStory, importWorkshop, listBoards, updateStory } from '../src/shared/model/index.ts'
import { parseWorkshopJson } from '../src/shared/interchange/validate.ts'
import { SAMPLE_WORKSHOP_PATH } from '../tests/support/sample.ts'

const EDITS = 400
const WARMUP = 50
const JOINERS = 40
const FANOUT_SIZES = [5, 10, 20, 40]
const FANOUT_EDITS = 100

const tmp = mkdtempSync(join(tmpdir(), 'tavolo-bench-host-'))
const web = join(tmp, 'web')
mkdirSync(web)
writeFileSync(join(web, 'index.html'), '<!doctype html><title>bench</title>')

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const round = (x: number, digits = 3): number => Number(x.toFixed(digits))
const tick = (): Promise<void> => new Promise((r) => setImmediate(r))

async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = performance.now()
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('bench: timed out')
    await new Promise((r) => setTimeout(r, 1))
  }
}

/** A WebSocket class that counts the frames each instance receives, by message type. */
const received = { sync: 0, awareness: 0 }
class CountingWebSocket extends WebSocket {
  constructor(url: string, protocols?: string | string[]) {
    super(url, protocols)
    this.on('message', (data: Buffer | ArrayBuffer) => {
      const type = new Uint8Array(
        data instanceof ArrayBuffer ? data : data.buffer,
        data instanceof ArrayBuffer ? 0 : data.byteOffset,
        1,
      )[0]
      if (type === 0) received.sync++
      else if (type === 1) received.awareness++
    })
  }
}

type Client = { doc: Y.Doc; provider: WebsocketProvider }
function connect(host: Host, workshopId: string): Client {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://127.0.0.1:${host.port}/sync`, workshopId, doc, {
    params: { token: host.token },
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  return { doc, provider }
}
function disconnect(clients: Client[]): void {
  for (const c of clients) {
    c.provider.destroy()
    c.provider.awareness.destroy()
    c.doc.destroy()
  }
}
const stateVector = (doc: Y.Doc): string => Y.encodeStateVector(doc).join()

/** The sample workshop plus 400 more stories: a busy day's document. */
function workshopFile(): { file: WorkshopFile; workshopId: string; storyIds: string[] } {
  const parsed = parseWorkshopJson(readFileSync(SAMPLE_WORKSHOP_PATH, 'utf8'))
  if (!parsed.ok) throw new Error(`${SAMPLE_WORKSHOP_PATH} is not a valid workshop`)
  const doc = new Y.Doc()
  importWorkshop(doc, parsed.value)
  const board = listBoards(doc).find((b) => b.kind === 'user-stories')
  const storyIds: string[] = []
  if (board !== undefined) {
    for (let i = 0; i < 400; i++) {
      storyIds.push(
        addStory(doc, board.id, {
          role: `resident ${i}`,
          goal: `a goal number ${i} for the high street`,
          benefit: 'so that shops reopen',
        }),
      )
    }
  }
  const file = WorkshopFile.create(join(tmp, 'bench.tavolo'), doc)
  const workshopId = String(doc.getMap('workshop').get('id') ?? '')
  return { file, workshopId, storyIds }
}

async function rawEchoRtt(): Promise<number[]> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  wss.on('connection', (ws) =>
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })),
  )
  await new Promise((r) => wss.once('listening', r))
  const { port } = wss.address() as { port: number }
  const ws = new WebSocket(`ws://127.0.0.1:${port}`)
  await new Promise((r) => ws.once('open', r))
  const samples: number[] = []
  const payload = new Uint8Array(40).fill(7)
  for (let i = 0; i < EDITS + WARMUP; i++) {
    const t0 = performance.now()
    await new Promise<void>((resolve) => {
      ws.once('message', () => resolve())
      ws.send(payload)
    })
    if (i >= WARMUP) samples.push(performance.now() - t0)
  }
  ws.close()
  await new Promise((r) => wss.close(r))
  return samples.sort((a, b) => a - b)
}

async function editLatency(host: Host, workshopId: string, storyIds: string[]): Promise<number[]> {
  const [a, b] = [connect(host, workshopId), connect(host, workshopId)] as [Client, Client]
  await until(() => a.provider.synced && b.provider.synced)
  const samples: number[] = []
  for (let i = 0; i < EDITS + WARMUP; i++) {
    const id = storyIds[i % storyIds.length] ?? ''
    const seen = new Promise<void>((resolve) => b.doc.once('update', () => resolve()))
    const t0 = performance.now()
    updateStory(a.doc, id, { goal: `edited ${i}` })
    await seen
    if (i >= WARMUP) samples.push(performance.now() - t0)
  }
  disconnect([a, b])
  return samples.sort((x, y) => x - y)
}

async function joinStorm(
  host: Host,
  workshopId: string,
  hostDoc: Y.Doc,
): Promise<{ ms: number; bytes: number }> {
  const target = stateVector(hostDoc)
  const t0 = performance.now()
  const clients = Array.from({ length: JOINERS }, () => connect(host, workshopId))
  await Promise.all(
    clients.map((c) => new Promise<void>((resolve) => c.provider.once('sync', () => resolve()))),
  )
  const ms = performance.now() - t0
  if (!clients.every((c) => stateVector(c.doc) === target))
    throw new Error('bench: a joiner is incomplete')
  disconnect(clients)
  return { ms, bytes: Y.encodeStateAsUpdate(hostDoc).byteLength }
}

async function fanout(host: Host, workshopId: string, storyIds: string[], n: number) {
  const clients = Array.from({ length: n }, () => connect(host, workshopId))
  await until(() => clients.every((c) => c.provider.synced))
  await new Promise((r) => setTimeout(r, 50))
  clients.forEach((c, i) => c.provider.awareness.setLocalStateField('user', { name: `p${i}` }))
  await new Promise((r) => setTimeout(r, 100))
  received.sync = 0
  received.awareness = 0
  const reach: number[] = []
  for (let e = 0; e < FANOUT_EDITS; e++) {
    const writer = clients[e % n] as Client
    const t0 = performance.now()
    updateStory(writer.doc, storyIds[e % storyIds.length] ?? '', { benefit: `fan-out ${n} ${e}` })
    const others = clients.filter((c) => c !== writer)
    await Promise.all(
      others.map((c) => new Promise<void>((resolve) => c.doc.once('update', () => resolve()))),
    )
    reach.push(performance.now() - t0)
    await tick()
  }
  await new Promise((r) => setTimeout(r, 20))
  const perClientPerEdit = received.sync / (n * FANOUT_EDITS)
  const awarenessPerClientPerEdit = received.awareness / (n * FANOUT_EDITS)
  disconnect(clients)
  await new Promise((r) => setTimeout(r, 50))
  reach.sort((x, y) => x - y)
  return {
    clients: n,
    syncMsgsPerClientPerEdit: round(perClientPerEdit),
    awarenessMsgsPerClientPerEdit: round(awarenessPerClientPerEdit),
    reachAllP50Ms: round(percentile(reach, 50)),
    reachAllP99Ms: round(percentile(reach, 99)),
  }
}

/** Floor for the join storm: the same process applying the full document 40 times. */
function applyFloor(doc: Y.Doc): number {
  const t0 = performance.now()
  for (let i = 0; i < JOINERS; i++) {
    const d = new Y.Doc()
    Y.applyUpdate(d, Y.encodeStateAsUpdate(doc))
    d.destroy()
  }
  return performance.now() - t0
}

process.setMaxListeners(JOINERS + 10) // each y-websocket provider adds a process 'exit' listener
const { file, workshopId, storyIds } = workshopFile()
const host = await startHost({ file, staticDir: web, limits: { maxConnectionsPerIp: 128 } })
// The same document behind a host whose "file" commits nothing: the host's own cost, no fsync.
const memoryDoc = new Y.Doc()
Y.applyUpdate(memoryDoc, Y.encodeStateAsUpdate(file.doc))
const memoryHost = await startHost({
  file: { doc: memoryDoc, flush() {} },
  staticDir: web,
  workshop: () => ({ id: workshopId, title: 'memory' }),
})
try {
  const echo = await rawEchoRtt()
  const edit = await editLatency(host, workshopId, storyIds)
  const editMemory = await editLatency(memoryHost, workshopId, storyIds)
  const join40 = await joinStorm(host, workshopId, file.doc)
  const floor = applyFloor(file.doc)
  const fan = []
  for (const n of FANOUT_SIZES) fan.push(await fanout(host, workshopId, storyIds, n))

  const echoP50 = percentile(echo, 50)
  const echoP99 = percentile(echo, 99)
  const editP50 = percentile(edit, 50)
  const editP99 = percentile(edit, 99)
  const memP50 = percentile(editMemory, 50)
  const memP99 = percentile(editMemory, 99)
  const rows: Array<[string, string]> = [
    ['raw ws echo round trip p50 / p99 (ms)', `${round(echoP50)} / ${round(echoP99)}`],
    [
      'edit-to-visible A→host→B, .tavolo file p50 / p99 (ms)',
      `${round(editP50)} / ${round(editP99)}`,
    ],
    [
      '  ratio to raw echo p50 / p99',
      `${round(editP50 / echoP50, 1)} / ${round(editP99 / echoP99, 1)}`,
    ],
    [
      'edit-to-visible, no-op file (host cost only) p50 / p99 (ms)',
      `${round(memP50)} / ${round(memP99)}`,
    ],
    [
      '  ratio to raw echo p50 / p99',
      `${round(memP50 / echoP50, 1)} / ${round(memP99 / echoP99, 1)}`,
    ],
    [
      `${JOINERS} clients join at once, all complete (ms)`,
      `${round(join40.ms, 1)} (doc ${join40.bytes} bytes)`,
    ],
    [`  floor: ${JOINERS} full-document loads in this process (ms)`, `${round(floor, 1)}`],
    ...fan.map((f): [string, string] => [
      `${f.clients} clients: sync / awareness msgs per client per edit; reach-all p50 / p99 ms`,
      `${f.syncMsgsPerClientPerEdit} / ${f.awarenessMsgsPerClientPerEdit}; ${f.reachAllP50Ms} / ${f.reachAllP99Ms}`,
    ]),
  ]
  const width = Math.max(...rows.map(([k]) => k.length))
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`)
  process.stdout.write(
    `${JSON.stringify({
      echoRttP50Ms: round(echoP50),
      echoRttP99Ms: round(echoP99),
      editToVisibleP50Ms: round(editP50),
      editToVisibleP99Ms: round(editP99),
      editToEchoRatioP50: round(editP50 / echoP50, 1),
      editToEchoRatioP99: round(editP99 / echoP99, 1),
      editNoFsyncP50Ms: round(memP50),
      editNoFsyncP99Ms: round(memP99),
      editNoFsyncToEchoRatioP50: round(memP50 / echoP50, 1),
      join40Ms: round(join40.ms, 1),
      join40FloorMs: round(floor, 1),
      docBytes: join40.bytes,
      fanout: fan,
    })}\n`,
  )
} finally {
  await memoryHost.close()
  await host.close()
  file.close()
  rmSync(tmp, { recursive: true, force: true })
}
