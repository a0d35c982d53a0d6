// React access to the open workshop: `useWorkshop(selector)` reads the projection, `useEdit()`
// runs a model mutation and reports a refused one instead of throwing into React.
import { createContext, useCallback, useContext } from 'react'
import type * as Y from 'yjs'
import { useStore } from 'zustand'
import { ModelError } from '../../../shared/model/errors.ts'
import { assertBoardEditable } from '../../../shared/model/session/control.ts'
import { EditScope } from '../facilitation/editScope.ts'
import { modelRefusal } from '../facilitation/refusals.ts'
import { notify } from '../app/notices.ts'
import type { OpenWorkshop } from './openWorkshop.ts'
import type { WorkshopState } from './workshopStore.ts'
import type { UndoState } from './undo.ts'
import type { ConnectionState } from '../sync/connect.ts'

export const WorkshopContext = createContext<OpenWorkshop | null>(null)

export function useOpenWorkshop(): OpenWorkshop {
  const open = useContext(WorkshopContext)
  if (open === null) throw new Error('useOpenWorkshop outside a workshop')
  return open
}

export function useWorkshop<T>(selector: (state: WorkshopState) => T): T {
  return useStore(useOpenWorkshop().workshop.store, selector)
}

export function useUndoState<T>(selector: (state: UndoState) => T): T {
  return useStore(useOpenWorkshop().undo.state, selector)
}

export function useConnection<T>(selector: (state: ConnectionState) => T): T {
  return useStore(useOpenWorkshop().connection.state, selector)
}

/** Runs `fn(doc)`; a refused edit (ModelError) becomes a notice, not a crash. */
export function useEdit(): <R>(fn: (doc: Y.Doc) => R) => R | undefined {
  const { doc } = useOpenWorkshop()
  // Inside a board's view, its lock is checked first (the facilitator may have locked it).
  const boardId = useContext(EditScope)
  return useCallback(
    <R,>(fn: (doc: Y.Doc) => R): R | undefined => {
      try {
        if (boardId !== null) assertBoardEditable(doc, boardId)
        return fn(doc)
      } catch (err) {
        if (err instanceof ModelError) {
          if (err.field === 'boardId' && boardId !== null && /locked/.test(err.message)) {
            notify(modelRefusal(err))
            return undefined
          }
          notify({ kind: 'error', key: 'error.edit', vars: { message: err.message } })
          return undefined
        }
        throw err
      }
    },
    [doc, boardId],
  )
}
