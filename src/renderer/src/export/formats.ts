// The export formats as the Export dialog offers them, in the order people look for them: the
// documents a city adopts first, data formats last. The same formats as `tavolo export`.
import type { ExportFormat } from '../../../shared/export/types.ts'

export const DIALOG_FORMATS: readonly ExportFormat[] = [
  'docx',
  'pdf',
  'xlsx',
  'csv',
  'ics',
  'html',
  'md',
  'json',
]

/** Product names stay as people know them; only the calendar's is a word to translate. */
export const FORMAT_NAMES: Record<ExportFormat, string> = {
  json: 'JSON',
  md: 'Markdown',
  html: 'HTML',
  docx: 'Word (DOCX)',
  pdf: 'PDF',
  csv: 'CSV',
  xlsx: 'Excel (XLSX)',
  ics: 'ICS',
}

/** A file name from the workshop title (the same rule as the CLI's default export name). */
export function exportFileName(workshop: { title: string; id: string }, extension: string): string {
  const slug = workshop.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${slug || workshop.id.replace(/[^\w.-]+/g, '-') || 'workshop'}.${extension}`
}
