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

/** The name, in itself, of the catalog language a tag resolves to (English when none). */
export function languageName(tag: string | undefined): string {
  const match = matchLanguage(tag) ?? 'en'
  return LANGUAGES.find((l) => l.tag === match)?.name ?? 'English'
}

/** Every language as a choice for a select: its tag and its own name. */
export const LANGUAGE_CHOICES = LANGUAGES.map((l) => ({ value: l.tag, label: l.name, lang: l.tag }))
