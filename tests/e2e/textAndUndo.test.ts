/// <reference lib="dom" />
// Two promises the room relies on: what people type is shown as text (never markup, never
// script), and Ctrl+Z takes back one's own last move.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureWebBuild } from './support/webBuild.ts'
import { serve, tavolo, type Served } from './support/cli.ts'
import { launch, openApp } from './support/browser.ts'
import { SAMPLE_WORKSHOP_PATH } from '../support/sample.ts'

let dir: string
let server: Served
let browser: Browser

beforeAll(async () => {
  await ensureWebBuild()
  dir = mkdtempSync(join(tmpdir(), 'tavolo-e2e-text-'))
  const file = join(dir, 'riverside.tavolo')
  expect(tavolo(['import', SAMPLE_WORKSHOP_PATH, file]).status).toBe(0)
  server = await serve(file)
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

describe('user text and undo', () => {
  it('shows markup typed into a card as plain text', async () => {
    const { page, problems } = await openApp(browser, server.url)
    const payload = '<img src=x onerror="window.__owned=1"><a href="https://example.org">link</a>'
    await page.getByRole('button', { name: 'Add story', exact: true }).click()
    const d = page.getByRole('dialog', { name: 'Add story' })
    await d.getByLabel('Role').fill(payload)
    await d.getByLabel('Goal').fill('see my text as I typed it')
    await d.getByRole('button', { name: 'Add story' }).click()
    const card = page.getByRole('button', { name: /I want to see my text as I typed it/ })
    await card.waitFor()
    expect(await card.locator('.story-role').textContent()).toBe(payload)
    expect(await page.locator('.stories-board img, .stories-board a[href]').count()).toBe(0)
    expect(
      await page.evaluate(() => (window as unknown as { __owned?: number }).__owned),
    ).toBeUndefined()
    expect(problems.errors).toEqual([])
    await page.close()
  })

  it('undoes and redoes one’s own move with Ctrl+Z and Ctrl+Shift+Z', async () => {
    const { page } = await openApp(browser, server.url, { name: 'Mia' })
    await page.getByRole('button', { name: 'Who must be on board', exact: true }).click()
    const uni = page.getByRole('button', { name: /^Riverside University: influence/ })
    await uni.focus()
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => uni.getAttribute('aria-label')).toMatch(/influence 3, interest 3/)
    await page.keyboard.press('ControlOrMeta+Z')
    await expect.poll(() => uni.getAttribute('aria-label')).toMatch(/influence 2, interest 3/)
    await page.keyboard.press('ControlOrMeta+Shift+Z')
    await expect.poll(() => uni.getAttribute('aria-label')).toMatch(/influence 3, interest 3/)
    await page.close()
  })
})
