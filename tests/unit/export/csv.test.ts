import { describe, expect, it } from 'vitest'
import Papa from 'papaparse'
import { neutraliseCell, renderCsv } from '../../../src/shared/export/csv.ts'
import { validateWorkshopDocument } from '../../../src/shared/interchange/validate.ts'
import type { WorkshopDocument } from '../../../src/shared/interchange/schema.ts'
import { csvRows } from './readBack.ts'
import { riverside } from './fixtures.ts'

function hostile(): WorkshopDocument {
  const doc = riverside()
  const first = doc.actionPlan.actions[0]
  if (!first) throw new Error('no action')
  Object.assign(first, {
    title: '=HYPERLINK("x","click")',
    responsible: '+31 20 555 0100',
    risks: '-2 weeks if it rains',
    funding: '@SUM(A1:A9)',
    description: '\t=1+1',
    resources: "=cmd|'/c calc'!A1\nsecond line",
  })
  const second = doc.actionPlan.actions[1]
  if (!second) throw new Error('no action')
  Object.assign(second, { title: 'Quote " comma , semicolon ; newline\nend', resources: '\r=2+2' })
  const result = validateWorkshopDocument(doc)
  if (!result.ok) throw new Error('hostile fixture invalid')
  return result.value
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM and CRLF line ends, one row per action plus the header', () => {
    const csv = renderCsv(riverside())
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows = csvRows(csv)
    expect(rows).toHaveLength(1 + riverside().actionPlan.actions.length)
    expect(rows[0]).toEqual([
      'Objective',
      'Action id',
      'Action',
      'Description',
      'Responsible',
      'Partners',
      'Start',
      'End',
      'Resources',
      'Budget',
      'Funding',
      'Output indicators',
      'Result indicators',
      'Risks',
      'Status',
      'Sources',
    ])
    const x1 = rows[1] ?? []
    expect(x1[2]).toBe('Open vacancy register')
    expect(x1[4]).toBe('City of Riverside')
    expect(x1[5]).toBe("Shopkeepers' Association; Property owners")
    expect(x1[6]).toBe('2026-04-01')
    expect(x1[9]).toBe('12000')
    expect(x1[15]).toContain('User story: As a shop owner')
    // x-6 has no budget: an empty cell, not 0.
    expect(rows[6]?.[9]).toBe('')
  })

  it('neutralises formula injection in text cells, keeps quoting RFC 4180, and round-trips', () => {
    const csv = renderCsv(hostile())
    const rows = csvRows(csv)
    const [, x1, x2] = rows
    expect(x1?.[2]).toBe('\'=HYPERLINK("x","click")')
    expect(x1?.[4]).toBe("'+31 20 555 0100")
    expect(x1?.[13]).toBe("'-2 weeks if it rains")
    expect(x1?.[10]).toBe("'@SUM(A1:A9)")
    expect(x1?.[3]).toBe("'\t=1+1")
    // A formula followed by a newline is caught too (papaparse's own escapeFormulae misses it).
    expect(x1?.[8]).toBe("'=cmd|'/c calc'!A1\nsecond line")
    expect(x2?.[8]).toBe("'\r=2+2")
    expect(x2?.[2]).toBe('Quote " comma , semicolon ; newline\nend')
    // No cell of the file starts with a formula character.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    // RFC 4180: the quote is doubled inside a quoted field.
    expect(csv).toContain('"Quote "" comma , semicolon ; newline\nend"')
  })

  it('writes numbers as numbers: a budget is never prefixed, even a negative one', () => {
    expect(neutraliseCell('-500')).toBe("'-500")
    const doc = riverside()
    // Not a valid budget (FORMAT.md wants >= 0), but a number must stay a number if one ever is.
    const bad = {
      ...doc,
      actionPlan: {
        ...doc.actionPlan,
        actions: doc.actionPlan.actions.map((a, i) => (i === 0 ? { ...a, budget: -500 } : a)),
      },
    }
    const rows = csvRows(renderCsv(bad))
    expect(rows[1]?.[9]).toBe('-500')
    const typed = Papa.parse<unknown[]>(renderCsv(doc).slice(1), {
      dynamicTyping: true,
      skipEmptyLines: true,
    })
    expect(typed.data[1]?.[9]).toBe(12000)
  })
})
