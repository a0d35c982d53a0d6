// The sample workshop (riverside.json) on each board, saved to docs/screenshots/ for the README
// and for checking by eye that the boards look like a finished product.
import { mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './support/webBuild.ts'
import type { Served } from './support/cli.ts'
import { openApp } from './support/browser.ts'
import { openSampleWorkshop, type SampleWorkshop } from './support/sampleWorkshop.ts'

const OUT = join(ROOT, 'docs', 'screenshots')
let sample: SampleWorkshop | undefined
let server: Served
let browser: Browser

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true })
  sample = await openSampleWorkshop('shots')
  server = sample.server
  browser = sample.browser
})

afterAll(async () => {
  await sample?.close()
})

async function shoot(page: Page, name: string): Promise<void> {
  // Let layout, fonts and the graph's fit-to-view settle; park the pointer out of the way.
  await page.mouse.move(2, 890)
  await page.waitForTimeout(400)
  const path = join(OUT, `${name}.png`)
  await page.screenshot({ path })
  expect(statSync(path).size).toBeGreaterThan(20_000)
}

describe('screenshots of the sample workshop', () => {
  it('shows each board', async () => {
    const { page, problems } = await openApp(browser, server.url)
    await page.getByRole('button', { name: 'Who needs what', exact: true }).click()
    await page
      .getByRole('button', { name: /As a shop owner, I want to see which vacant units/ })
      .waitFor()
    await shoot(page, 'stories')

    await page.getByRole('button', { name: 'Riverside high street 2035', exact: true }).click()
    await page
      .getByRole('button', { name: 'Milestone 2029: Open vacancy register used by all landlords' })
      .waitFor()
    await shoot(page, 'future-back')

    await page.getByRole('button', { name: 'Who must be on board', exact: true }).click()
    await page
      .getByRole('button', { name: /^Property owners: influence 5, interest 2, Keep satisfied/ })
      .waitFor()
    await shoot(page, 'stakeholder-grid')

    await page.getByRole('button', { name: 'Relations' }).click()
    await page.locator('.flow-edge-label', { hasText: 'negotiates leases' }).waitFor()
    await shoot(page, 'relations')
    expect(problems.errors).toEqual([])
  })
})
