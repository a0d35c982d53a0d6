// XLSX: three sheets, "Actions" (the IAP columns), "Objectives" (with budget totals) and
// "Stakeholders". The sheets are described as plain data (`workbookSheets`); exceljs appears only
// in `writeWorkbook`, the small interface behind which another writer could replace it.
// Dates are real Excel dates and budgets real numbers in euros; every sheet has a frozen,
// filterable header row and set column widths.
import ExcelJS from 'exceljs'
import type { WorkshopDocument } from '../interchange/schema.ts'
import { stakeholderIndex } from '../actionPlan/stakeholders.ts'
import { ACTION_COLUMNS, type ColumnKind } from './actionColumns.ts'
import { parseIsoDate } from './locale.ts'
import { buildReport, quadrantOf, type Report } from './report.ts'
import { cleanText } from './text.ts'
import type { ExportOptions } from './types.ts'

export interface SheetColumn {
  header: string
  kind: ColumnKind | 'number'
  width: number
}

export type SheetCell = string | number | undefined

export interface SheetSpec {
  name: string
  columns: SheetColumn[]
  /** Dates as ISO strings in `date` columns. */
  rows: SheetCell[][]
  /** A last row summing these columns (by index). */
  totals?: { label: string; columns: number[] }
}

export function workbookSheets(r: Report): SheetSpec[] {
  const { t } = r.ctx
  const actions: SheetSpec = {
    name: t.sheetActions,
    columns: ACTION_COLUMNS.map((c) => ({ header: c.header(t), kind: c.kind, width: c.width })),
    rows: r.plan.actions.map((a) => ACTION_COLUMNS.map((c) => c.value(a, r.ctx))),
  }
  const gantt = new Map(r.plan.gantt.groups.map((g) => [g.objectiveId, g]))
  const objectives: SheetSpec = {
    name: t.sheetObjectives,
    columns: [
      { header: t.objectiveId, kind: 'text', width: 10 },
      { header: t.objective, kind: 'text', width: 40 },
      { header: t.description, kind: 'text', width: 50 },
      { header: t.actionCount, kind: 'number', width: 10 },
      { header: t.budget, kind: 'money', width: 16 },
      { header: t.start, kind: 'date', width: 12 },
      { header: t.end, kind: 'date', width: 12 },
    ],
    rows: r.plan.objectives.map((o) => [
      o.id,
      o.title,
      o.description,
      o.actions.length,
      o.budgetTotal,
      gantt.get(o.id)?.start,
      gantt.get(o.id)?.end,
    ]),
    totals: { label: t.total, columns: [3, 4] },
  }
  const boardOf = new Map<string, string>()
  for (const b of r.boards)
    if (b.kind === 'stakeholder-map') for (const k of b.stakeholders) boardOf.set(k.id, b.title)
  const stakeholders: SheetSpec = {
    name: t.sheetStakeholders,
    columns: [
      { header: t.name, kind: 'text', width: 30 },
      { header: t.board, kind: 'text', width: 24 },
      { header: t.sector, kind: 'text', width: 16 },
      { header: t.group, kind: 'text', width: 14 },
      { header: t.influence, kind: 'number', width: 10 },
      { header: t.interest, kind: 'number', width: 10 },
      { header: t.quadrant, kind: 'text', width: 16 },
      { header: t.attitude, kind: 'text', width: 12 },
      { header: t.notes, kind: 'text', width: 40 },
    ],
    rows: [...stakeholderIndex(r.doc).values()].map((k) => [
      k.name,
      boardOf.get(k.id),
      k.sector === undefined ? undefined : t.sectors[k.sector],
      k.group === undefined ? undefined : t.groups[k.group],
      k.influence,
      k.interest,
      t.quadrants[quadrantOf(k.influence, k.interest)],
      k.attitude === undefined ? undefined : t.attitudes[k.attitude],
      k.notes,
    ]),
  }
  return [actions, objectives, stakeholders]
}

const MONEY_FORMAT = '#,##0.00 "€"'
const DATE_FORMAT = 'yyyy-mm-dd'

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
const sheetName = (name: string): string =>
  cleanText(name)
    .replace(/[[\]:*?/\\]/g, ' ')
    .slice(0, 31) || 'Sheet'

const columnLetter = (index: number): string => {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

export async function writeWorkbook(
  sheets: readonly SheetSpec[],
  title: string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tavolo'
  workbook.title = cleanText(title)
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(sheetName(spec.name), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    })
    sheet.columns = spec.columns.map((c) => ({
      header: cleanText(c.header),
      width: c.width,
      ...(c.kind === 'money' && { style: { numFmt: MONEY_FORMAT } }),
      ...(c.kind === 'date' && { style: { numFmt: DATE_FORMAT } }),
    }))
    sheet.getRow(1).font = { bold: true }
    for (const row of spec.rows) {
      sheet.addRow(
        row.map((value, i) => {
          if (value === undefined) return null
          const kind = spec.columns[i]?.kind
          if (kind === 'date' && typeof value === 'string')
            return parseIsoDate(value) ?? cleanText(value)
          return typeof value === 'string' ? cleanText(value) : value
        }),
      )
    }
    const lastData = spec.rows.length + 1
    if (spec.totals !== undefined) {
      const totals = spec.totals
      const values: (string | { formula: string; result: number } | null)[] = spec.columns.map(
        () => null,
      )
      values[0] = cleanText(totals.label)
      for (const col of totals.columns) {
        const letter = columnLetter(col)
        const result = spec.rows.reduce(
          (sum, row) => sum + (typeof row[col] === 'number' ? row[col] : 0),
          0,
        )
        // A formula so the total follows edits; the cached result lets readers that do not
        // calculate (and our tests) see the value.
        values[col] = { formula: `SUM(${letter}2:${letter}${lastData})`, result }
      }
      const row = sheet.addRow(values)
      row.font = { bold: true }
    }
    sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: lastData, column: spec.columns.length },
    }
  }
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}

export async function renderXlsxReport(r: Report): Promise<Uint8Array> {
  return writeWorkbook(workbookSheets(r), r.plan.title)
}

export async function renderXlsx(
  doc: WorkshopDocument,
  options: ExportOptions = {},
): Promise<Uint8Array> {
  return renderXlsxReport(buildReport(doc, options))
}
