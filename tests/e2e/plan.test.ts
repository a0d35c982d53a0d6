// The action plan in real Chromium against `tavolo serve` on the sample workshop: a story is
// promoted to an action under an objective from its card menu, a milestone with the P shortcut
// to an action under a new objective; the action is completed field by field (responsible from
// the registry, dates with an end before the start refused, budget, an indicator, risks) while
// the completeness list shrinks; its bar appears on the timeline; a CSV export downloaded from the
// browser carries it; and after SIGINT `tavolo export --format json` has it with its source.
import { mkdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkshopDocument } from '../../src/shared/interchange/schema.ts'
import { exportEn } from '../../src/shared/i18n/en/export.ts'
import { exportCatalogs } from '../../src/shared/i18n/exportCatalogs.ts'
import { ROOT } from './support/webBuild.ts'
import { serve, tavolo, type Served } from './support/cli.ts'
import { openApp } from './support/browser.ts'
import { openSampleWorkshop, type SampleWorkshop } from './support/sampleWorkshop.ts'
import { SAMPLE_WORKSHOP_PATH } from '../support/sample.ts'

const SHOTS = join(ROOT, 'docs', 'screenshots')
const TITLE = 'Know footfall per street each month'
let sample: SampleWorkshop | undefined
let dir: string
let file: string
let server: Served
let browser: Browser
let second: Served | undefined

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  sample = await openSampleWorkshop('plan')
  dir = sample.dir
  file = sample.file
  server = sample.server
  browser = sample.browser
})

afterAll(async () => {
  await second?.stop()
  await sample?.close()
})

/** The number on the "To complete" button of the plan toolbar. */
async function toComplete(page: Page): Promise<number> {
  const text = await page.getByRole('button', { name: /^To complete \d+$/ }).textContent()
  return Number(/(\d+)\s*$/.exec(text ?? '')?.[1])
}

async function shoot(target: Page | Locator, name: string): Promise<void> {
  const page = 'page' in target ? target.page() : target
  // Nothing transient in the picture: no toast, no pointer hover, no focus ring.
  const toasts = page.locator('.notices').getByRole('button', { name: 'Close' })
  while ((await toasts.count()) > 0) await toasts.first().click()
  await page.mouse.move(2, 890)
  await page.evaluate(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
  )
  const path = join(SHOTS, `${name}.png`)
  await target.screenshot({ path, animations: 'disabled' })
  expect(statSync(path).size).toBeGreaterThan(20_000)
}

describe('action plan', () => {
  it('promotes, completes, shows on the timeline and exports an action', async () => {
    const { page, problems } = await openApp(browser, server.url)

    // A story becomes an action under "Decide on evidence", from its card menu.
    await page.getByRole('button', { name: 'Who needs what', exact: true }).click()
    const card = page.locator('article', {
      has: page.getByRole('button', { name: /As a city planner, I want to know footfall/ }),
    })
    await card.getByRole('button', { name: /^More actions for/ }).click()
    await page.getByRole('menuitem', { name: /Add to action plan/ }).click()
    const promote = page.getByRole('dialog', { name: 'Add to action plan' })
    await expect(promote.getByRole('radio', { name: 'An action' }).isChecked()).resolves.toBe(true)
    await promote
      .getByRole('combobox', { name: 'Under objective' })
      .selectOption({ label: '3. Decide on evidence' })
    await promote.getByRole('button', { name: 'Add action' }).click()
    await promote.waitFor({ state: 'detached' })

    // A milestone with the keyboard: P on the focused card, a new objective, Enter.
    await page.getByRole('button', { name: 'Riverside high street 2035', exact: true }).click()
    await page
      .getByRole('button', {
        name: 'Milestone 2028: Outdoor seating permits granted within 10 days',
      })
      .focus()
    await page.keyboard.press('p')
    const byKey = page.getByRole('dialog', { name: 'Add to action plan' })
    await byKey
      .getByRole('combobox', { name: 'Under objective' })
      .selectOption({ label: 'New objective…' })
    await byKey.getByRole('textbox', { name: 'Title of the new objective' }).fill('Faster permits')
    await page.keyboard.press('Enter')
    await byKey.waitFor({ state: 'detached' })

    await page.getByRole('button', { name: /^Action plan/ }).click()
    const permits = page.getByRole('region', { name: /^Objective 4\W+Faster permits$/ })
    const permitAction = permits.getByRole('button', {
      name: /^4\.1 Outdoor seating permits granted within 10 days$/,
    })
    await permitAction.click()
    // The milestone's year became the action's dates.
    await expect(permits.getByLabel(/^Start/).inputValue()).resolves.toBe('2028-01-01')
    await expect(permits.getByLabel(/^End/).inputValue()).resolves.toBe('2028-12-31')
    await permitAction.click()

    const before = await toComplete(page)
    const checklist = page.getByRole('complementary', { name: /To complete/ })
    await expect(
      checklist.getByRole('button', { name: `${TITLE}: no responsible` }).isVisible(),
    ).resolves.toBe(true)

    // The checklist entry opens the action and puts the cursor in the field to fill.
    await checklist.getByRole('button', { name: `${TITLE}: no responsible` }).click()
    const responsible = page.getByRole('combobox', { name: `Responsible, ${TITLE}` })
    await expect(responsible.evaluate((el) => el === document.activeElement)).resolves.toBe(true)
    await responsible.fill('riverside uni')
    await page.getByRole('option', { name: /Riverside University/ }).waitFor()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(responsible.inputValue()).resolves.toBe('Riverside University')
    await page.getByText('From the stakeholder registry', { exact: true }).waitFor()
    await expect.poll(() => toComplete(page)).toBe(before - 1)

    // Dates: an end before the start is refused at the field, with the reason.
    const start = page.getByLabel(`Start, ${TITLE}`)
    const end = page.getByLabel(`End, ${TITLE}`)
    await start.fill('2026-10-01')
    await end.fill('2026-09-01')
    // Tab moves between the parts of a date field; Enter commits it.
    await end.press('Enter')
    const refusal = page.getByRole('alert').filter({ hasText: 'is before the start' })
    await refusal.waitFor()
    await expect(end.getAttribute('aria-invalid')).resolves.toBe('true')
    await end.fill('2027-03-31')
    await end.press('Enter')
    await refusal.waitFor({ state: 'detached' })
    await expect.poll(() => toComplete(page)).toBe(before - 2)

    // Budget typed as a number, shown in euros.
    const budget = page.getByLabel(`Budget (EUR), ${TITLE}`)
    await budget.fill('4500')
    await budget.press('Tab')
    await expect.poll(() => budget.inputValue()).toBe('€4,500')

    // An output indicator with its target.
    await page.getByRole('button', { name: 'Add output indicator' }).last().click()
    await page
      .getByRole('textbox', { name: `Indicator 1 of Output indicators, ${TITLE}`, exact: true })
      .fill('Streets counted')
    await page.keyboard.press('Tab')
    await page
      .getByRole('textbox', {
        name: `Target of indicator 1 of Output indicators, ${TITLE}`,
        exact: true,
      })
      .fill('12')
    await page.keyboard.press('Tab')
    await page
      .getByLabel(`Risks and how to handle them, ${TITLE}`)
      .fill('Sensors vandalised: keep manual counts as a backup')
    await page.keyboard.press('Tab')
    await expect.poll(() => toComplete(page)).toBe(before - 5)
    await expect(checklist.getByText(`${TITLE}:`).count()).resolves.toBe(0)

    // Evidence of co-creation: the story, with its votes.
    const action = page.locator('li', {
      has: page.getByRole('button', { name: new RegExp(`^.*${TITLE}`), expanded: true }),
    })
    await action
      .getByRole('button', { name: /^Open on Who needs what: As a city planner/ })
      .waitFor()
    await expect(action.getByText('3 votes').isVisible()).resolves.toBe(true)
    // The picture starts at the objective the action was added to.
    await page
      .getByRole('region', { name: /^Objective 3\W+Decide on evidence$/ })
      .evaluate((el) => {
        const area = el.closest('.section-content')
        if (area !== null)
          area.scrollTop += el.getBoundingClientRect().top - area.getBoundingClientRect().top - 12
      })
    await shoot(page, 'plan')

    // The timeline has a bar named after the action (not a colour alone).
    await page.getByRole('button', { name: 'Timeline', exact: true }).click()
    const bar = page.getByRole('button', { name: new RegExp(`^${TITLE}: .*2026.*2027`) })
    await bar.waitFor()
    await expect(bar.textContent()).resolves.toContain(TITLE)
    await shoot(page, 'gantt')
    await page.getByRole('button', { name: 'Table', exact: true }).click()
    await page
      .getByRole('table', { name: /Timeline of the action plan/ })
      .getByRole('rowheader', { name: TITLE })
      .waitFor()

    // CSV from the browser: the same renderer as `tavolo export`, downloaded as a file.
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const exportDialog = page.getByRole('dialog', { name: 'Export' })
    await exportDialog.getByRole('radio', { name: /^CSV/ }).check()
    const downloading = page.waitForEvent('download')
    await exportDialog.getByRole('button', { name: 'Download' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(
      'riverside-quarter-from-empty-shops-to-a-living-high-street.csv',
    )
    const csvPath = join(dir, 'plan.csv')
    await download.saveAs(csvPath)
    const csv = Papa.parse<Record<string, string>>(
      readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    )
    const row = csv.data.find((r) => r[exportEn.action] === TITLE)
    expect(row).toMatchObject({
      [exportEn.objective]: 'Decide on evidence',
      [exportEn.responsible]: 'Riverside University',
      [exportEn.start]: '2026-10-01',
      [exportEn.end]: '2027-03-31',
      [exportEn.budget]: '4500',
    })
    expect(row?.[exportEn.outputIndicators]).toContain('Streets counted')
    expect(row?.[exportEn.sources]).toContain('city planner')

    // The same CSV in German, chosen in the dialog: German column names, the same values.
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    await exportDialog.getByRole('radio', { name: /^CSV/ }).check()
    await exportDialog
      .getByRole('combobox', { name: 'Language of the document' })
      .selectOption('de')
    const downloadingDe = page.waitForEvent('download')
    await exportDialog.getByRole('button', { name: 'Download' }).click()
    const csvDe = join(dir, 'plan-de.csv')
    await (await downloadingDe).saveAs(csvDe)
    const de = exportCatalogs.de
    expect(de.responsible).not.toBe(exportEn.responsible)
    const rowDe = Papa.parse<Record<string, string>>(
      readFileSync(csvDe, 'utf8').replace(/^\uFEFF/, ''),
      { header: true, skipEmptyLines: true },
    ).data.find((r) => r[de.action] === TITLE)
    expect(rowDe?.[de.responsible]).toBe('Riverside University')
    expect(rowDe?.[de.budget]).toBe('4500')

    expect(problems.errors).toEqual([])
    await page.close()

    // After a clean stop the file has the action with its source.
    expect(await server.stop()).toBe(0)
    const out = tavolo(['export', file, '--format', 'json'])
    expect(out.status).toBe(0)
    const data = JSON.parse(out.stdout) as WorkshopDocument
    const saved = data.actionPlan.actions.find((a) => a.title === TITLE)
    expect(saved).toMatchObject({
      objectiveId: 'o-3',
      responsible: 'k-uni',
      start: '2026-10-01',
      end: '2027-03-31',
      budget: 4500,
      outputIndicators: [{ name: 'Streets counted', target: '12' }],
      risks: 'Sensors vandalised: keep manual counts as a backup',
      status: 'planned',
      sources: [{ boardId: 'b-stories', itemId: 's-4' }],
    })
    const permit = data.actionPlan.actions.find((a) => a.sources?.some((s) => s.itemId === 'm-3'))
    const faster = data.actionPlan.objectives.find((o) => o.title === 'Faster permits')
    expect(permit).toMatchObject({
      objectiveId: faster?.id,
      start: '2028-01-01',
      end: '2028-12-31',
    })
  })

  it('cancels a browser export without a download, and leaves participant names out on request', async () => {
    const copy = join(dir, 'second.tavolo')
    expect(tavolo(['import', SAMPLE_WORKSHOP_PATH, copy]).status).toBe(0)
    second = await serve(copy)
    const { page, problems } = await openApp(browser, second.url)
    const downloads: string[] = []
    page.on('download', (d) => downloads.push(d.suggestedFilename()))

    // The renderers load on the first export: hold that request so the export is still being
    // prepared when Cancel is pressed (a real network delay; nothing in the app is replaced).
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/*.js', async (route) => {
      await held
      await route.continue()
    })
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByRole('radio', { name: /^Excel/ }).check()
    await dialog.getByRole('button', { name: 'Download' }).click()
    await dialog.getByRole('status').filter({ hasText: 'Exporting Excel (XLSX)' }).waitFor()
    await dialog.getByRole('button', { name: 'Cancel export' }).click()
    await page.getByText('Export cancelled. No file was written.').waitFor()
    await dialog.waitFor({ state: 'detached' })
    release()
    await page.unrouteAll({ behavior: 'wait' })
    // The renderers arrive after the cancel: still nothing is downloaded.
    await page.waitForTimeout(1500)
    expect(downloads).toEqual([])

    await page.getByRole('button', { name: 'Export', exact: true }).click()
    await dialog.getByRole('radio', { name: /^JSON/ }).check()
    await dialog.getByRole('checkbox', { name: 'Leave out participant names' }).check()
    const downloading = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download' }).click()
    const path = join(dir, 'no-names.json')
    await (await downloading).saveAs(path)
    const original = JSON.parse(readFileSync(SAMPLE_WORKSHOP_PATH, 'utf8')) as WorkshopDocument
    const text = readFileSync(path, 'utf8')
    expect(original.participants.length).toBeGreaterThan(0)
    for (const p of original.participants) expect(text).not.toContain(p.name)
    expect((JSON.parse(text) as WorkshopDocument).participants).toHaveLength(
      original.participants.length,
    )
    expect(problems.errors).toEqual([])
  })
})
