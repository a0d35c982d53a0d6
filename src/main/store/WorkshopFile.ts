// A workshop file opened for editing: a live Y.Doc whose every update is appended to the file's
// log (layout in schema.ts). Appends are batched per event-loop tick and acknowledged only after
// their transaction commits; past a threshold the log is compacted into a snapshot.
import crypto from 'node:crypto'
import fs from 'node:fs'
import nodePath from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { WorkshopFileError, asFileError, describe } from './errors.ts'
import { checkTarget, publish, removeQuietly, tempNameFor } from './files.ts'
import { docWorkshopInfo, writeNewFile } from './newFile.ts'
import { MERGE_ORIGIN, STORE_ORIGIN } from './origins.ts'
import { readWorkshopFile } from './readOnly.ts'
import {
  applyStored,
  explainFailure,
  readLogAfter,
  readMarks,
  readMeta,
  readNewestSnapshot,
  readStateSafely,
  readStoredState,
  validateConnection,
  type StoredMarks,
} from './readState.ts'
import type { MetaKey } from './schema.ts'

export { STORE_ORIGIN, MERGE_ORIGIN }

/** Log rows past which the log is compacted into a snapshot (y-indexeddb uses the same). */
export const DEFAULT_COMPACT_THRESHOLD = 500

export interface OpenOptions {
  /** Compact automatically once the log holds this many rows (Infinity: only when asked). */
  compactThreshold?: number
}

export interface CreateOptions extends OpenOptions {
  /** Defaults to the document's workshop id, else a new random id. */
  workshopId?: string
  /** Defaults to the document's workshop title, else the file name. */
  title?: string
}

export interface WorkshopFileInfo {
  path: string
  workshopId: string
  title: string
  /** ISO time the file was created. */
  created: string
  /** ISO time of the last compaction, null if never compacted. */
  lastCompaction: string | null
  fileVersion: number
  /** Size of the .tavolo file itself, and of its -wal file (0 after close). */
  sizeBytes: number
  walBytes: number
  logRows: number
  snapshots: number
  /** Updates emitted by the document and not yet committed. */
  pendingUpdates: number
}

export interface CompactionResult {
  /** Log rows folded into the new snapshot (0: nothing to do). */
  compactedRows: number
  snapshotBytes: number
  durationMs: number
}

export interface DurableEvent {
  /** Updates committed by this transaction. */
  updates: number
  /** Id of the last log row written. */
  lastLogId: number
}

interface Waiter {
  seq: number
  resolve: () => void
  reject: (error: WorkshopFileError) => void
}

const RETRY_AFTER_FAILED_WRITE_MS = 1000

// Files with updates possibly pending when the process exits: flushed synchronously then.
const openFiles = new Set<WorkshopFile>()
let exitHookInstalled = false
function trackOpen(file: WorkshopFile): void {
  openFiles.add(file)
  if (!exitHookInstalled) {
    exitHookInstalled = true
    process.on('exit', () => {
      for (const f of openFiles) f.flushQuietly()
    })
  }
}

/**
 * Opens the file for writing once its checks passed on a private copy. The exclusive lock mode
 * is set before the first read, so SQLite keeps its WAL index in memory (no -shm file) and no
 * other process can write the file behind the live document's back.
 */
function openWritable(path: string): { db: Database.Database; marks: StoredMarks } {
  let db: Database.Database | undefined
  try {
    db = new Database(path, { fileMustExist: true, timeout: 200 })
    db.pragma('locking_mode = EXCLUSIVE')
    const marks = readMarks(db) // the first read takes the lock: SQLITE_BUSY if someone has it
    validateConnection(db, path)
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
      throw new WorkshopFileError('READ_ONLY', path, `${path} cannot be switched to WAL mode.`)
    }
    // FULL, not NORMAL: in WAL mode NORMAL already survives a killed process (a commit sits in
    // the OS cache once written), but a power cut or OS crash can roll back the last commits -
    // and we have told peers those updates are safe. Workshops run on laptops on battery, so the
    // WAL is fsynced at every commit. Batching a tick's updates per commit keeps that cheap.
    db.pragma('synchronous = FULL')
    return { db, marks }
  } catch (error) {
    db?.close()
    throw asFileError(error, path, 'opening')
  }
}

export class WorkshopFile {
  readonly path: string
  readonly doc: Y.Doc
  private db: Database.Database | undefined
  private readonly compactThreshold: number
  private readonly insertUpdate: Database.Statement<[Uint8Array, number]>
  private readonly setMeta: Database.Statement<[MetaKey, string]>
  private readonly appendBatch: Database.Transaction<(batch: Uint8Array[]) => number>
  private meta: Partial<Record<MetaKey, string>>
  private logRows: number
  private pending: Uint8Array[] = []
  private queuedSeq = 0
  private durableSeq = 0
  private waiters: Waiter[] = []
  private flushTimer: NodeJS.Immediate | undefined
  private retryTimer: NodeJS.Timeout | undefined
  private compactTimer: NodeJS.Immediate | undefined
  private readonly durableListeners = new Set<(event: DurableEvent) => void>()
  private readonly errorListeners = new Set<(error: WorkshopFileError) => void>()

  private constructor(path: string, db: Database.Database, doc: Y.Doc, options: OpenOptions) {
    this.path = path
    this.db = db
    this.doc = doc
    this.compactThreshold = options.compactThreshold ?? DEFAULT_COMPACT_THRESHOLD
    this.meta = readMeta(db)
    this.logRows = readMarks(db).logRows
    this.insertUpdate = db.prepare('INSERT INTO update_log ("update", created_at) VALUES (?, ?)')
    this.setMeta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
    this.appendBatch = db.transaction((batch: Uint8Array[]) => {
      const now = Date.now()
      let lastId = 0
      for (const update of batch)
        lastId = Number(this.insertUpdate.run(update, now).lastInsertRowid)
      this.writeTitleIfChanged()
      return lastId
    })
    doc.on('update', this.onUpdate)
    trackOpen(this)
  }

  /** Creates a new workshop file holding `doc` (refuses an existing path) and opens it. */
  static create(path: string, doc: Y.Doc = new Y.Doc(), options: CreateOptions = {}): WorkshopFile {
    const abs = nodePath.resolve(path)
    const fromDoc = docWorkshopInfo(doc)
    writeNewFile(
      abs,
      doc,
      {
        workshopId: options.workshopId ?? fromDoc.id ?? crypto.randomUUID(),
        title: options.title ?? fromDoc.title ?? nodePath.basename(abs, nodePath.extname(abs)),
      },
      false,
    )
    const { db } = openWritable(abs)
    return new WorkshopFile(abs, db, doc, options)
  }

  /**
   * Opens an existing workshop file. Every check (header bytes, application id, file version,
   * tables, decoding every stored update) runs before anything could write; a file that fails
   * them is left byte-for-byte as it was.
   */
  static open(path: string, options: OpenOptions = {}): WorkshopFile {
    const abs = nodePath.resolve(path)
    const { facts, state, marks } = readStateSafely(abs)
    let doc = new Y.Doc()
    try {
      applyStored(doc, state.snapshot, state.log, STORE_ORIGIN, abs)
    } catch (error) {
      doc.destroy()
      throw explainFailure(error, abs, facts, 'opening')
    }
    const { db, marks: now } = openWritable(abs)
    if (!sameMarks(marks, now)) {
      // Written between the check and the lock (another process): load what is there now.
      try {
        doc.destroy()
        doc = new Y.Doc()
        const fresh = db.transaction(() => readStoredState(db, abs))()
        applyStored(doc, fresh.snapshot, fresh.log, STORE_ORIGIN, abs)
      } catch (error) {
        db.close()
        throw asFileError(error, abs, 'opening')
      }
    }
    return new WorkshopFile(abs, db, doc, options)
  }

  /** The origin of the store's own transactions; updates with it are not persisted. */
  get origin(): symbol {
    return STORE_ORIGIN
  }

  get closed(): boolean {
    return this.db === undefined
  }

  get pendingUpdates(): number {
    return this.pending.length
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORE_ORIGIN || this.db === undefined) return
    this.pending.push(update)
    this.queuedSeq += 1
    this.flushTimer ??= setImmediate(() => {
      this.flushTimer = undefined
      this.flushInBackground()
    })
  }

  /**
   * Commits every pending update in one transaction and returns how many it wrote. Throws a
   * WorkshopFileError (WRITE_FAILED, ...) if the commit fails; the updates then stay pending.
   */
  flush(): number {
    this.requireOpen()
    if (this.flushTimer) {
      clearImmediate(this.flushTimer)
      this.flushTimer = undefined
    }
    if (this.pending.length === 0) return 0
    const batch = this.pending
    const upTo = this.queuedSeq
    let lastLogId: number
    try {
      lastLogId = this.appendBatch.immediate(batch)
    } catch (error) {
      const failure = asFileError(error, this.path, `saving ${batch.length} changes`)
      this.rejectWaiters(failure)
      throw failure
    }
    this.pending = []
    this.durableSeq = upTo
    this.logRows += batch.length
    this.resolveWaiters()
    for (const listener of this.durableListeners) {
      try {
        listener({ updates: batch.length, lastLogId })
      } catch (error) {
        // The commit stands; a failing listener must not make it look failed.
        process.stderr.write(`Tavolo: an onDurable listener failed: ${describe(error)}\n`)
      }
    }
    if (this.logRows >= this.compactThreshold) this.scheduleCompaction()
    return batch.length
  }

  /**
   * Resolves once every update the document has emitted so far is committed (at once if none is
   * pending); rejects if the commit fails. A host acknowledges a peer's update after this.
   */
  whenDurable(): Promise<void> {
    if (this.pending.length === 0 && this.durableSeq >= this.queuedSeq) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.waiters.push({ seq: this.queuedSeq, resolve, reject })
    })
  }

  /** Called after each commit of updates. Returns an unsubscribe function. */
  onDurable(listener: (event: DurableEvent) => void): () => void {
    this.durableListeners.add(listener)
    return () => this.durableListeners.delete(listener)
  }

  /** Called when a background commit or compaction fails (pending updates are retried). */
  onError(listener: (error: WorkshopFileError) => void): () => void {
    this.errorListeners.add(listener)
    return () => this.errorListeners.delete(listener)
  }

  /**
   * Replays the newest snapshot and the log into a fresh Y.Doc, writes its full state as a new
   * snapshot and deletes the rows it covers and the older snapshots, all in one transaction: a
   * crash leaves either the old or the new layout, both complete. Pending updates are flushed
   * first, so no snapshot is written while updates wait.
   */
  compact(): CompactionResult {
    const db = this.requireOpen()
    this.flush()
    if (this.compactTimer) {
      clearImmediate(this.compactTimer)
      this.compactTimer = undefined
    }
    const started = performance.now()
    let result: { compactedRows: number; snapshotBytes: number }
    try {
      result = db
        .transaction(() => {
          const snapshot = readNewestSnapshot(db)
          const rows = readLogAfter(db, snapshot?.coversUpTo ?? 0)
          if (snapshot && rows.length === 0) {
            return { compactedRows: 0, snapshotBytes: snapshot.state.byteLength }
          }
          const replay = new Y.Doc()
          applyStored(replay, snapshot, rows, STORE_ORIGIN, this.path)
          const state = Y.encodeStateAsUpdate(replay)
          const stateVector = Y.encodeStateVector(replay)
          replay.destroy()
          const coversUpTo = rows.at(-1)?.id ?? snapshot?.coversUpTo ?? 0
          const now = Date.now()
          const inserted = db
            .prepare(
              'INSERT INTO snapshots (state, state_vector, covers_up_to, created_at) VALUES (?, ?, ?, ?)',
            )
            .run(state, stateVector, coversUpTo, now)
          db.prepare('DELETE FROM update_log WHERE id <= ?').run(coversUpTo)
          db.prepare('DELETE FROM snapshots WHERE id < ?').run(inserted.lastInsertRowid)
          this.setMeta.run('last_compaction', new Date(now).toISOString())
          this.writeTitleIfChanged()
          return { compactedRows: rows.length, snapshotBytes: state.byteLength }
        })
        .immediate()
    } catch (error) {
      throw asFileError(error, this.path, 'compacting')
    }
    this.meta = readMeta(db)
    this.logRows = readMarks(db).logRows
    return { ...result, durationMs: performance.now() - started }
  }

  /**
   * Writes a complete, compact copy of the workshop to `target` (save-as, backup). Refuses an
   * existing file unless `overwrite`; the copy appears whole or not at all.
   */
  backupTo(target: string, options: { overwrite?: boolean } = {}): void {
    const db = this.requireOpen()
    this.flush()
    const abs = nodePath.resolve(target)
    if (abs === this.path) {
      throw new WorkshopFileError(
        'SAME_FILE',
        abs,
        `Cannot back up ${abs} onto itself; choose another name.`,
      )
    }
    const overwrite = options.overwrite ?? false
    checkTarget(abs, overwrite)
    const temp = tempNameFor(abs, 'backup')
    try {
      db.prepare('VACUUM INTO ?').run(temp)
    } catch (error) {
      removeQuietly(temp)
      throw asFileError(error, abs, 'writing the backup')
    }
    publish(temp, abs, overwrite)
  }

  /**
   * Folds another copy of this workshop (edited apart, e.g. by a break-out group offline) into
   * the live document; the merged result is persisted like any other edit. The other file is
   * only read. Copies of a different workshop are refused unless `force`.
   */
  mergeFrom(otherPath: string, options: { force?: boolean } = {}): void {
    this.requireOpen()
    const abs = nodePath.resolve(otherPath)
    if (abs === this.path) {
      throw new WorkshopFileError(
        'SAME_FILE',
        abs,
        `${abs} is this workshop itself; choose another copy.`,
      )
    }
    const other = readWorkshopFile(abs)
    try {
      const ours = this.meta.workshop_id ?? ''
      if (ours !== other.workshopId && !options.force) {
        throw differentWorkshops(this.path, this.meta, abs, {
          workshop_id: other.workshopId,
          title: other.title,
        })
      }
      const missing = Y.encodeStateAsUpdate(other.doc, Y.encodeStateVector(this.doc))
      Y.applyUpdate(this.doc, missing, MERGE_ORIGIN)
    } finally {
      other.doc.destroy()
    }
    this.flush()
  }

  info(): WorkshopFileInfo {
    const db = this.requireOpen()
    const counts = db
      .prepare<[], { logRows: number; snapshots: number }>(
        'SELECT (SELECT count(*) FROM update_log) AS logRows, (SELECT count(*) FROM snapshots) AS snapshots',
      )
      .get()
    return {
      path: this.path,
      workshopId: this.meta.workshop_id ?? '',
      title: this.meta.title ?? '',
      created: this.meta.created ?? '',
      lastCompaction: this.meta.last_compaction || null,
      fileVersion: Number(db.pragma('user_version', { simple: true })),
      sizeBytes: fileSize(this.path),
      walBytes: fileSize(`${this.path}-wal`),
      logRows: counts?.logRows ?? 0,
      snapshots: counts?.snapshots ?? 0,
      pendingUpdates: this.pending.length,
    }
  }

  /**
   * Commits pending updates, folds the WAL into the file (so the .tavolo file alone is complete
   * when copied or mailed) and closes. If the last commit fails it throws and stays open, so
   * nothing is silently lost. Closing twice is harmless.
   */
  close(): void {
    const db = this.db
    if (!db) return
    this.flush()
    this.doc.off('update', this.onUpdate)
    for (const timer of [this.flushTimer, this.compactTimer]) if (timer) clearImmediate(timer)
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.flushTimer = this.compactTimer = this.retryTimer = undefined
    try {
      db.pragma('incremental_vacuum') // return pages freed by compactions (auto_vacuum mode)
      db.pragma('wal_checkpoint(TRUNCATE)')
    } catch {
      // closing checkpoints again; a failure here leaves a -wal that the next open replays
    }
    db.close()
    this.db = undefined
    openFiles.delete(this)
  }

  /** For the exit hook: commit what is pending, never throw. */
  flushQuietly(): void {
    try {
      if (this.db && this.pending.length > 0) this.flush()
    } catch (error) {
      process.stderr.write(`Tavolo: unsaved changes to ${this.path}: ${describe(error)}\n`)
    }
  }

  private flushInBackground(): void {
    if (!this.db) return
    try {
      this.flush()
    } catch (error) {
      this.report(asFileError(error, this.path, 'saving changes'))
      this.retryTimer ??= setTimeout(() => {
        this.retryTimer = undefined
        this.flushInBackground()
      }, RETRY_AFTER_FAILED_WRITE_MS)
    }
  }

  private scheduleCompaction(): void {
    // After the current tick, so that acknowledgements of this commit go out first.
    this.compactTimer ??= setImmediate(() => {
      this.compactTimer = undefined
      if (!this.db) return
      try {
        this.compact()
      } catch (error) {
        this.report(asFileError(error, this.path, 'compacting'))
      }
    })
  }

  private report(error: WorkshopFileError): void {
    if (this.errorListeners.size === 0) {
      process.stderr.write(`Tavolo: ${error.message}\n`)
      return
    }
    for (const listener of this.errorListeners) listener(error)
  }

  private resolveWaiters(): void {
    const still: Waiter[] = []
    for (const w of this.waiters) {
      if (w.seq <= this.durableSeq) w.resolve()
      else still.push(w)
    }
    this.waiters = still
  }

  private rejectWaiters(error: WorkshopFileError): void {
    const waiters = this.waiters
    this.waiters = []
    for (const w of waiters) w.reject(error)
  }

  /** Keeps meta.title equal to the document's title; runs inside the caller's transaction. */
  private writeTitleIfChanged(): void {
    const { title } = docWorkshopInfo(this.doc)
    if (title !== undefined && title !== this.meta.title) {
      this.setMeta.run('title', title)
      this.meta.title = title
    }
  }

  private requireOpen(): Database.Database {
    if (!this.db) {
      throw new WorkshopFileError('CLOSED', this.path, `${this.path} was already closed.`)
    }
    return this.db
  }
}

function sameMarks(a: StoredMarks, b: StoredMarks): boolean {
  return a.maxLogId === b.maxLogId && a.maxSnapshotId === b.maxSnapshotId && a.logRows === b.logRows
}

function fileSize(path: string): number {
  try {
    return fs.statSync(path).size
  } catch {
    return 0
  }
}

export function differentWorkshops(
  pathA: string,
  metaA: Partial<Record<MetaKey, string>>,
  pathB: string,
  metaB: Partial<Record<MetaKey, string>>,
): WorkshopFileError {
  const name = (m: Partial<Record<MetaKey, string>>): string =>
    `"${m.title ?? ''}" (id ${m.workshop_id ?? 'none'})`
  return new WorkshopFileError(
    'DIFFERENT_WORKSHOP',
    pathB,
    `${pathA} holds workshop ${name(metaA)} but ${pathB} holds ${name(metaB)}: these are ` +
      'different workshops, not copies of one. Merge them only if you are sure (force).',
  )
}
