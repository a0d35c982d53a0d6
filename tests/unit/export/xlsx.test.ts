import { describe, expect, it } from 'vitest'
import type ExcelJS from 'exceljs'
import { renderXlsx } from '../../../src/shared/export/xlsx.ts'
import { cellText, xlsxWorkbook } from './readBack.ts'
import { multilingual, riverside } from './fixtures.ts'

describe('XLSX export', () => {
  it('has Actions, Objectives and Stakeholders sheets with frozen, filterable headers', async () => {
    const workbook = await xlsxWorkbook(await renderXlsx(riverside()))
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Actions',
      'Objectives',
      'Stakeholders',
    ])
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(sheet.autoFilter).toBeTruthy()
      expect(sheet.getRow(1).font?.bold).toBe(true)
      expect(sheet.getColumn(1).width).toBeGreaterThan(8)
    }
  })

  it('writes real dates and real numbers in euros', async () => {
    const doc = multilingual()
    const workbook = await xlsxWorkbook(await renderXlsx(doc))
    const sheet = workbook.getWorksheet('Actions')
    if (!sheet) throw new Error('no Actions sheet')
    const header = (sheet.getRow(1).values as unknown[]).map((v) =>
      v === undefined || v === null ? '' : String(v),
    )
    const col = (name: string): number => header.indexOf(name)
    expect(col('Start')).toBeGreaterThan(0)
    doc.actionPlan.actions.forEach((a, i) => {
      const row = sheet.getRow(i + 2)
      expect(cellText(row.getCell(col('Action')).value)).toBe(a.title)
      const start = row.getCell(col('Start'))
      expect(start.value).toBeInstanceOf(Date)
      expect((start.value as Date).toISOString()).toBe(`${a.start}T00:00:00.000Z`)
      expect(start.numFmt).toBe('yyyy-mm-dd')
      expect((row.getCell(col('End')).value as Date).toISOString().slice(0, 10)).toBe(a.end)
      const budget = row.getCell(col('Budget'))
      expect(budget.value).toBe(a.budget ?? null)
      expect(budget.numFmt).toContain('€')
    })
    expect(cellText(sheet.getRow(2).getCell(col('Responsible')).value)).toBe('City of Riverside')
  })

  it('totals the budget per objective and overall', async () => {
    const workbook = await xlsxWorkbook(await renderXlsx(riverside()))
    const sheet = workbook.getWorksheet('Objectives')
    if (!sheet) throw new Error('no Objectives sheet')
    const rows: string[][] = []
    // row.values is sparse (empty cells are holes): Array.from visits every index.
    sheet.eachRow((row) =>
      rows.push(
        Array.from((row.values as ExcelJS.CellValue[]).slice(1), (v) => cellText(v ?? null)),
      ),
    )
    expect(rows.map((r) => [r[1], r[3], r[4]])).toEqual([
      ['Objective', 'Actions', 'Budget'],
      ['Bring vacant units back into use', '2', '20000'],
      ['Make the street easy and pleasant for all ages', '2', '45000'],
      ['Decide on evidence', '2', '3000'],
      ['', '6', '68000'],
    ])
    expect(rows[4]?.[0]).toBe('Total')
    const total = sheet.getRow(5).getCell(5).value
    expect(total).toMatchObject({ formula: 'SUM(E2:E4)', result: 68000 })
    const stakeholders = workbook.getWorksheet('Stakeholders')
    expect(stakeholders?.rowCount).toBe(1 + 7)
    expect(cellText(stakeholders?.getRow(4).getCell(7).value ?? null)).toBe('Keep satisfied')
  })
})
