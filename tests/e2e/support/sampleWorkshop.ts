// The set-up most e2e files share: the sample workshop imported into a fresh temporary file,
// served by `tavolo serve`, and one Chromium. `close()` undoes it all (also after a half-done
// set-up), so a failed test never leaves a server, a browser or a folder behind.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { expect } from 'vitest'
import { SAMPLE_WORKSHOP_PATH } from '../../support/sample.ts'
import { ensureWebBuild } from './webBuild.ts'
import { serve, tavolo, type Served } from './cli.ts'
import { launch } from './browser.ts'

export interface SampleWorkshop {
  dir: string
  file: string
  server: Served
  browser: Browser
  close(): Promise<void>
}

/** `name` only labels the temporary folder (tavolo-e2e-NAME-…). */
export async function openSampleWorkshop(name: string): Promise<SampleWorkshop> {
  await ensureWebBuild()
  const dir = mkdtempSync(join(tmpdir(), `tavolo-e2e-${name}-`))
  const file = join(dir, 'riverside.tavolo')
  let server: Served | undefined
  let browser: Browser | undefined
  const close = async () => {
    await browser?.close()
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    expect(tavolo(['import', SAMPLE_WORKSHOP_PATH, file]).status).toBe(0)
    server = await serve(file)
    browser = await launch()
    return { dir, file, server, browser, close }
  } catch (err) {
    await close()
    throw err
  }
}
