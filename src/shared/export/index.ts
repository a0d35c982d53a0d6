// `renderExport(doc, format, options)`: one entry point for every export format, shared by the
// CLI, the desktop app and tests. Pure except `pdf`, which needs a PdfPrinter (Chromium in the
// CLI, Electron's printToPDF in the app) and is the only format that leaves this process.
import type { WorkshopDocument } from '../interchange/schema.ts'
import { renderCsvReport } from './csv.ts'
import { renderDocxReport } from './docx.ts'
import { renderHtmlReport } from './html.ts'
import { renderIcsReport } from './ics.ts'
import { renderJson } from './json.ts'
import { renderMarkdownReport } from './markdown.ts'
import { buildReport, prepare } from './report.ts'
import { FORMAT_INFO, type ExportFormat, type ExportOptions, type ExportOutput } from './types.ts'
import { renderXlsxReport } from './xlsx.ts'

export class ExportError extends Error {
  override name = 'ExportError'
}

async function content(
  doc: WorkshopDocument,
  format: ExportFormat,
  options: ExportOptions,
): Promise<string | Uint8Array> {
  if (format === 'json') return renderJson(prepare(doc, options).doc)
  const report = buildReport(doc, options)
  switch (format) {
    case 'md':
      return renderMarkdownReport(report)
    case 'html':
      return renderHtmlReport(report)
    case 'csv':
      return renderCsvReport(report)
    case 'ics':
      return renderIcsReport(report, options.now)
    case 'docx':
      return renderDocxReport(report)
    case 'xlsx':
      return renderXlsxReport(report)
    case 'pdf': {
      if (options.pdfPrinter === undefined)
        throw new ExportError(
          'PDF export needs a PDF printer (Chromium in the CLI, Electron in the app)',
        )
      return options.pdfPrinter.printToPdf(renderHtmlReport(report), options.signal)
    }
  }
}

export async function renderExport(
  doc: WorkshopDocument,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportOutput> {
  if (!Object.hasOwn(FORMAT_INFO, format))
    throw new ExportError(
      `unknown export format "${String(format)}" (known: ${Object.keys(FORMAT_INFO).join(', ')})`,
    )
  options.signal?.throwIfAborted()
  const result = await content(doc, format, options)
  options.signal?.throwIfAborted()
  return { format, ...FORMAT_INFO[format], content: result }
}

export { EXPORT_FORMATS, FORMAT_INFO, isExportFormat } from './types.ts'
export type { ExportFormat, ExportOptions, ExportOutput, PdfPrinter } from './types.ts'
export type { SessionSummary } from './summary.ts'
export { computeSessionSummary } from './summary.ts'
export { renderCsv } from './csv.ts'
export { renderDocx } from './docx.ts'
export { renderHtml } from './html.ts'
export { renderIcs } from './ics.ts'
export { renderJson } from './json.ts'
export { renderMarkdown } from './markdown.ts'
export { renderXlsx } from './xlsx.ts'
