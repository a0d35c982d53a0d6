/// <reference lib="dom" />
// The list view of each board kind, operated with the keyboard only: Tab to reach a control,
// type to edit a cell (Enter or leaving the cell saves), Enter on the move buttons, and a delete
// that asks first, with focus on Cancel. The edits must reach the workshop file.
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkshopDocument } from '../../src/shared/interchange/schema.ts'
import { tavolo, type Served } from './support/cli.ts'
import { openApp } from './support/browser.ts'
import { openSampleWorkshop, type SampleWorkshop } from './support/sampleWorkshop.ts'

let sample: SampleWorkshop | undefined
let file: string
let server: Served
let browser: Browser

beforeAll(async () => {
  sample = await openSampleWorkshop('list')
  file = sample.file
  server = sample.server
  browser = sample.browser
})

afterAll(async () => {
  await sample?.close()
})

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement)

/** Presses Tab (or Shift+Tab) until `target` has focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  if (!(await isFocused(target))) throw new Error(`could not reach ${target.toString()} with Tab`)
}

async function rowNames(page: Page): Promise<string[]> {
  return page
    .locator('.list-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => (r.querySelector('input') as HTMLInputElement | null)?.value ?? ''),
    )
}

describe('board list views by keyboard', () => {
  it('edits, reorders and deletes on each kind of board', async () => {
    const { page, problems } = await openApp(browser, server.url)

    // Start from the skip link at the top of the page (Shift+Tab from wherever the name dialog
    // left focus), like a keyboard user arriving on the page.
    await tabTo(page, page.getByRole('link', { name: 'Skip to content' }), { back: true })

    // User stories (the first board) → List.
    await tabTo(page, page.getByRole('button', { name: 'List', exact: true }))
    await page.keyboard.press('Enter')
    await page.getByRole('table', { name: 'Who needs what: list view' }).waitFor()
    expect(await rowNames(page)).toEqual([
      'city planner',
      'café owner',
      'resident over 70',
      'shop owner',
      'student',
    ])

    // Edit a cell: type over it, Enter saves.
    const role = page.getByRole('textbox', {
      name: 'Role of city planner: know footfall per street each month',
    })
    await tabTo(page, role)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('city data officer')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => rowNames(page))
      .toEqual(['city data officer', 'café owner', 'resident over 70', 'shop owner', 'student'])

    // Reorder within a theme: the student's story goes above the shop owner's; focus follows.
    const up = page.getByRole('button', {
      name: 'Move student: rent a shop window for a weekend pop-up up',
    })
    await tabTo(page, up)
    await page.keyboard.press('Enter')
    await expect
      .poll(() => rowNames(page))
      .toEqual(['city data officer', 'café owner', 'resident over 70', 'student', 'shop owner'])
    // At the top of its theme the up button is disabled, so focus moved to its down button.
    await expect
      .poll(() =>
        isFocused(
          page.getByRole('button', {
            name: 'Move student: rent a shop window for a weekend pop-up down',
          }),
        ),
      )
      .toBe(true)

    // Delete asks first, with focus on Cancel; Escape keeps the row, the Delete button removes it.
    const del = page.getByRole('button', {
      name: 'Delete café owner: put tables outside without a three-month permit wait',
    })
    await tabTo(page, del, { back: true })
    await page.keyboard.press('Enter')
    const confirm = page.getByRole('alertdialog')
    await confirm.waitFor()
    await expect.poll(() => isFocused(confirm.getByRole('button', { name: 'Cancel' }))).toBe(true)
    await page.keyboard.press('Escape')
    await confirm.waitFor({ state: 'detached' })
    await expect.poll(() => isFocused(del)).toBe(true)
    await page.keyboard.press('Enter')
    await confirm.waitFor()
    await page.keyboard.press('Tab')
    await expect.poll(() => isFocused(confirm.getByRole('button', { name: 'Delete' }))).toBe(true)
    await page.keyboard.press('Enter')
    await expect
      .poll(() => rowNames(page))
      .toEqual(['city data officer', 'resident over 70', 'student', 'shop owner'])

    // Future-back → List: change a milestone's year with the arrow keys, retype a vision headline.
    await tabTo(
      page,
      page.getByRole('button', { name: 'Riverside high street 2035', exact: true }),
      { back: true },
    )
    await page.keyboard.press('Enter')
    await tabTo(page, page.getByRole('button', { name: 'List', exact: true }))
    await page.keyboard.press('Enter')
    const year = page.getByRole('combobox', {
      name: 'Year of Open vacancy register used by all landlords',
    })
    await tabTo(page, year)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => year.inputValue()).toBe('2030')
    const headline = page.getByRole('textbox', {
      name: 'Text of Residents of every age walk the street daily',
    })
    await tabTo(page, headline, { back: true })
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('People of every age walk the street daily')
    await page.keyboard.press('Tab')
    await expect
      .poll(() =>
        page
          .getByRole('textbox', { name: 'Text of People of every age walk the street daily' })
          .count(),
      )
      .toBe(1)

    // Stakeholder map → List: set an attitude, relabel a relation, move a relation down.
    await tabTo(page, page.getByRole('button', { name: 'Who must be on board', exact: true }), {
      back: true,
    })
    await page.keyboard.press('Enter')
    await tabTo(page, page.getByRole('button', { name: 'List', exact: true }))
    await page.keyboard.press('Enter')
    const attitude = page.getByRole('combobox', { name: 'Attitude of Residents over 70' })
    await tabTo(page, attitude)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => attitude.inputValue()).toBe('supportive')
    const label = page.getByRole('textbox', {
      name: 'Label of City of Riverside → Property owners',
    })
    await tabTo(page, label)
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('negotiates meanwhile leases')
    await page.keyboard.press('Enter')
    const down = page.getByRole('button', { name: 'Move City of Riverside → Property owners down' })
    await tabTo(page, down)
    await page.keyboard.press('Enter')
    await expect.poll(() => isFocused(down)).toBe(true)

    expect(problems.errors).toEqual([])
    await page.close()

    expect(await server.stop()).toBe(0)
    const exported = tavolo(['export', file, '--format', 'json'])
    expect(exported.status).toBe(0)
    const data = JSON.parse(exported.stdout) as WorkshopDocument
    const [stories, future, map] = data.boards
    if (
      stories?.kind !== 'user-stories' ||
      future?.kind !== 'future-back' ||
      map?.kind !== 'stakeholder-map'
    )
      throw new Error('boards')
    expect(stories.stories.map((s) => s.role).sort()).toEqual([
      'city data officer',
      'resident over 70',
      'shop owner',
      'student',
    ])
    const vacancy = stories.stories.filter((s) => s.theme === 'vacancy').map((s) => s.role)
    expect(vacancy).toEqual(['student', 'shop owner'])
    expect(future.milestones.find((m) => m.id === 'm-2')?.year).toBe(2030)
    expect(future.vision.find((v) => v.id === 'v-3')?.text).toBe(
      'People of every age walk the street daily',
    )
    expect(map.stakeholders.find((k) => k.id === 'k-elderly')?.attitude).toBe('supportive')
    expect(map.relations.map((r) => r.id)).toEqual(['r-2', 'r-1', 'r-3', 'r-4'])
    expect(map.relations.find((r) => r.id === 'r-1')?.label).toBe('negotiates meanwhile leases')
  })
})
