// Export in the desktop app: main shows the save dialog, renders with the same code as
// `tavolo export` (PDF through Electron's own Chromium) and writes atomically. The renderer
// follows the export by its job id (polling: the IPC contract is request/response) and cancels
// it the same way; a cancelled export leaves no file.
import type { ExportFormat } from '../../../shared/export/types.ts'
import type { LanguageTag } from '../../../shared/i18n/languages.ts'
import type { ExportJobProgress, ExportResult, TavoloApi } from '../../../shared/ipc/contract.ts'

export interface DesktopExportOptions {
  names: boolean
  /** The document's language; undefined: the workshop's. */
  language: LanguageTag | undefined
  signal: AbortSignal
  onProgress: (progress: ExportJobProgress) => void
}

const POLL_MS = 200

export async function exportOnDesktop(
  api: TavoloApi,
  format: ExportFormat,
  options: DesktopExportOptions,
): Promise<ExportResult> {
  const { names, language, signal, onProgress } = options
  const jobId = crypto.randomUUID()
  const poll = window.setInterval(() => {
    void api.exportProgress(jobId).then((p) => {
      if (p !== null) onProgress(p)
    })
  }, POLL_MS)
  const onAbort = () => void api.cancelExport(jobId)
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    return await api.exportWorkshop(format, {
      names,
      jobId,
      ...(language !== undefined && { language }),
    })
  } finally {
    window.clearInterval(poll)
    signal.removeEventListener('abort', onAbort)
  }
}
