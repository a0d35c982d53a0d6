// The zustand store that mirrors the Y.Doc for React. The document is the only source of truth:
// this store is rebuilt from the document's update events and is never written by the UI
// directly (edits go through the model's mutations, whose updates come back here).
import type * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { projectWorkshop, touchedRoots, type WorkshopSnapshot } from './projection.ts'

export interface WorkshopState extends WorkshopSnapshot {
  /** Number of projections so far (for tests and diagnostics). */
  revision: number
}

export interface WorkshopStore {
  store: StoreApi<WorkshopState>
  /** Stops following the document. */
  dispose(): void
}

export function createWorkshopStore(doc: Y.Doc): WorkshopStore {
  const store = createStore<WorkshopState>(() => ({ ...projectWorkshop(doc), revision: 0 }))
  const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => {
    const prev = store.getState()
    const next = projectWorkshop(doc, prev, touchedRoots(doc, tr))
    store.setState({ ...next, revision: prev.revision + 1 })
  }
  doc.on('update', onUpdate)
  return { store, dispose: () => doc.off('update', onUpdate) }
}
