import { describe, expect, it } from 'vitest'
import { createTranslator, pickUiLanguage } from '../../../src/shared/i18n/catalogs.ts'
import { formatMessage, formatParts } from '../../../src/shared/i18n/translate.ts'

describe('UI messages', () => {
  it('fills placeholders and chooses plurals with Intl.PluralRules', () => {
    const t = createTranslator('en')
    expect(t('story.votes', { count: 0 })).toBe('No votes')
    expect(t('story.votes', { count: 1 })).toBe('1 vote')
    expect(t('story.votes', { count: 1200 })).toBe('1,200 votes')
    expect(t('confirm.deleteTitle', { name: 'City' })).toBe('Delete City?')
  })

  it('uses the plural categories of the language', () => {
    const message = {
      one: '{count} karta',
      few: '{count} karty',
      many: '{count} kart',
      other: '{count} karty',
    }
    expect(formatMessage(message, 'pl', { count: 1 })).toBe('1 karta')
    expect(formatMessage(message, 'pl', { count: 3 })).toBe('3 karty')
    expect(formatMessage(message, 'pl', { count: 5 })).toBe('5 kart')
  })

  it('splits a template around rich variables without touching user text', () => {
    const parts = formatParts('As a {role} I want {goal}', 'en', {
      role: { el: '<b>x</b>' },
      goal: { el: 'y' },
    })
    expect(parts).toEqual(['As a ', { el: '<b>x</b>' }, ' I want ', { el: 'y' }])
  })

  it('follows the workshop language when a catalog exists, else English', () => {
    expect(pickUiLanguage(undefined)).toBe('en')
    expect(pickUiLanguage('en-GB')).toBe('en')
    expect(pickUiLanguage('xx')).toBe('en')
    expect(pickUiLanguage('it')).toBe('it')
    expect(pickUiLanguage('pt-BR')).toBe('pt')
    expect(pickUiLanguage('EL')).toBe('el')
  })

  it("puts this device's choice before the workshop's language", () => {
    expect(pickUiLanguage('nl', 'hu')).toBe('hu')
    expect(pickUiLanguage('nl', undefined)).toBe('nl')
    // A stored choice Tavolo no longer speaks is ignored.
    expect(pickUiLanguage('nl', 'tlh')).toBe('nl')
  })
})
