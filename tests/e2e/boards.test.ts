// Content created through the UI on every board kind reaches the workshop file: a story, a
// vision headline, a milestone moved to another year (by drag and by keyboard), a stakeholder
// moved on the grid (by drag and by keyboard) and a relation. The server is stopped with SIGINT
// and `tavolo export --format json` must show every edit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkshopDocument } from '../../src/shared/interchange/schema.ts'
import { ensureWebBuild } from './support/webBuild.ts'
import { emptyWorkshopJson, serve, tavolo, type Served } from './support/cli.ts'
import { launch, openApp } from './support/browser.ts'

let dir: string
let file: string
let server: Served
let browser: Browser

beforeAll(async () => {
  await ensureWebBuild()
  dir = mkdtempSync(join(tmpdir(), 'tavolo-e2e-boards-'))
  writeFileSync(join(dir, 'empty.json'), emptyWorkshopJson('E2E workshop'))
  file = join(dir, 'w.tavolo')
  expect(tavolo(['import', join(dir, 'empty.json'), file]).status).toBe(0)
  server = await serve(file)
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

async function newBoard(page: Page, kind: string): Promise<void> {
  await page.getByRole('button', { name: 'New board' }).click()
  await page.getByRole('menuitem', { name: `New ${kind} board` }).click()
}

/** A pointer drag in small steps, as a person's mouse would move. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox()
  const b = await to.boundingBox()
  if (a === null || b === null) throw new Error('drag: element not visible')
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  const steps = 12
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      a.x + a.width / 2 + ((b.x + b.width / 2 - (a.x + a.width / 2)) * i) / steps,
      a.y + a.height / 2 + ((b.y + b.height / 2 - (a.y + a.height / 2)) * i) / steps,
    )
  }
  await page.mouse.up()
}

describe('creating content on every board kind', () => {
  it('keeps every edit in the workshop file', async () => {
    const { page, problems } = await openApp(browser, server.url)
    const thisYear = new Date().getFullYear()

    // User stories: a story in a theme.
    await newBoard(page, 'User stories')
    await page.getByRole('button', { name: 'Add story', exact: true }).click()
    const storyDialog = page.getByRole('dialog', { name: 'Add story' })
    await storyDialog.getByLabel('Role').fill('resident over 70')
    await storyDialog.getByLabel('Goal').fill('find a bench every 300 m')
    await storyDialog.getByLabel('Benefit').fill('I can walk to the market')
    await storyDialog.getByLabel('Theme').fill('public space')
    await storyDialog.getByLabel('Priority').selectOption('must')
    await storyDialog.getByRole('button', { name: 'Add story' }).click()
    await expect
      .poll(() =>
        page.getByRole('button', { name: /As a resident over 70, I want to find a bench/ }).count(),
      )
      .toBe(1)
    await expect.poll(() => page.getByRole('heading', { name: /public space/ }).count()).toBe(1)

    // Future-back: a vision headline and a milestone moved by drag, then by keyboard.
    await newBoard(page, 'Future-back')
    await page.getByRole('button', { name: 'Add headline' }).click()
    await page.getByRole('dialog').getByLabel('Text').fill('Every ground floor is alive')
    await page.getByRole('dialog').getByRole('button', { name: 'Add' }).click()
    await page.getByRole('button', { name: 'Add milestone', exact: true }).click()
    const milestoneDialog = page.getByRole('dialog')
    await milestoneDialog.getByLabel('Text').fill('Vacancy register is open')
    await milestoneDialog.getByLabel('Year').selectOption(String(thisYear + 2))
    await milestoneDialog.getByRole('button', { name: 'Add' }).click()
    const milestone = page.getByRole('button', {
      name: /^Milestone \d{4}: Vacancy register is open$/,
    })
    await expect
      .poll(() => milestone.getAttribute('aria-label'))
      .toBe(`Milestone ${thisYear + 2}: Vacancy register is open`)
    await drag(page, milestone, page.getByRole('region', { name: `${thisYear + 5}, 0 milestones` }))
    await expect
      .poll(() => milestone.getAttribute('aria-label'))
      .toBe(`Milestone ${thisYear + 5}: Vacancy register is open`)
    await milestone.focus()
    await page.keyboard.press('Alt+ArrowRight')
    await expect
      .poll(() => milestone.getAttribute('aria-label'))
      .toBe(`Milestone ${thisYear + 6}: Vacancy register is open`)

    // Stakeholder map: two stakeholders, one moved on the grid by drag and by keyboard.
    await newBoard(page, 'Stakeholder map')
    for (const [name, influence, interest] of [
      ['City of Riverside', '2', '2'],
      ['Riverside University', '3', '5'],
    ] as const) {
      await page.getByRole('button', { name: 'Add stakeholder' }).click()
      const d = page.getByRole('dialog', { name: 'Add stakeholder' })
      await d.getByLabel('Name').fill(name)
      await d.getByLabel('Influence').selectOption(influence)
      await d.getByLabel('Interest').selectOption(interest)
      await d.getByRole('button', { name: 'Add' }).click()
    }
    const city = page.getByRole('button', { name: /^City of Riverside: influence/ })
    await expect
      .poll(() => city.getAttribute('aria-label'))
      .toMatch(/influence 2, interest 2, Monitor/)
    await drag(page, city, page.getByRole('group', { name: 'Influence 5, interest 5' }))
    await expect
      .poll(() => city.getAttribute('aria-label'))
      .toMatch(/influence 5, interest 5, Manage closely/)
    await city.focus()
    await page.keyboard.press('ArrowLeft')
    await expect
      .poll(() => city.getAttribute('aria-label'))
      .toMatch(/influence 5, interest 4, Manage closely/)

    // Relations: connect the two with a labelled relation.
    await page.getByRole('button', { name: 'Relations' }).click()
    const form = page.getByRole('form', { name: 'Add relation' })
    await form.getByLabel('From').selectOption({ label: 'City of Riverside' })
    await form.getByLabel('To').selectOption({ label: 'Riverside University' })
    await form.getByLabel('Label').fill('funds research')
    await form.getByRole('button', { name: 'Add relation' }).click()
    await expect
      .poll(() => page.getByText('City of Riverside → Riverside University').count())
      .toBe(1)
    await expect
      .poll(() => page.locator('.flow-edge-label', { hasText: 'funds research' }).count())
      .toBe(1)

    expect(problems.errors).toEqual([])
    await page.close()

    // Stop the server cleanly, then read the file back through the CLI.
    expect(await server.stop()).toBe(0)
    const exported = tavolo(['export', file, '--format', 'json'])
    expect(exported.status).toBe(0)
    const data = JSON.parse(exported.stdout) as WorkshopDocument
    const boards = data.boards
    expect(boards.map((b) => b.kind)).toEqual(['user-stories', 'future-back', 'stakeholder-map'])
    const [stories, future, map] = boards
    expect(stories?.kind === 'user-stories' && stories.stories).toEqual([
      expect.objectContaining({
        role: 'resident over 70',
        goal: 'find a bench every 300 m',
        benefit: 'I can walk to the market',
        theme: 'public space',
        priority: 'must',
      }),
    ])
    expect(future?.kind === 'future-back' && future.vision.map((v) => v.text)).toEqual([
      'Every ground floor is alive',
    ])
    expect(future?.kind === 'future-back' && future.milestones).toEqual([
      expect.objectContaining({ text: 'Vacancy register is open', year: thisYear + 6 }),
    ])
    if (map?.kind !== 'stakeholder-map') throw new Error('no stakeholder map')
    const byName = new Map(map.stakeholders.map((k) => [k.name, k]))
    expect(byName.get('City of Riverside')).toMatchObject({ influence: 5, interest: 4 })
    expect(byName.get('Riverside University')).toMatchObject({ influence: 3, interest: 5 })
    expect(map.relations).toEqual([
      expect.objectContaining({
        from: byName.get('City of Riverside')?.id,
        to: byName.get('Riverside University')?.id,
        label: 'funds research',
      }),
    ])
  })
})
