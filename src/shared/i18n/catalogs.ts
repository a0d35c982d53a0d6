// The UI catalogs and how the UI language is chosen: this device's choice when it made one, else
// the workshop's language when Tavolo speaks it (exact tag, then its primary subtag), else
// English. A key a catalog lacks falls back to English (tests keep every catalog complete).
import { en, type UiKey } from './en/ui.ts'
import { matchLanguage, type LanguageTag } from './languages.ts'
import { formatMessage, type Message, type Vars } from './translate.ts'
import { de } from './de/ui.ts'
import { el } from './el/ui.ts'
import { es } from './es/ui.ts'
import { fr } from './fr/ui.ts'
import { hu } from './hu/ui.ts'
import { it } from './it/ui.ts'
import { nl } from './nl/ui.ts'
import { pl } from './pl/ui.ts'
import { pt } from './pt/ui.ts'
import { ro } from './ro/ui.ts'

export type Catalog = Partial<Record<UiKey, Message>>

export const uiCatalogs: Readonly<Record<LanguageTag, Catalog>> = {
  en,
  nl,
  fr,
  de,
  it,
  es,
  pt,
  pl,
  el,
  hu,
  ro,
}

/** The UI language: `chosen` (this device's setting) first, then the workshop's, then English. */
export function pickUiLanguage(workshopLanguage: string | undefined, chosen?: string): LanguageTag {
  return matchLanguage(chosen) ?? matchLanguage(workshopLanguage) ?? 'en'
}

export type Translate = (key: UiKey, vars?: Vars) => string

export function messageFor(lang: string, key: UiKey): Message {
  const tag = matchLanguage(lang)
  return (tag === undefined ? undefined : uiCatalogs[tag][key]) ?? en[key]
}

export function createTranslator(lang: string): Translate {
  return (key, vars) => formatMessage(messageFor(lang, key), lang, vars)
}
