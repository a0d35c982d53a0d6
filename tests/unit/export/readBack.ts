// Reads every export format back to plain text (and to structure where the format has one), with
// real parsers: papaparse for CSV, jszip for DOCX, exceljs for XLSX, pdftotext for PDF, a small
// RFC 5545 reader for ICS.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import Papa from 'papaparse'
import type { ExportFormat } from '../../../src/shared/export/types.ts'

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#') && name !== '#39') return String.fromCodePoint(Number(name.slice(1)))
    return ENTITIES[name] ?? whole
  })
}

export const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ')

export function htmlText(html: string): string {
  const body = html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<title>[\s\S]*?<\/title>/, '')
  return squash(decodeEntities(body.replace(/<[^>]+>/g, ' ')))
}

export function markdownText(md: string): string {
  return squash(md.replace(/\\(.)/g, '$1'))
}

export async function docxXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const file = zip.file('word/document.xml')
  if (file === null) throw new Error('no word/document.xml in the DOCX')
  return file.async('string')
}

export function docxText(xml: string): string {
  const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:p[ >]/g)].map((m) =>
    m[1] === undefined ? ' ' : m[1],
  )
  return squash(decodeEntities(runs.join('')))
}

export async function xlsxWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  // A fresh ArrayBuffer: what exceljs' declared Buffer type (an ArrayBuffer) and JSZip accept.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  return workbook
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object' && 'result' in value) return String(value.result)
  if (typeof value === 'object' && 'richText' in value)
    return value.richText.map((r) => r.text).join('')
  return String(value)
}

export function xlsxText(workbook: ExcelJS.Workbook): string {
  const parts: string[] = []
  workbook.eachSheet((sheet) => {
    parts.push(sheet.name)
    sheet.eachRow((row) => row.eachCell((cell) => parts.push(cellText(cell.value))))
  })
  return squash(parts.join(' '))
}

export function csvRows(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true })
  if (parsed.errors.length > 0)
    throw new Error(`CSV does not parse: ${JSON.stringify(parsed.errors)}`)
  return parsed.data
}

export interface IcsProperty {
  name: string
  params: Record<string, string>
  value: string
}

/** Unfolds and parses content lines; TEXT values are unescaped. */
export function icsProperties(ics: string): IcsProperty[] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '')
  return unfolded
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      const head = line.slice(0, colon)
      const [name = '', ...params] = head.split(';')
      const raw = line.slice(colon + 1)
      const value = raw.replace(/\\([\\;,nN])/g, (_, c: string) =>
        c === 'n' || c === 'N' ? '\n' : c,
      )
      return {
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value,
      }
    })
}

export function icsEvents(ics: string): Map<string, string>[] {
  const events: Map<string, string>[] = []
  let current: Map<string, string> | undefined
  for (const p of icsProperties(ics)) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') current = new Map()
    else if (p.name === 'END' && p.value === 'VEVENT') {
      if (current) events.push(current)
      current = undefined
    } else current?.set(p.name, p.value)
  }
  return events
}

export function icsText(ics: string): string {
  return squash(
    icsProperties(ics)
      .map((p) => p.value)
      .join(' '),
  )
}

export function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'tavolo-pdf-'))
  try {
    const file = join(dir, 'out.pdf')
    writeFileSync(file, bytes)
    return squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function pdfFonts(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'tavolo-pdf-'))
  try {
    const file = join(dir, 'out.pdf')
    writeFileSync(file, bytes)
    return execFileSync('pdffonts', [file], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Plain text of any export, for "does it say X" checks. */
export async function exportText(
  format: ExportFormat,
  content: string | Uint8Array,
): Promise<string> {
  const asString = (): string =>
    typeof content === 'string' ? content : new TextDecoder().decode(content)
  const asBytes = (): Uint8Array =>
    typeof content === 'string' ? new TextEncoder().encode(content) : content
  switch (format) {
    case 'json':
      return squash(asString())
    case 'md':
      return markdownText(asString())
    case 'html':
      return htmlText(asString())
    case 'csv':
      return squash(csvRows(asString()).flat().join(' '))
    case 'ics':
      return icsText(asString())
    case 'docx':
      return docxText(await docxXml(asBytes()))
    case 'xlsx':
      return xlsxText(await xlsxWorkbook(asBytes()))
    case 'pdf':
      return pdfText(asBytes())
  }
}
