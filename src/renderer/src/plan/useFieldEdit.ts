// Runs a model mutation for a plan field. A refusal comes back as its message, shown at the
// field (not as a toast far from it); anything else is a bug and is thrown.
import { useCallback } from 'react'
import type * as Y from 'yjs'
import { ModelError } from '../../../shared/model/errors.ts'
import { useOpenWorkshop } from '../doc/context.tsx'

export function useFieldEdit(): (fn: (doc: Y.Doc) => void) => string | undefined {
  const { doc } = useOpenWorkshop()
  return useCallback(
    (fn: (doc: Y.Doc) => void) => {
      try {
        fn(doc)
        return undefined
      } catch (err) {
        if (err instanceof ModelError) return err.message
        throw err
      }
    },
    [doc],
  )
}
