// This device's choice of UI language, if it made one (kept in localStorage, never in the
// workshop: a Greek participant may read the app in Greek while the workshop is in English).
import { create } from 'zustand'
import { matchLanguage, type LanguageTag } from '../../../shared/i18n/languages.ts'

const STORAGE_KEY = 'tavolo.language'

function saved(): LanguageTag | undefined {
  try {
    return matchLanguage(globalThis.localStorage?.getItem(STORAGE_KEY) ?? undefined)
  } catch {
    // Storage can be refused (locked-down browser profiles): no saved choice then.
    return undefined
  }
}

export const useLanguageChoice = create<{ chosen: LanguageTag | undefined }>(() => ({
  chosen: saved(),
}))

/** Undefined: follow the workshop's language (or, with no workshop open, the browser's). */
export function chooseLanguage(tag: LanguageTag | undefined): void {
  useLanguageChoice.setState({ chosen: tag })
  try {
    if (tag === undefined) globalThis.localStorage?.removeItem(STORAGE_KEY)
    else globalThis.localStorage?.setItem(STORAGE_KEY, tag)
  } catch {
    // Not remembered; the choice still holds for this page.
  }
}
