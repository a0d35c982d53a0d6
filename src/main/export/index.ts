// Export to a file, for the CLI (`tavolo export FILE --format F [--out PATH] [--no-names]`) and
// the desktop app: render with the shared renderers, print PDF through Chromium unless another
// PdfPrinter is given, and write atomically.
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { WorkshopDocument } from '../../shared/interchange/schema.ts'
import { renderExport } from '../../shared/export/index.ts'
import { FORMAT_INFO, type ExportFormat, type ExportOptions } from '../../shared/export/types.ts'
import { createChromiumPrinter } from './pdf.ts'
import { writeExportAtomically } from './write.ts'

export type ExportProgress =
  | { phase: 'render'; format: ExportFormat }
  | { phase: 'write'; bytesWritten: number; totalBytes: number }
  | { phase: 'done'; path: string; bytes: number }

export interface ExportToOptions extends Omit<ExportOptions, 'names'> {
  /** File to write, or an existing folder to write the default file name into. Default: cwd. */
  out?: string
  /** false leaves participant names out. Default true. */
  names?: boolean
  onProgress?: (progress: ExportProgress) => void
}

export interface ExportResult {
  path: string
  bytes: number
  format: ExportFormat
}

/** A file name from the workshop title: "Riverside quarter: …" → "riverside-quarter-….pdf". */
export function defaultExportName(doc: WorkshopDocument, format: ExportFormat): string {
  const slug = doc.workshop.title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${slug || doc.workshop.id.replace(/[^\w.-]+/g, '-') || 'workshop'}.${FORMAT_INFO[format].extension}`
}

export async function exportWorkshopTo(
  doc: WorkshopDocument,
  format: ExportFormat,
  options: ExportToOptions = {},
): Promise<ExportResult> {
  const { out, onProgress, signal, ...renderOptions } = options
  let path = out ?? join(process.cwd(), defaultExportName(doc, format))
  if (out !== undefined && (await stat(out).catch(() => undefined))?.isDirectory())
    path = join(out, defaultExportName(doc, format))

  onProgress?.({ phase: 'render', format })
  const output = await renderExport(doc, format, {
    ...renderOptions,
    ...(signal !== undefined && { signal }),
    pdfPrinter: renderOptions.pdfPrinter ?? createChromiumPrinter(),
  })
  const bytes =
    typeof output.content === 'string' ? new TextEncoder().encode(output.content) : output.content
  await writeExportAtomically(path, bytes, {
    ...(signal !== undefined && { signal }),
    onProgress: (p) => onProgress?.({ phase: 'write', ...p }),
  })
  onProgress?.({ phase: 'done', path, bytes: bytes.length })
  return { path, bytes: bytes.length, format }
}

export { findChromium, createChromiumPrinter, ChromiumNotFoundError } from './pdf.ts'
export { writeExportAtomically, ExportWriteError } from './write.ts'
