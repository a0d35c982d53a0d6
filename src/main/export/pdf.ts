// PDF through Chromium: the HTML export (self-contained, print CSS) printed by headless Chromium
// driven with playwright-core. The page is offline and every request is refused, so printing can
// never reach the network even if some text looked like a URL. The desktop app plugs Electron's
// webContents.printToPDF in through the same PdfPrinter interface.
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { chromium } from 'playwright-core'
import type { PdfPrinter } from '../../shared/export/types.ts'

export type { PdfPrinter } from '../../shared/export/types.ts'

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError'
}

const INSTALL_HINT =
  'PDF export prints through Chromium. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium fonts-dejavu-core`) ' +
  'or set TAVOLO_CHROMIUM to the path of a Chromium or Chrome executable.'

const CANDIDATE_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

const FIXED_PATHS = ['/usr/bin/chromium']

/** TAVOLO_CHROMIUM, then /usr/bin/chromium, then chromium (and kin) on PATH. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  fixedPaths: readonly string[] = FIXED_PATHS,
): string {
  const configured = env.TAVOLO_CHROMIUM?.trim()
  if (configured) {
    if (isExecutable(configured)) return configured
    throw new ChromiumNotFoundError(
      `TAVOLO_CHROMIUM is set to "${configured}", which is not an executable file. ${INSTALL_HINT}`,
    )
  }
  for (const path of fixedPaths) if (isExecutable(path)) return path
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of CANDIDATE_NAMES) if (isExecutable(join(dir, name))) return join(dir, name)
  throw new ChromiumNotFoundError(
    `Chromium was not found (looked at ${[...fixedPaths, ...CANDIDATE_NAMES.map((n) => `${n} on PATH`)].join(', ')}). ${INSTALL_HINT}`,
  )
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
]

const FOOTER =
  '<div style="font-family: \'DejaVu Sans\', sans-serif; font-size: 8px; color: #666; width: 100%; text-align: center;">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'

export interface ChromiumPrinterOptions {
  /** Default: findChromium(). */
  executablePath?: string
  /** Launch and print must finish within this time. Default 120 s. */
  timeoutMs?: number
}

/** A PdfPrinter that launches headless Chromium for each print and closes it afterwards. */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  return {
    async printToPdf(html: string, signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted()
      const executablePath = options.executablePath ?? findChromium()
      if (!isExecutable(executablePath))
        throw new ChromiumNotFoundError(
          `Chromium "${executablePath}" is not an executable file. ${INSTALL_HINT}`,
        )
      const timeout = options.timeoutMs ?? 120_000
      const browser = await chromium.launch({
        executablePath,
        args: LAUNCH_ARGS,
        headless: true,
        timeout,
      })
      // Closing the browser makes the pending print reject, which ends the export promptly.
      const onAbort = (): void => void browser.close().catch(() => {})
      signal?.addEventListener('abort', onAbort, { once: true })
      try {
        // Aborted while Chromium was starting: the listener above came too late to fire.
        signal?.throwIfAborted()
        const context = await browser.newContext({ offline: true, javaScriptEnabled: false })
        const page = await context.newPage()
        page.setDefaultTimeout(timeout)
        await page.route('**/*', (route) =>
          route.request().url().startsWith('data:')
            ? route.continue()
            : route.abort('blockedbyclient'),
        )
        await page.setContent(html, { waitUntil: 'load' })
        const pdf = await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: FOOTER,
          outline: true,
          tagged: true,
        })
        signal?.throwIfAborted()
        return new Uint8Array(pdf)
      } catch (err) {
        signal?.throwIfAborted()
        throw err
      } finally {
        signal?.removeEventListener('abort', onAbort)
        await browser.close().catch(() => {})
      }
    },
  }
}
