// Writing a complete new workshop file (create, merge output): schema, meta and a first
// snapshot of the document in one transaction, under a temporary name, then published.
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import { asFileError } from './errors.ts'
import { checkTarget, publish, removeQuietly, tempNameFor } from './files.ts'
import { FILE_VERSION, createSchema, type MetaKey } from './schema.ts'

export interface NewFileMeta {
  workshopId: string
  title: string
}

export function writeNewFile(
  target: string,
  doc: Y.Doc,
  meta: NewFileMeta,
  overwrite: boolean,
): void {
  checkTarget(target, overwrite)
  const temp = tempNameFor(target, 'new')
  let db: Database.Database | undefined
  try {
    db = new Database(temp)
    const conn = db
    const now = Date.now()
    // Pages freed by compaction are handed back to the file system when the file is closed
    // (incremental_vacuum), so a file that is mailed carries no dead space. Must precede tables.
    conn.pragma('auto_vacuum = INCREMENTAL')
    conn.transaction(() => {
      createSchema(conn)
      const values: Record<MetaKey, string> = {
        workshop_id: meta.workshopId,
        title: meta.title,
        created: new Date(now).toISOString(),
        last_compaction: '',
        created_by: `Tavolo store ${FILE_VERSION}`,
      }
      const insertMeta = conn.prepare('INSERT INTO meta (key, value) VALUES (?, ?)')
      for (const [key, value] of Object.entries(values)) insertMeta.run(key, value)
      conn
        .prepare(
          'INSERT INTO snapshots (state, state_vector, covers_up_to, created_at) VALUES (?, ?, 0, ?)',
        )
        .run(Y.encodeStateAsUpdate(doc), Y.encodeStateVector(doc), now)
    })()
    // Switched after the content is in: the header then says WAL, and closing removes the -wal.
    conn.pragma('journal_mode = WAL')
    conn.close()
    db = undefined
    publish(temp, target, overwrite)
  } catch (error) {
    db?.close()
    removeQuietly(temp)
    throw asFileError(error, target, 'creating it')
  }
}

/** The workshop's id and title as the document holds them (`workshop` map), if it does. */
export function docWorkshopInfo(doc: Y.Doc): { id?: string; title?: string } {
  if (!doc.share.has('workshop')) return {}
  try {
    const map = doc.getMap<unknown>('workshop')
    const id = map.get('id')
    const title = map.get('title')
    return {
      ...(typeof id === 'string' && id !== '' ? { id } : {}),
      ...(typeof title === 'string' ? { title } : {}),
    }
  } catch {
    return {} // 'workshop' is some other kind of shared type: not a Tavolo document
  }
}
