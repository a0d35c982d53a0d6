/// <reference lib="dom" />
// Search finds an item anywhere in the workshop and jumps to it; a story dragged onto another
// theme column lands there, at the place the insertion line showed.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Served } from './support/cli.ts'
import { openApp } from './support/browser.ts'
import { openSampleWorkshop, type SampleWorkshop } from './support/sampleWorkshop.ts'

let sample: SampleWorkshop | undefined
let server: Served
let browser: Browser

beforeAll(async () => {
  sample = await openSampleWorkshop('search')
  server = sample.server
  browser = sample.browser
})

afterAll(async () => {
  await sample?.close()
})

describe('search and drag', () => {
  it('jumps from a search result to the item on its board', async () => {
    const { page, problems } = await openApp(browser, server.url)
    const search = page.getByRole('combobox', { name: 'Search the workshop' })
    const results = page.getByRole('listbox', { name: 'Search the workshop' }).getByRole('option')
    await search.focus()
    await page.keyboard.type('vacancy register used')
    await expect.poll(() => results.count()).toBe(1)
    await page.keyboard.press('Enter')
    const milestone = page.getByRole('button', {
      name: 'Milestone 2029: Open vacancy register used by all landlords',
    })
    await expect.poll(() => milestone.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(
      await page
        .getByRole('button', { name: 'Riverside high street 2035', exact: true })
        .getAttribute('aria-current'),
    ).toBe('page')

    // Accents and case do not matter: "eva szoke" finds Éva Szőke among the participants.
    // Leaving the field and coming straight back must not close the list under the typing (the
    // blur's delayed close once fired after the refocus and left the list shut).
    await search.evaluate((el) => {
      el.blur()
      el.focus()
    })
    await page.keyboard.type('eva szoke')
    await page.waitForTimeout(400)
    await expect.poll(() => results.first().textContent()).toContain('Éva Szőke')
    expect(problems.errors).toEqual([])
    await page.close()
  })

  it('moves a story to another theme by dragging it', async () => {
    const { page } = await openApp(browser, server.url, { name: 'João' })
    const card = page.getByRole('button', { name: /As a student, I want to rent a shop window/ })
    const target = page.getByRole('region', { name: /^data/ })
    const from = await card.boundingBox()
    const to = await target.boundingBox()
    if (from === null || to === null) throw new Error('not visible')
    await page.mouse.move(from.x + 20, from.y + 10)
    await page.mouse.down()
    for (let i = 1; i <= 15; i++)
      await page.mouse.move(
        from.x + 20 + ((to.x + 60 - from.x - 20) * i) / 15,
        from.y + 10 + ((to.y + 50 - from.y - 10) * i) / 15,
      )
    await page.mouse.up()
    // Dropped above the first card of "data": it is now the first story of that column.
    await expect
      .poll(() => target.locator('.story-card .story-role').first().textContent())
      .toBe('student')
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: /^vacancy/ })
          .locator('.story-card')
          .count(),
      )
      .toBe(1)
    await page.close()
  })
})
