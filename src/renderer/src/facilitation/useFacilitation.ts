// React access to facilitation: the store of the open workshop's session, whether this person
// facilitates, and `useSessionAct()` to run a session action with a refusal shown politely.
import { useCallback } from 'react'
import type * as Y from 'yjs'
import { useStore } from 'zustand'
import { ModelError } from '../../../shared/model/errors.ts'
import { notify } from '../app/notices.ts'
import { useOpenWorkshop } from '../doc/context.tsx'
import { modelRefusal } from './refusals.ts'
import {
  facilitationOf,
  type FacilitationRuntime,
  type FacilitationView,
} from './sessionRuntime.ts'

export function useFacilitationRuntime(): FacilitationRuntime {
  return facilitationOf(useOpenWorkshop())
}

export function useFacilitation<T>(selector: (view: FacilitationView) => T): T {
  return useStore(useFacilitationRuntime().store, selector)
}

/** The owner or a co-facilitator (the UI offers facilitation controls to them only). */
export function useIsFacilitator(): boolean {
  return useFacilitation((v) => v.session.role !== 'participant')
}

/** Runs a session action; a refusal (ModelError) becomes a polite notice, not a crash. */
export function useSessionAct(): <R>(fn: (doc: Y.Doc) => R) => R | undefined {
  const { doc } = useFacilitationRuntime()
  return useCallback(
    <R>(fn: (doc: Y.Doc) => R): R | undefined => {
      try {
        return fn(doc)
      } catch (err) {
        if (err instanceof ModelError) {
          notify(modelRefusal(err))
          return undefined
        }
        throw err
      }
    },
    [doc],
  )
}
