// CSV: one row per action, the IAP columns, UTF-8 with a byte-order mark (so that Excel detects
// UTF-8), RFC 4180 quoting and CRLF line ends through papaparse.
//
// Formula injection: a text cell starting with "=", "+", "-", "@", tab or carriage return would be
// run as a formula by Excel/LibreOffice, so it gets a leading single quote. We do this ourselves
// rather than with papaparse's `escapeFormulae`, whose pattern (/^[=+\-@\t\r].*$/) does not match
// a cell whose formula is followed by a newline. Numbers are numbers, not text: the budget column
// holds the plain number (e.g. 12000, or -500 should a negative amount ever occur) unprefixed, so
// spreadsheets read it as a value; a number cannot carry a formula.
import Papa from 'papaparse'
import type { WorkshopDocument } from '../interchange/schema.ts'
import { ACTION_COLUMNS } from './actionColumns.ts'
import { buildReport, type Report } from './report.ts'
import { cleanText } from './text.ts'
import type { ExportOptions } from './types.ts'

const FORMULA_START = /^[=+\-@\t\r]/

/** A text cell made safe to open in a spreadsheet. */
export function neutraliseCell(value: string): string {
  const clean = cleanText(value)
  return FORMULA_START.test(clean) ? `'${clean}` : clean
}

export function renderCsvReport(r: Report): string {
  const header = ACTION_COLUMNS.map((c) => neutraliseCell(c.header(r.ctx.t)))
  // Dates stay ISO (YYYY-MM-DD), which every spreadsheet reads as a date whatever its locale.
  const rows = r.plan.actions.map((a) =>
    ACTION_COLUMNS.map((c) => {
      const value = c.value(a, r.ctx)
      return value === undefined ? '' : typeof value === 'number' ? value : neutraliseCell(value)
    }),
  )
  const body = Papa.unparse(
    { fields: header, data: rows },
    { newline: '\r\n', quotes: false, escapeFormulae: false },
  )
  return `\uFEFF${body}\r\n`
}

export function renderCsv(doc: WorkshopDocument, options: ExportOptions = {}): string {
  return renderCsvReport(buildReport(doc, options))
}
