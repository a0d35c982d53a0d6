/// <reference lib="dom" />
// Two promises the room relies on: what people type is shown as text (never markup, never
// script), and Ctrl+Z takes back one's own last move.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Served } from './support/cli.ts'
import { openApp } from './support/browser.ts'
import { openSampleWorkshop, type SampleWorkshop } from './support/sampleWorkshop.ts'

let sample: SampleWorkshop | undefined
let server: Served
let browser: Browser

beforeAll(async () => {
  sample = await openSampleWorkshop('text')
  server = sample.server
  browser = sample.browser
})

afterAll(async () => {
  await sample?.close()
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
