// Languages offered for a workshop: the EU's official languages plus a few more spoken in URBACT
// cities. Names are shown in the UI language and in the language itself, via Intl.DisplayNames.
export const WORKSHOP_LANGUAGES = [
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'el',
  'en',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'no',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'sq',
  'sr',
  'sv',
  'tr',
  'uk',
] as const

export function languageName(tag: string, uiLang: string): string {
  try {
    const inUi = new Intl.DisplayNames([uiLang], { type: 'language' }).of(tag)
    const native = new Intl.DisplayNames([tag], { type: 'language' }).of(tag)
    if (inUi === undefined) return tag
    return native !== undefined && native.toLowerCase() !== inUi.toLowerCase()
      ? `${inUi} (${native})`
      : inUi
  } catch {
    return tag
  }
}

export function languageOptions(
  uiLang: string,
  current?: string,
): { value: string; label: string }[] {
  const tags: string[] = [...WORKSHOP_LANGUAGES]
  if (current !== undefined && current !== '' && !tags.includes(current)) tags.push(current)
  return tags
    .map((tag) => ({ value: tag, label: languageName(tag, uiLang) }))
    .sort((a, b) => a.label.localeCompare(b.label, uiLang))
}
