// The public types of document exports: formats, options and the rendered output.
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import type { SessionSummary } from './summary.ts'

export const EXPORT_FORMATS = ['json', 'md', 'html', 'pdf', 'docx', 'xlsx', 'csv', 'ics'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const FORMAT_INFO: Record<ExportFormat, { extension: string; mimeType: string }> = {
  json: { extension: 'json', mimeType: 'application/json' },
  md: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: {
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  ics: { extension: 'ics', mimeType: 'text/calendar; charset=utf-8' },
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value)
}

/**
 * Prints self-contained HTML to PDF. The CLI uses Chromium through playwright-core
 * (src/main/export/pdf.ts); the desktop app plugs in Electron's webContents.printToPDF.
 */
export interface PdfPrinter {
  printToPdf(html: string, signal?: AbortSignal): Promise<Uint8Array>
}

export interface ExportOptions {
  /** false leaves participant names out (counts by sector only). Default true. */
  names?: boolean
  /**
   * The report's language (labels, dates, money): a BCP 47 tag; default the workshop's language.
   * Labels come from its catalog, English when Tavolo has none for it.
   */
  language?: string
  /** Labels; default the catalog of `language`. */
  catalog?: ExportCatalog
  /** BCP 47 tag for dates and money; default `language`. */
  locale?: string
  /** A summary written by the facilitator; default one computed from the document. */
  summary?: SessionSummary
  /** Time stamp of the export (ICS DTSTAMP); default now. */
  now?: Date
  /** Needed for `pdf` only. */
  pdfPrinter?: PdfPrinter
  signal?: AbortSignal
}

export interface ExportOutput {
  format: ExportFormat
  extension: string
  mimeType: string
  /** Text formats are strings (written as UTF-8), binary formats bytes. */
  content: string | Uint8Array
}
