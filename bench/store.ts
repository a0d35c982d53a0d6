// Store benchmark: `node bench/store.ts`. A workshop of 3,000 stories (a Y.Map of Y.Maps, one
// transaction per story) then 30,000 field edits, each its own transaction; the emitted updates
// are captured once and replayed against the store and against raw better-sqlite3 baselines in
// the same run. Prints a table and ends with one JSON line. Each figure is the median of REPEATS.
//
// - append: the store's whole path from a document's 'update' event to the commit. The captured
//   updates are emitted on the store's document exactly as Yjs emits them at the end of a
//   transaction (doc.emit('update', ...)), so Yjs' own integration cost is not counted, then
//   flush() commits them. Baseline: prepared INSERTs of the same blobs in one transaction, same
//   pragmas (WAL, synchronous=FULL, exclusive locking). Ratio = store throughput / raw throughput.
//   Also measured with small commits (10 updates per commit, like a live session's ticks).
// - open: WorkshopFile.open (header checks, private copy, load, write lock). Baseline: a raw
//   connection, SELECT of the snapshot and log rows, Y.applyUpdate of the same bytes in one
//   transaction. Ratio = store time / raw time. Measured on the uncompacted log and compacted.
// - compaction: compact() on the uncompacted file. Baseline: SELECT + replay into a fresh Y.Doc +
//   Y.encodeStateAsUpdate. Ratio = store time / baseline time.
import fs from 'node:fs'
import os from 'node:os'
import nodePath from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { WorkshopFile } from '../src/main/store/index.ts'

const STORIES = 3000
const EDITS = 30000
const REPEATS = 5
const SMALL_BATCH = 10
const SMALL_BATCH_UPDATES = 3000
const FIELDS = ['goal', 'benefit', 'role', 'votes', 'priority'] as const
const REMOTE = { peer: 'bench' }

const tmp = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'tavolo-bench-store-'))
let fileCounter = 0
const freshPath = (name: string): string => nodePath.join(tmp, `${name}-${fileCounter++}.tavolo`)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function time(fn: () => void): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

// Collect garbage before each measurement so that one run's garbage does not land in the next
// (also when started without --expose-gc, as `node bench/store.ts`).
v8.setFlagsFromString('--expose-gc')
const collect = vm.runInNewContext('gc') as () => void
function gc(): void {
  collect()
}

/** The workload: every update a workshop of 3,000 stories and 30,000 edits emits. */
function captureWorkload(): Uint8Array[] {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const stories = doc.getMap<Y.Map<unknown>>('stories')
  for (let i = 0; i < STORIES; i++) {
    doc.transact(() => {
      const story = new Y.Map<unknown>()
      story.set('role', `resident ${i % 17}`)
      story.set('goal', `a safer crossing near school ${i}`)
      story.set('benefit', 'children walk to school alone')
      story.set('votes', 0)
      story.set('priority', 'should')
      stories.set(`story-${i}`, story)
    })
  }
  let seed = 42
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }
  for (let e = 0; e < EDITS; e++) {
    doc.transact(() => {
      const story = stories.get(`story-${random(STORIES)}`)
      const field = FIELDS[random(FIELDS.length)] ?? 'goal'
      story?.set(field, field === 'votes' ? e : `${field} edit ${e}`)
    })
  }
  return updates
}

/** A real transaction object to pass along with emitted updates, as Yjs does. */
function someTransaction(doc: Y.Doc): Y.Transaction {
  let captured: Y.Transaction | undefined
  doc.transact((tr) => {
    captured = tr
  }, REMOTE)
  if (!captured) throw new Error('no transaction')
  return captured
}

function rawConnection(path: string): Database.Database {
  const db = new Database(path)
  db.pragma('locking_mode = EXCLUSIVE')
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(
    'CREATE TABLE IF NOT EXISTS update_log (id INTEGER PRIMARY KEY AUTOINCREMENT, "update" BLOB NOT NULL, created_at INTEGER NOT NULL)',
  )
  return db
}

function rawAppend(updates: Uint8Array[], batch: number): number {
  const db = rawConnection(freshPath('raw'))
  const insert = db.prepare('INSERT INTO update_log ("update", created_at) VALUES (?, ?)')
  const commit = db.transaction((rows: Uint8Array[]) => {
    const now = Date.now()
    for (const row of rows) insert.run(row, now)
  })
  const ms = time(() => {
    for (let i = 0; i < updates.length; i += batch) commit(updates.slice(i, i + batch))
  })
  db.close()
  return ms
}

/** Emits `updates` on a new store's document, committing every `batch`; returns ms and path. */
function storeAppend(updates: Uint8Array[], batch: number): { ms: number; path: string } {
  const path = freshPath('store')
  const file = WorkshopFile.create(path, new Y.Doc(), { compactThreshold: Infinity })
  const tr = someTransaction(file.doc)
  file.flush()
  const ms = time(() => {
    for (let i = 0; i < updates.length; i += batch) {
      const end = Math.min(i + batch, updates.length)
      for (let u = i; u < end; u++)
        file.doc.emit('update', [updates[u] ?? new Uint8Array(), REMOTE, file.doc, tr])
      file.flush()
    }
  })
  file.close()
  return { ms, path }
}

/** End to end, for context: Yjs integrating each update into the store's document, then commit. */
function storeApplyEndToEnd(updates: Uint8Array[]): number {
  const file = WorkshopFile.create(freshPath('e2e'), new Y.Doc(), { compactThreshold: Infinity })
  const ms = time(() => {
    for (const update of updates) Y.applyUpdate(file.doc, update, REMOTE)
    file.flush()
  })
  file.close()
  return ms
}

function rawOpen(path: string): number {
  return time(() => {
    const db = new Database(path, { readonly: true })
    const snapshot = db
      .prepare<[], { state: Buffer; covers: number }>(
        'SELECT state, covers_up_to AS covers FROM snapshots ORDER BY id DESC LIMIT 1',
      )
      .get()
    const rows = db
      .prepare<[number], { update: Buffer }>(
        'SELECT "update" FROM update_log WHERE id > ? ORDER BY id',
      )
      .all(snapshot?.covers ?? 0)
    const doc = new Y.Doc()
    Y.transact(doc, () => {
      if (snapshot) Y.applyUpdate(doc, snapshot.state)
      for (const row of rows) Y.applyUpdate(doc, row.update)
    })
    db.close()
  })
}

function storeOpen(path: string): number {
  let file: WorkshopFile | undefined
  const ms = time(() => {
    file = WorkshopFile.open(path)
  })
  file?.close()
  return ms
}

function rawReplayEncode(path: string): number {
  return time(() => {
    const db = new Database(path, { readonly: true })
    const snapshot = db
      .prepare<[], { state: Buffer; covers: number }>(
        'SELECT state, covers_up_to AS covers FROM snapshots ORDER BY id DESC LIMIT 1',
      )
      .get()
    const rows = db
      .prepare<[number], { update: Buffer }>(
        'SELECT "update" FROM update_log WHERE id > ? ORDER BY id',
      )
      .all(snapshot?.covers ?? 0)
    const doc = new Y.Doc()
    Y.transact(doc, () => {
      if (snapshot) Y.applyUpdate(doc, snapshot.state)
      for (const row of rows) Y.applyUpdate(doc, row.update)
    })
    Y.encodeStateAsUpdate(doc)
    Y.encodeStateVector(doc)
    db.close()
  })
}

function storeCompact(path: string): number {
  const file = WorkshopFile.open(path, { compactThreshold: Infinity })
  const ms = time(() => file.compact())
  file.close()
  return ms
}

function copyOf(path: string): string {
  const copy = freshPath('copy')
  fs.copyFileSync(path, copy)
  return copy
}

const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits

try {
  const updates = captureWorkload()
  const bytes = updates.reduce((sum, u) => sum + u.byteLength, 0)

  const appendRaw: number[] = []
  const appendStore: number[] = []
  const smallRaw: number[] = []
  const smallStore: number[] = []
  let uncompacted = ''
  for (let r = 0; r < REPEATS; r++) {
    gc()
    appendRaw.push(rawAppend(updates, updates.length))
    gc()
    const run = storeAppend(updates, updates.length)
    appendStore.push(run.ms)
    uncompacted = run.path
    const some = updates.slice(0, SMALL_BATCH_UPDATES)
    smallRaw.push(rawAppend(some, SMALL_BATCH))
    smallStore.push(storeAppend(some, SMALL_BATCH).ms)
  }
  const endToEnd = storeApplyEndToEnd(updates)

  const openRawLog: number[] = []
  const openStoreLog: number[] = []
  const compactRaw: number[] = []
  const compactStore: number[] = []
  const compacted = copyOf(uncompacted)
  for (let r = 0; r < REPEATS; r++) {
    gc()
    openRawLog.push(rawOpen(uncompacted))
    gc()
    openStoreLog.push(storeOpen(copyOf(uncompacted)))
    gc()
    compactRaw.push(rawReplayEncode(uncompacted))
    gc()
    compactStore.push(storeCompact(r === 0 ? compacted : copyOf(uncompacted)))
  }
  const openRawSnap: number[] = []
  const openStoreSnap: number[] = []
  for (let r = 0; r < REPEATS; r++) {
    gc()
    openRawSnap.push(rawOpen(compacted))
    gc()
    openStoreSnap.push(storeOpen(compacted))
  }

  const m = {
    appendRaw: median(appendRaw),
    appendStore: median(appendStore),
    smallRaw: median(smallRaw),
    smallStore: median(smallStore),
    openRawLog: median(openRawLog),
    openStoreLog: median(openStoreLog),
    openRawSnap: median(openRawSnap),
    openStoreSnap: median(openStoreSnap),
    compactRaw: median(compactRaw),
    compactStore: median(compactStore),
  }
  const ratios = {
    append: m.appendRaw / m.appendStore,
    appendSmallCommits: m.smallRaw / m.smallStore,
    openLog: m.openStoreLog / m.openRawLog,
    openCompacted: m.openStoreSnap / m.openRawSnap,
    compaction: m.compactStore / m.compactRaw,
  }
  const goals = {
    append: ratios.append >= 0.5 && ratios.appendSmallCommits >= 0.5,
    open: ratios.openLog <= 2 && ratios.openCompacted <= 2,
    compaction: ratios.compaction <= 1.5,
  }
  const perSec = (n: number, ms: number): string =>
    `${Math.round((n / ms) * 1000).toLocaleString('en')}/s`
  const rows: Array<[string, string, string, string, string]> = [
    ['measure', 'store ms', 'baseline ms', 'ratio', 'goal'],
    [
      `append ${updates.length} updates, one commit`,
      `${round(m.appendStore)} (${perSec(updates.length, m.appendStore)})`,
      `${round(m.appendRaw)} (${perSec(updates.length, m.appendRaw)})`,
      `${round(ratios.append, 2)}`,
      '>= 0.5',
    ],
    [
      `append ${SMALL_BATCH_UPDATES} updates, ${SMALL_BATCH} per commit`,
      `${round(m.smallStore)}`,
      `${round(m.smallRaw)}`,
      `${round(ratios.appendSmallCommits, 2)}`,
      '>= 0.5',
    ],
    [
      `open, log of ${updates.length} rows`,
      `${round(m.openStoreLog)}`,
      `${round(m.openRawLog)}`,
      `${round(ratios.openLog, 2)}`,
      '<= 2',
    ],
    [
      'open, compacted',
      `${round(m.openStoreSnap)}`,
      `${round(m.openRawSnap)}`,
      `${round(ratios.openCompacted, 2)}`,
      '<= 2',
    ],
    [
      `compaction of ${updates.length} rows`,
      `${round(m.compactStore)}`,
      `${round(m.compactRaw)}`,
      `${round(ratios.compaction, 2)}`,
      '<= 1.5',
    ],
    ['(context) Yjs apply + commit, end to end', `${round(endToEnd)}`, '', '', ''],
  ]
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0))) ?? []
  for (const row of rows)
    process.stdout.write(`${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ')}\n`)
  process.stdout.write(
    `workload: ${STORIES} stories, ${EDITS} edits, ${updates.length} updates, ${bytes} bytes; ` +
      `file ${fs.statSync(uncompacted).size} bytes uncompacted, ${fs.statSync(compacted).size} compacted\n`,
  )
  process.stdout.write(
    `${JSON.stringify({
      stories: STORIES,
      edits: EDITS,
      updates: updates.length,
      updateBytes: bytes,
      ms: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, round(v, 2)])),
      endToEndApplyAndCommitMs: round(endToEnd, 2),
      ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, round(v, 3)])),
      goals,
      ok: goals.append && goals.open && goals.compaction,
    })}\n`,
  )
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}
