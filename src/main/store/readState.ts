// Reading a workshop file's stored state, and doing it without writing a byte: the checks and
// the first read happen on a private copy (in memory, or in a temporary folder when a -wal file
// holds committed changes), never on the file itself.
import fs from 'node:fs'
import os from 'node:os'
import nodePath from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { WorkshopFileError, asFileError, lockedError, sqliteCode } from './errors.ts'
import { checkHeader, checkVersion, hex, type HeaderFacts } from './header.ts'
import { APPLICATION_ID, REQUIRED_COLUMNS, type MetaKey } from './schema.ts'

export interface StoredSnapshot {
  id: number
  state: Uint8Array
  coversUpTo: number
}

export interface StoredRow {
  id: number
  update: Uint8Array
}

export interface StoredState {
  fileVersion: number
  snapshot: StoredSnapshot | undefined
  /** Log rows newer than the snapshot, in id order. */
  log: StoredRow[]
  snapshotCount: number
  meta: Partial<Record<MetaKey, string>>
}

/** How far a file has got: equal marks mean nothing was written in between. */
export interface StoredMarks {
  maxLogId: number
  maxSnapshotId: number
  logRows: number
}

/** Checks the header fields and tables on an open connection (its view includes the WAL). */
export function validateConnection(db: Database.Database, path: string): number {
  const applicationId = Number(db.pragma('application_id', { simple: true }))
  if (applicationId !== APPLICATION_ID) {
    throw new WorkshopFileError(
      'FOREIGN',
      path,
      `${path} is a SQLite database of another program, not a Tavolo workshop (application id ` +
        `${hex(applicationId)}).`,
    )
  }
  const userVersion = Number(db.pragma('user_version', { simple: true }))
  checkVersion(path, userVersion)
  for (const [table, columns] of Object.entries(REQUIRED_COLUMNS)) {
    const present = new Set(
      db
        .prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)')
        .all(table)
        .map((c) => c.name),
    )
    const missing = columns.filter((c) => !present.has(c))
    if (missing.length > 0) {
      const what =
        present.size === 0
          ? `its table "${table}" is missing`
          : `table "${table}" lacks ${missing.join(', ')}`
      throw new WorkshopFileError('CORRUPT', path, `${path} is damaged: ${what}.`)
    }
  }
  return userVersion
}

export function readMarks(db: Database.Database): StoredMarks {
  const row = db
    .prepare<[], { maxLogId: number | null; maxSnapshotId: number | null; logRows: number }>(
      `SELECT (SELECT max(id) FROM update_log) AS maxLogId,
              (SELECT max(id) FROM snapshots) AS maxSnapshotId,
              (SELECT count(*) FROM update_log) AS logRows`,
    )
    .get()
  return {
    maxLogId: row?.maxLogId ?? 0,
    maxSnapshotId: row?.maxSnapshotId ?? 0,
    logRows: row?.logRows ?? 0,
  }
}

export function readMeta(db: Database.Database): Partial<Record<MetaKey, string>> {
  const meta: Partial<Record<MetaKey, string>> = {}
  for (const row of db
    .prepare<[], { key: MetaKey; value: string }>('SELECT key, value FROM meta')
    .all()) {
    meta[row.key] = row.value
  }
  return meta
}

export function readNewestSnapshot(db: Database.Database): StoredSnapshot | undefined {
  return db
    .prepare<[], StoredSnapshot>(
      'SELECT id, state, covers_up_to AS coversUpTo FROM snapshots ORDER BY id DESC LIMIT 1',
    )
    .get()
}

export function readLogAfter(db: Database.Database, afterId: number): StoredRow[] {
  return db
    .prepare<[number], StoredRow>('SELECT id, "update" FROM update_log WHERE id > ? ORDER BY id')
    .all(afterId)
}

/** Everything needed to rebuild the document; call inside a read transaction for consistency. */
export function readStoredState(db: Database.Database, path: string): StoredState {
  const fileVersion = validateConnection(db, path)
  const snapshot = readNewestSnapshot(db)
  const log = readLogAfter(db, snapshot?.coversUpTo ?? 0)
  const snapshotCount =
    db.prepare<[], { n: number }>('SELECT count(*) AS n FROM snapshots').get()?.n ?? 0
  return { fileVersion, snapshot, log, snapshotCount, meta: readMeta(db) }
}

/**
 * Applies a snapshot and the log rows after it to `doc` in one transaction with the given origin
 * (the store's own, so loading is not persisted again). A row Yjs cannot decode means damage.
 */
export function applyStored(
  doc: Y.Doc,
  snapshot: StoredSnapshot | undefined,
  log: readonly StoredRow[],
  origin: unknown,
  path: string,
): void {
  Y.transact(
    doc,
    () => {
      if (snapshot) applyOrFail(doc, snapshot.state, path, `snapshot ${snapshot.id}`)
      for (const row of log) applyOrFail(doc, row.update, path, `update ${row.id}`)
    },
    origin,
  )
}

function applyOrFail(doc: Y.Doc, update: Uint8Array, path: string, what: string): void {
  try {
    Y.applyUpdate(doc, update)
  } catch (error) {
    throw new WorkshopFileError(
      'CORRUPT',
      path,
      `${path} is damaged: its ${what} cannot be read as a Yjs update (${String(error)}).`,
      { cause: error },
    )
  }
}

/** Deletes a -shm file this process caused, if it was not there before. */
function removeIfNew(file: string, existedBefore: boolean): void {
  if (existedBefore) return
  try {
    fs.unlinkSync(file)
  } catch {
    // not created, nothing to tidy
  }
}

/**
 * True when another connection holds the file (another Tavolo keeps it locked exclusively).
 * A read-only SQLite connection is the only portable probe; it may create a -shm file when the
 * file is free, which is removed again (Tavolo never uses -shm: it locks files exclusively).
 */
export function isLockedByAnother(path: string): boolean {
  const shm = `${path}-shm`
  const shmBefore = fs.existsSync(shm)
  const walBefore = fs.existsSync(`${path}-wal`)
  let db: Database.Database | undefined
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 50 })
    db.prepare('SELECT count(*) FROM sqlite_master').get()
    return false
  } catch (error) {
    const code = sqliteCode(error) ?? ''
    return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
  } finally {
    db?.close()
    removeIfNew(shm, shmBefore)
    if (!walBefore) removeIfNew(`${path}-wal`, false)
  }
}

/**
 * The error to report for a failed read: a copy taken while another Tavolo was writing the file
 * can look damaged, so "damaged" is said only after checking that nobody holds the file.
 */
export function explainFailure(
  error: unknown,
  path: string,
  facts: HeaderFacts,
  doing: string,
): WorkshopFileError {
  const fileError = asFileError(error, path, doing)
  if (fileError.code === 'CORRUPT' && facts.walExists && isLockedByAnother(path)) {
    return lockedError(path, doing, { cause: error })
  }
  return fileError
}

/**
 * Runs `read` on a private read-only copy of the file after the header checks passed. A file
 * without committed WAL pages is copied into memory (its header's WAL flag cleared in the copy,
 * since an in-memory database cannot use a WAL); otherwise the file and its -wal are copied into a
 * temporary folder so that SQLite's recovery runs on the copy.
 */
export function withPrivateCopy<T>(
  path: string,
  facts: HeaderFacts,
  read: (db: Database.Database) => T,
): T {
  let db: Database.Database | undefined
  let tempDir: string | undefined
  try {
    if (facts.walBytes === 0) {
      const bytes = fs.readFileSync(path)
      if (bytes[18] === 2) bytes[18] = 1
      if (bytes[19] === 2) bytes[19] = 1
      db = new Database(bytes, { readonly: true })
    } else {
      tempDir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'tavolo-open-'))
      const copy = nodePath.join(tempDir, 'copy.tavolo')
      fs.copyFileSync(path, copy)
      fs.copyFileSync(`${path}-wal`, `${copy}-wal`)
      db = new Database(copy, { fileMustExist: true })
    }
    const conn = db
    return conn.transaction(() => read(conn))()
  } catch (error) {
    throw explainFailure(error, path, facts, 'opening')
  } finally {
    db?.close()
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true })
  }
}

/** Reads a workshop file's state without changing it (header checks, then a private copy). */
export function readStateSafely(path: string): {
  facts: HeaderFacts
  state: StoredState
  marks: StoredMarks
} {
  const facts = checkHeader(path)
  return withPrivateCopy(path, facts, (db) => ({
    facts,
    state: readStoredState(db, path),
    marks: readMarks(db),
  }))
}
