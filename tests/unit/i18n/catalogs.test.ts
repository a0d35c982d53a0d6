// Every UI catalog is a complete, well-formed translation of the English one: the same keys, the
// same placeholders (a translation that drops {name} loses the value; one that invents {nome}
// shows braces to the user), plural messages with every category the language needs.
import { describe, expect, it } from 'vitest'
import { en, type UiKey } from '../../../src/shared/i18n/en/ui.ts'
import { uiCatalogs } from '../../../src/shared/i18n/catalogs.ts'
import { LANGUAGES } from '../../../src/shared/i18n/languages.ts'
import type { Message } from '../../../src/shared/i18n/translate.ts'

const keys = Object.keys(en) as UiKey[]

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))
}

function forms(message: Message): string[] {
  return typeof message === 'string'
    ? [message]
    : Object.values(message).filter((v): v is string => typeof v === 'string')
}

function allPlaceholders(message: Message): Set<string> {
  return new Set(forms(message).flatMap((f) => [...placeholders(f)]))
}

describe.each(LANGUAGES.filter((l) => l.tag !== 'en').map((l) => [l.tag, l.name] as const))(
  'UI catalog %s (%s)',
  (tag) => {
    const catalog = uiCatalogs[tag]

    it('translates every English key and no other', () => {
      const missing = keys.filter((k) => catalog[k] === undefined)
      const unknown = Object.keys(catalog).filter((k) => !(k in en))
      expect({ missing, unknown }).toEqual({ missing: [], unknown: [] })
    })

    it('keeps the placeholders of every message', () => {
      const problems: string[] = []
      for (const key of keys) {
        const message = catalog[key]
        if (message === undefined) continue
        const want = allPlaceholders(en[key])
        const got = allPlaceholders(message)
        for (const p of got) if (!want.has(p)) problems.push(`${key}: unknown {${p}}`)
        // Plural forms may leave {count} out ("one card" / "una scheda"); every other value
        // must appear in the form shown for most numbers.
        const other = placeholders(typeof message === 'string' ? message : message.other)
        for (const p of want) if (p !== 'count' && !other.has(p)) problems.push(`${key}: no {${p}}`)
      }
      expect(problems).toEqual([])
    })

    it('gives plural messages every category the language uses, and nothing else', () => {
      const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories
      const problems: string[] = []
      for (const key of keys) {
        const source: Message = en[key]
        const message = catalog[key]
        if (message === undefined) continue
        if (typeof source === 'string') {
          if (typeof message !== 'string') problems.push(`${key}: plural for a plain message`)
          continue
        }
        if (typeof message === 'string') {
          problems.push(`${key}: plain text for a plural message`)
          continue
        }
        for (const c of needed) if (message[c] === undefined) problems.push(`${key}: no ${c}`)
        for (const c of Object.keys(message))
          if (c !== 'zero' && !needed.includes(c as Intl.LDMLPluralRule))
            problems.push(`${key}: ${c} is not a plural category of ${tag}`)
        if (source.zero !== undefined && message.zero === undefined)
          problems.push(`${key}: no zero form (English has one)`)
      }
      expect(problems).toEqual([])
    })

    it('is translated, not a copy of English', () => {
      const same = keys.filter((k) => JSON.stringify(catalog[k]) === JSON.stringify(en[k]))
      expect(same.length / keys.length).toBeLessThan(0.2)
    })

    it('has no empty or untrimmed messages', () => {
      const bad = keys.filter((k) => {
        const m = catalog[k]
        return m !== undefined && forms(m).some((f) => f.trim() === '' || f !== f.trim())
      })
      expect(bad).toEqual([])
    })
  },
)
