// Every format, parsed back, says what the plan says: action titles, responsible (stakeholder ids
// resolved to names), dates, budgets and indicators, with Greek and Cyrillic text intact.
import { beforeAll, describe, expect, it } from 'vitest'
import { renderExport } from '../../../src/shared/export/index.ts'
import { EXPORT_FORMATS, type ExportFormat } from '../../../src/shared/export/types.ts'
import { createChromiumPrinter } from '../../../src/main/export/pdf.ts'
import {
  CYRILLIC_STAKEHOLDER,
  GREEK_ACTION,
  GREEK_PARTICIPANT,
  expectations,
  multilingual,
} from './fixtures.ts'
import { exportText, squash } from './readBack.ts'

const doc = multilingual()
const expected = expectations(doc)
const texts = new Map<ExportFormat, string>()

beforeAll(async () => {
  const pdfPrinter = createChromiumPrinter()
  for (const format of EXPORT_FORMATS) {
    const out = await renderExport(doc, format, {
      pdfPrinter,
      now: new Date('2026-03-19T10:00:00Z'),
    })
    texts.set(format, await exportText(format, out.content))
  }
})

const text = (format: ExportFormat): string => {
  const t = texts.get(format)
  if (t === undefined) throw new Error(`no ${format} output`)
  return t
}

/** Readable documents show dates and money formatted for the workshop's language. */
const READABLE: ExportFormat[] = ['md', 'html', 'docx', 'pdf']

describe.each(EXPORT_FORMATS)('%s export', (format) => {
  it('contains every action title, its responsible and its indicators', () => {
    const t = text(format)
    for (const a of expected) {
      expect(t).toContain(squash(a.title))
      if (a.responsible !== undefined && format !== 'json')
        expect(t).toContain(squash(a.responsible))
      for (const i of a.indicators) {
        expect(t).toContain(squash(i.name))
        expect(t).toContain(squash(i.target))
      }
    }
  })

  it('contains every date and budget in the form the format uses', () => {
    const t = text(format)
    for (const a of expected) {
      if (READABLE.includes(format)) {
        if (a.startText) expect(t).toContain(squash(a.startText))
        if (a.endText) expect(t).toContain(squash(a.endText))
        if (a.budgetText) expect(t).toContain(squash(a.budgetText))
      } else if (format === 'csv' || format === 'xlsx' || format === 'json') {
        if (a.start) expect(t).toContain(a.start)
        if (a.end) expect(t).toContain(a.end)
        if (a.budget !== undefined) expect(t).toContain(String(a.budget))
      } else {
        // ICS: budgets in the description; dates checked as DTSTART/DTEND in ics.test.ts.
        if (a.budgetText && a.start) expect(t).toContain(squash(a.budgetText))
      }
    }
  })

  it('keeps Greek and Cyrillic text intact', () => {
    const t = text(format)
    expect(t).toContain(GREEK_ACTION)
    if (format !== 'json') expect(t).toContain(CYRILLIC_STAKEHOLDER)
    if (READABLE.includes(format) || format === 'json') expect(t).toContain(GREEK_PARTICIPANT)
  })
})

describe('readable formats', () => {
  it.each(READABLE)(
    '%s has the plan sections: participants, summary, boards, timeline, budget, completeness',
    (format) => {
      const t = text(format)
      for (const heading of [
        'Participants',
        'Session summary',
        'Agenda',
        'Top-voted items',
        'Who needs what',
        'Riverside high street 2035',
        'Who must be on board',
        'Timeline',
        'Budget',
        'Completeness check',
        'Evidence of co-creation',
      ])
        expect(t).toContain(heading)
      // Stories read as sentences, grouped by theme, with votes.
      expect(t).toContain(
        'As a shop owner, I want to see which vacant units are available and on what terms, so that I can expand without a broker.',
      )
      expect(t).toContain('Theme: vacancy')
      expect(t).toContain('6 votes')
      // Future-back from present to horizon.
      expect(t.indexOf('List all vacant units')).toBeLessThan(
        t.indexOf('Footfall data published monthly'),
      )
      expect(t.indexOf('Footfall data published monthly')).toBeLessThan(
        t.indexOf('Meanwhile-use scheme'),
      )
      expect(t.indexOf('Meanwhile-use scheme')).toBeLessThan(
        t.indexOf('No unit on the high street'),
      )
      // Relations, budget total, completeness list.
      expect(t).toContain('negotiates leases')
      expect(t).toContain(squash('€69,234.50'))
      expect(t).toContain('Missing: budget, risks')
    },
  )
})
