// PDF export in the desktop app: Electron's own Chromium prints the self-contained HTML report
// in a hidden, sandboxed window with JavaScript off (the CLI uses playwright-core instead).
import { BrowserWindow } from 'electron'
import type { PdfPrinter } from '../../shared/export/types.ts'

export const electronPdfPrinter: PdfPrinter = {
  async printToPdf(html, signal) {
    signal?.throwIfAborted()
    const win = new BrowserWindow({
      show: false,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
      },
    })
    // Cancelling destroys the window, which makes a pending load or print reject at once.
    const onAbort = () => {
      if (!win.isDestroyed()) win.destroy()
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
      const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
      signal?.throwIfAborted()
      return new Uint8Array(pdf)
    } catch (err) {
      signal?.throwIfAborted()
      throw err
    } finally {
      signal?.removeEventListener('abort', onAbort)
      if (!win.isDestroyed()) win.destroy()
    }
  },
}
