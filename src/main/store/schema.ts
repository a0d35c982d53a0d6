// Layout of a workshop file, NAME.tavolo: one SQLite database (WAL mode) holding one Yjs document.
//
// Header fields (the first 100 bytes of the file, readable without SQLite):
//   application_id = 0x54564C4F ('TVLO')  marks the file as a Tavolo workshop
//   user_version   = FILE_VERSION         the layout version below; a newer one is refused
//   auto_vacuum    = INCREMENTAL          pages freed by compaction are released on close
//
// Tables:
//   update_log(id INTEGER PRIMARY KEY AUTOINCREMENT, "update" BLOB, created_at INTEGER)
//     One row per update the document emitted (Yjs update v1 encoding), appended in commit
//     order; created_at is Unix time in milliseconds. Rows are never changed, only deleted by
//     a compaction, in the same transaction that writes a snapshot covering them. AUTOINCREMENT
//     keeps ids growing after the log is emptied, so `id > covers_up_to` always means "newer".
//   snapshots(id INTEGER PRIMARY KEY AUTOINCREMENT, state BLOB, state_vector BLOB,
//             covers_up_to INTEGER, created_at INTEGER)
//     The whole document as one update (Y.encodeStateAsUpdate of a replay of the previous
//     snapshot plus the log), its state vector (Y.encodeStateVector), and the id of the last
//     log row it includes. A new file starts with snapshot 1 (covers_up_to = 0); compaction
//     keeps only the newest snapshot.
//   meta(key TEXT PRIMARY KEY, value TEXT)
//     workshop_id      id of the workshop; copies of one workshop share it (merge checks it)
//     title            the workshop's title when the file was last compacted or closed
//     created          ISO time the file was created
//     last_compaction  ISO time of the last compaction, '' if none yet
//     created_by       'Tavolo store FILE_VERSION', for people reading the file by hand
//
// The document is: newest snapshot, then every log row with id > its covers_up_to, applied in
// id order.
import type Database from 'better-sqlite3'

export const APPLICATION_ID = 0x54564c4f
export const FILE_VERSION = 1
export const SQLITE_MAGIC = 'SQLite format 3\0'

export const META_KEYS = [
  'workshop_id',
  'title',
  'created',
  'last_compaction',
  'created_by',
] as const
export type MetaKey = (typeof META_KEYS)[number]

const CREATE_TABLES = `
  CREATE TABLE update_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    "update" BLOB NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    state BLOB NOT NULL,
    state_vector BLOB NOT NULL,
    covers_up_to INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
`

/** Tables and the columns the store reads; an existing file must have at least these. */
export const REQUIRED_COLUMNS: Record<string, readonly string[]> = {
  update_log: ['id', 'update', 'created_at'],
  snapshots: ['id', 'state', 'state_vector', 'covers_up_to', 'created_at'],
  meta: ['key', 'value'],
}

/** Writes the header fields and creates the tables, inside the caller's transaction. */
export function createSchema(db: Database.Database): void {
  db.pragma(`application_id = ${APPLICATION_ID}`)
  db.pragma(`user_version = ${FILE_VERSION}`)
  db.exec(CREATE_TABLES)
}
