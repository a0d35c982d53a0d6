// Every export catalog is a complete translation of the English one: the same labels (nested
// records included), the same {placeholders}, nothing empty, and really translated.
import { describe, expect, it } from 'vitest'
import { exportEn } from '../../../src/shared/i18n/en/export.ts'
import { exportCatalogFor, exportCatalogs } from '../../../src/shared/i18n/exportCatalogs.ts'
import { LANGUAGES } from '../../../src/shared/i18n/languages.ts'

/** Every string of a catalog by its dotted path. */
function flatten(
  value: unknown,
  prefix = '',
  out = new Map<string, string>(),
): Map<string, string> {
  if (typeof value === 'string') out.set(prefix, value)
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value))
      flatten(v, prefix === '' ? k : `${prefix}.${k}`, out)
  return out
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort()

const english = flatten(exportEn)

describe.each(LANGUAGES.filter((l) => l.tag !== 'en').map((l) => [l.tag, l.name] as const))(
  'export catalog %s (%s)',
  (tag) => {
    const catalog = flatten(exportCatalogs[tag])

    it('has every English label, the same placeholders, none empty', () => {
      expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort())
      const problems: string[] = []
      for (const [path, text] of catalog) {
        if (text.trim() === '') problems.push(`${path}: empty`)
        const want = placeholders(english.get(path) ?? '')
        if (placeholders(text).join() !== want.join())
          problems.push(`${path}: placeholders ${placeholders(text).join()} ≠ ${want.join()}`)
      }
      expect(problems).toEqual([])
    })

    it('is translated, not a copy of English', () => {
      const same = [...catalog].filter(([path, text]) => english.get(path) === text)
      expect(same.length / catalog.size).toBeLessThan(0.2)
    })
  },
)

describe('choosing the export catalog', () => {
  it('follows a language tag, its primary subtag, else English', () => {
    expect(exportCatalogFor('it')).toBe(exportCatalogs.it)
    expect(exportCatalogFor('pt-PT')).toBe(exportCatalogs.pt)
    expect(exportCatalogFor('xx')).toBe(exportEn)
    expect(exportCatalogFor(undefined)).toBe(exportEn)
  })
})
