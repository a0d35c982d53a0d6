// Undo and redo per person: a Y.UndoManager over the workshop's root maps that tracks only
// LOCAL_ORIGIN transactions, so Ctrl+Z never takes back what someone else did (or an import, or
// a migration). A small store tells the toolbar whether there is anything to undo or redo.
import * as Y from 'yjs'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { ROOT } from '../../../shared/model/layout.ts'
import { LOCAL_ORIGIN } from '../../../shared/model/origins.ts'

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
}

export interface Undo {
  manager: Y.UndoManager
  state: StoreApi<UndoState>
  undo(): void
  redo(): void
  dispose(): void
}

/** Every root except `meta` (schema version bookkeeping is not a user's edit). */
const UNDOABLE_ROOTS = Object.values(ROOT).filter((name) => name !== ROOT.meta)

export function createUndo(doc: Y.Doc): Undo {
  const scope = UNDOABLE_ROOTS.map((name) => doc.getMap(name))
  const manager = new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 600,
  })
  const state = createStore<UndoState>(() => ({ canUndo: false, canRedo: false }))
  const refresh = () => state.setState({ canUndo: manager.canUndo(), canRedo: manager.canRedo() })
  manager.on('stack-item-added', refresh)
  manager.on('stack-item-popped', refresh)
  manager.on('stack-cleared', refresh)
  return {
    manager,
    state,
    undo: () => {
      manager.undo()
      refresh()
    },
    redo: () => {
      manager.redo()
      refresh()
    },
    dispose: () => manager.destroy(),
  }
}
