// PDF export in the desktop app: Electron's own Chromium prints the self-contained HTML report
// in a hidden, sandboxed window with JavaScript off (the CLI uses playwright-core instead).
import { BrowserWindow } from 'electron'
import type { PdfPrinter } from '../../shared/export/types.ts'

export const electronPdfPrinter: PdfPrinter = {
  async printToPdf(html) {
    const win = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
    })
    try {
      await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
      const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
      return new Uint8Array(pdf)
    } finally {
      win.destroy()
    }
  },
}
