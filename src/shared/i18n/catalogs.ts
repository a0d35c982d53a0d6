// The UI catalogs that exist and how the UI language is chosen: the workshop's language when a
// catalog exists for it (exact tag, then its primary subtag), else English.
import { en, type UiKey } from './en/ui.ts'
import { formatMessage, type Message, type Vars } from './translate.ts'

export type Catalog = Partial<Record<UiKey, Message>>

const catalogs: Readonly<Record<string, Catalog>> = { en }

export function availableUiLanguages(): string[] {
  return Object.keys(catalogs)
}

export function pickUiLanguage(workshopLanguage: string | undefined): string {
  if (workshopLanguage === undefined || workshopLanguage === '') return 'en'
  const tag = workshopLanguage.toLowerCase()
  if (catalogs[tag] !== undefined) return tag
  const primary = tag.split('-')[0] ?? ''
  return catalogs[primary] !== undefined ? primary : 'en'
}

export type Translate = (key: UiKey, vars?: Vars) => string

export function messageFor(lang: string, key: UiKey): Message {
  return catalogs[lang]?.[key] ?? en[key]
}

export function createTranslator(lang: string): Translate {
  return (key, vars) => formatMessage(messageFor(lang, key), lang, vars)
}
