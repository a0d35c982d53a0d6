// Export in a browser (the web app served by `tavolo serve`): the same `renderExport` as the CLI
// and the desktop app, run in the page, and the result handed to the browser as a download.
// The renderers are loaded on first use (docx and exceljs are large), so joining a workshop
// stays fast.
//
// PDF: a browser page cannot print to a file by itself. The HTML export (the same document the
// CLI prints with Chromium) is put in a hidden frame and the browser's print dialog opened on it;
// the person chooses "Save as PDF" there. The dialog says so before they start.
import type * as Y from 'yjs'
import type { ExportFormat } from '../../../shared/export/types.ts'
import { exportInput } from '../../../shared/model/session/exportInput.ts'
import { exportFileName } from './formats.ts'

export type BrowserPhase = 'render' | 'download' | 'print'

export type BrowserOutcome = { kind: 'downloaded'; fileName: string } | { kind: 'printing' }

export interface BrowserExportOptions {
  names: boolean
  /** The document's language; undefined: the workshop's. */
  language: string | undefined
  signal: AbortSignal
  onPhase: (phase: BrowserPhase) => void
}

/**
 * Settles with `promise`, or rejects as soon as `signal` aborts: Cancel takes effect at once even
 * while the renderers are still loading or a renderer is still working (its result is dropped).
 */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason)
      return
    }
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(err)
      },
    )
  })
}

/** Lets the page paint (the progress shown) before rendering holds the main thread. */
const nextFrame = () =>
  new Promise<void>((resolve) => window.requestAnimationFrame(() => setTimeout(resolve, 0)))

export async function exportInBrowser(
  doc: Y.Doc,
  format: ExportFormat,
  options: BrowserExportOptions,
): Promise<BrowserOutcome> {
  const { names, language, signal, onPhase } = options
  onPhase('render')
  await nextFrame()
  signal.throwIfAborted()
  const { renderExport } = await abortable(import('../../../shared/export/index.ts'), signal)
  // An anonymous session leaves authors out; the session summary goes into the report.
  const { data, summary } = exportInput(doc, Date.now(), language)
  const common = { names, signal, summary, ...(language !== undefined && { language }) }
  if (format === 'pdf') {
    const html = await abortable(renderExport(data, 'html', common), signal)
    signal.throwIfAborted()
    onPhase('print')
    await printHtml(String(html.content), signal)
    return { kind: 'printing' }
  }
  const output = await abortable(renderExport(data, format, common), signal)
  // A cancel that came while an async renderer (docx, xlsx) was working: nothing is downloaded.
  signal.throwIfAborted()
  onPhase('download')
  const fileName = exportFileName(data.workshop, output.extension)
  const part = typeof output.content === 'string' ? output.content : new Uint8Array(output.content)
  download(new Blob([part], { type: output.mimeType }), fileName)
  return { kind: 'downloaded', fileName }
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // The download has started by now; the URL is released a little later for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Opens the browser's print dialog on `html` (self-contained, scripts off by its own CSP). */
function printHtml(html: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe')
    frame.className = 'print-frame'
    frame.title = 'print'
    frame.tabIndex = -1
    frame.setAttribute('aria-hidden', 'true')
    const cleanup = () => frame.remove()
    frame.addEventListener(
      'load',
      () => {
        const win = frame.contentWindow
        if (signal.aborted || win === null) {
          cleanup()
          reject(signal.reason ?? new Error('the print view could not open'))
          return
        }
        win.addEventListener('afterprint', () => window.setTimeout(cleanup, 500), { once: true })
        // If the browser never reports the end of printing, the frame still goes eventually.
        window.setTimeout(cleanup, 10 * 60_000)
        win.focus()
        win.print()
        resolve()
      },
      { once: true },
    )
    frame.srcdoc = html
    document.body.append(frame)
  })
}
