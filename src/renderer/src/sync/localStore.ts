// A browser participant's own copy of the workshop: the Y.Doc persisted in IndexedDB (y-indexeddb,
// one database per workshop), so a reload, a closed tab or a lost connection loses nothing, and
// edits made offline merge when the host or a peer is back. Where IndexedDB is unavailable
// (some private modes, storage disabled) the copy lives only in the tab, and the status says so.
import { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'

export function localDatabaseName(workshopId: string): string {
  return `tavolo-workshop-${workshopId}`
}

export interface LocalCopy {
  /** Resolves true once the stored copy is loaded into the doc, false if there is no storage. */
  ready: Promise<boolean>
  /** False once storage turned out to be unavailable. */
  readonly kept: boolean
  dispose(): void
}

export function keepLocalCopy(workshopId: string, doc: Y.Doc): LocalCopy {
  if (typeof indexedDB === 'undefined')
    return { ready: Promise.resolve(false), kept: false, dispose: () => {} }
  let kept = true
  let persistence: IndexeddbPersistence
  try {
    persistence = new IndexeddbPersistence(localDatabaseName(workshopId), doc)
  } catch {
    return { ready: Promise.resolve(false), kept: false, dispose: () => {} }
  }
  const failed = persistence._db.then(
    () => new Promise<never>(() => {}),
    () => {
      kept = false
      return false
    },
  )
  const ready = Promise.race([persistence.whenSynced.then(() => true), failed])
  return {
    ready,
    get kept() {
      return kept
    },
    dispose: () => {
      void persistence.destroy()
    },
  }
}
