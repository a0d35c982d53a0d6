// A field's local draft while someone types in it (the same rule as components/fields.tsx: a
// remote edit never yanks text from under the cursor, and only a finished value becomes a
// document update). `commit` may refuse the draft with a message: the draft then stays, marked
// invalid, with the message at the field, until it is fixed or Escape puts the stored value back.
import { useState, type KeyboardEvent } from 'react'

export interface Draft {
  text: string
  error: string | undefined
  onFocus: () => void
  onChange: (text: string) => void
  commit: () => void
  revert: () => void
  /** Enter commits (single-line fields), Escape reverts. */
  onKeyDown: (e: KeyboardEvent) => void
}

export function useDraft(
  stored: string,
  onCommit: (text: string) => string | undefined,
  options: { multiline?: boolean } = {},
): Draft {
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string | undefined>(undefined)
  const commit = () => {
    if (draft === null) return
    if (draft === stored) {
      setDraft(null)
      setError(undefined)
      return
    }
    const refused = onCommit(draft)
    setError(refused)
    if (refused === undefined) setDraft(null)
  }
  const revert = () => {
    setDraft(null)
    setError(undefined)
  }
  return {
    text: draft ?? stored,
    error,
    onFocus: () => setDraft((d) => d ?? stored),
    onChange: (text) => setDraft(text),
    commit,
    revert,
    onKeyDown: (e) => {
      if (e.key === 'Escape' && draft !== null && (draft !== stored || error !== undefined)) {
        e.preventDefault()
        e.stopPropagation()
        revert()
      } else if (
        e.key === 'Enter' &&
        (options.multiline !== true ? !e.shiftKey : e.ctrlKey || e.metaKey)
      ) {
        e.preventDefault()
        commit()
      }
    },
  }
}
