// The languages Tavolo speaks: English (the reference catalog) and the languages of URBACT
// Local Groups it has catalogs for. Each is named in itself (a Greek facilitator looks for
// "Ελληνικά", not "Greek"), so this list needs no translation.
export const LANGUAGES = [
  { tag: 'en', name: 'English' },
  { tag: 'nl', name: 'Nederlands' },
  { tag: 'fr', name: 'Français' },
  { tag: 'de', name: 'Deutsch' },
  { tag: 'it', name: 'Italiano' },
  { tag: 'es', name: 'Español' },
  { tag: 'pt', name: 'Português' },
  { tag: 'pl', name: 'Polski' },
  { tag: 'el', name: 'Ελληνικά' },
  { tag: 'hu', name: 'Magyar' },
  { tag: 'ro', name: 'Română' },
] as const

export type LanguageTag = (typeof LANGUAGES)[number]['tag']

export function isLanguageTag(value: unknown): value is LanguageTag {
  return LANGUAGES.some((l) => l.tag === value)
}

/**
 * The catalog language for a BCP 47 tag: the tag itself when Tavolo speaks it, else its primary
 * subtag ("pt-BR" → "pt"), else undefined.
 */
export function matchLanguage(tag: string | undefined): LanguageTag | undefined {
  if (tag === undefined || tag === '') return undefined
  const lower = tag.toLowerCase()
  if (isLanguageTag(lower)) return lower
  const primary = lower.split('-')[0]
  return isLanguageTag(primary) ? primary : undefined
}
