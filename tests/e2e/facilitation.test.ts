// Running a session in real Chromium through `tavolo serve`: a facilitator (who opened the
// facilitator link) and two participants, each in their own browser context (separate storage,
// so separate identities). A timed step moves everyone to its board; a dot vote hides the others'
// dots until the reveal, refuses a dot over the limit and feeds the stories' votes; a locked board
// disables the participant's controls and the host refuses an edit forced through the page's own
// document; "follow me" takes a participant along. The file is checked with `tavolo export` after
// SIGINT. Screenshots of the results and of the projector clock go to docs/screenshots/.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkshopDocument } from '../../src/shared/interchange/schema.ts'
import { WorkshopFile } from '../../src/main/store/index.ts'
import {
  addAgendaStep,
  addBoard,
  addParticipant,
  addStory,
  createWorkshopDoc,
} from '../../src/shared/model/index.ts'
import { ensureWebBuild, ROOT } from './support/webBuild.ts'
import { serve, tavolo, type Served } from './support/cli.ts'
import { launch } from './support/browser.ts'

const SHOTS = join(ROOT, 'docs', 'screenshots')

let dir: string
let file: string
let server: Served & { facilitatorUrl?: string }
let browser: Browser
const problems: string[] = []
let fiona: Page
let ana: Page
let ben: Page

const STORIES = {
  bench: 's-bench',
  shade: 's-shade',
  bus: 's-bus',
  market: 's-market',
}

function workshopFile(path: string): void {
  const doc = createWorkshopDoc({
    id: 'w-facilitation-e2e',
    title: 'Riverside ULG',
    language: 'en',
  })
  const intro = addBoard(doc, 'future-back', 'Vision 2035', {
    id: 'b-vision',
    presentYear: 2025,
    horizonYear: 2035,
  })
  const needs = addBoard(doc, 'user-stories', 'Needs', { id: 'b-needs' })
  addBoard(doc, 'stakeholder-map', 'Who matters', { id: 'b-map' })
  const stories: Array<[string, string]> = [
    [STORIES.bench, 'find a bench every 300 m'],
    [STORIES.shade, 'shade on the square'],
    [STORIES.bus, 'a bus after 10 pm'],
    [STORIES.market, 'a covered market'],
  ]
  const anaId = addParticipant(doc, { name: 'Ana', sector: 'citizen' })
  for (const [id, goal] of stories)
    addStory(doc, needs, { id, role: 'resident', goal, benefit: 'life is easier', authorId: anaId })
  addParticipant(doc, { name: 'Ben', sector: 'business' })
  addAgendaStep(doc, { title: 'Welcome', minutes: 10, boardId: intro })
  addAgendaStep(doc, { title: 'Needs of the square', minutes: 30, boardId: needs })
  WorkshopFile.create(path, doc).close()
}

async function open(url: string, name: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    reducedMotion: 'reduce',
  })
  // The developer switch: the page's document is reachable, to force an edit the UI refuses.
  await context.addInitScript(() => localStorage.setItem('tavolo.devtools', '1'))
  const page = await context.newPage()
  page.on('pageerror', (e) => problems.push(`${name}: pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
      problems.push(`${name}: ${m.text()}`)
  })
  await page.goto(url)
  const dialog = page.getByRole('dialog', { name: 'Join the workshop' })
  await dialog.waitFor({ timeout: 30_000 })
  await dialog.getByLabel('Your name').fill(name)
  await dialog.getByRole('button', { name: 'Join' }).click()
  await dialog.waitFor({ state: 'detached' })
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 })
  return page
}

/** The board on screen, by its title field. */
async function boardOnScreen(page: Page): Promise<string> {
  return page
    .getByLabel('Board title')
    .inputValue({ timeout: 2_000 })
    .catch(() => '')
}

/** Opens a board from the section buttons. */
async function showBoard(page: Page, title: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Workshop sections' })
    .getByRole('button', { name: title })
    .click()
}

/** How far the board's main scrolling area is scrolled to the right (0..1; 0 when it cannot). */
function scrollShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = [...document.querySelectorAll<HTMLElement>('.board-lock *')]
      .filter(
        (e) =>
          e.scrollWidth > e.clientWidth + 4 && /(auto|scroll)/.test(getComputedStyle(e).overflowX),
      )
      .sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight)[0]
    return el === undefined ? 0 : el.scrollLeft / (el.scrollWidth - el.clientWidth)
  })
}

function card(page: Page, id: string) {
  return page.locator(`[data-card-id="${id}"]`)
}

function exported(): WorkshopDocument {
  const run = tavolo(['export', file, '--format', 'json'])
  if (run.status !== 0) throw new Error(`export failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as WorkshopDocument
}

beforeAll(async () => {
  await ensureWebBuild()
  dir = mkdtempSync(join(tmpdir(), 'tavolo-e2e-facilitation-'))
  // The host's owner identity lives in this test's folder, not the user's configuration.
  process.env.TAVOLO_IDENTITY = join(dir, 'owner-key.json')
  file = join(dir, 'riverside.tavolo')
  workshopFile(file)
  server = await serve(file)
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

describe('running a session', () => {
  it('gives the facilitator link to the host’s person only; the join link makes participants', async () => {
    expect(server.facilitatorUrl).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/\?token=\w+#facilitator=[\w-]+$/,
    )
    fiona = await open(server.facilitatorUrl ?? '', 'Fiona')
    ana = await open(server.url, 'Ana')
    ben = await open(server.url, 'Ben')
    // The key left the facilitator's address bar once used.
    await expect.poll(() => fiona.evaluate(() => window.location.hash)).toBe('')
    await fiona.getByRole('button', { name: 'Facilitation tools' }).waitFor({ timeout: 15_000 })
    // Participants are offered no facilitation tools at all.
    expect(await ana.getByRole('button', { name: 'Facilitation tools' }).count()).toBe(0)
    expect(await ana.getByRole('button', { name: /^Start step/ }).count()).toBe(0)
  })

  it('a timed step moves everyone to its board with the timer counting', async () => {
    await expect.poll(() => boardOnScreen(ana)).toBe('Vision 2035')
    await fiona.getByRole('button', { name: 'Start step Needs of the square' }).click()
    for (const page of [ana, ben]) {
      await expect.poll(() => boardOnScreen(page), { timeout: 10_000 }).toBe('Needs')
      const timer = page.getByRole('timer')
      await timer.waitFor()
      expect(await timer.getAttribute('aria-label')).toMatch(
        /Needs of the square, (29|30) min \d+ s left/,
      )
    }
    const first = await ana.getByRole('timer').textContent()
    await expect
      .poll(() => ana.getByRole('timer').textContent(), { timeout: 5_000 })
      .not.toBe(first)
    expect(first).toMatch(/(29|30):\d\d/)
    // The running step is marked in everyone's agenda.
    await ben.locator('.agenda-step', { hasText: 'Needs of the square' }).getByText('Now').waitFor()
  })

  it('a dot vote: own dots only until the reveal, the limit refused, results and story votes', async () => {
    await fiona.getByRole('button', { name: 'Facilitation tools' }).click()
    const panel = fiona.getByRole('complementary', { name: 'Facilitation' })
    await panel.getByRole('tab', { name: 'Vote' }).click()
    await panel.getByLabel('Question (optional)').fill('What should come first?')
    await panel.getByLabel('Dots per person').fill('2')
    await panel.getByRole('button', { name: 'Open the vote' }).click()

    const addDot = (page: Page, id: string) =>
      card(page, id).getByRole('button', { name: /^Add a dot to/ })
    await ana.getByText('You have 2 dots left of 2').waitFor({ timeout: 10_000 })
    await addDot(ana, STORIES.bench).click()
    await addDot(ana, STORIES.shade).click()
    await ana.getByText('You have no dots left of 2').waitFor()
    // A third dot is refused politely, and nothing is written.
    await addDot(ana, STORIES.bus).click()
    await ana
      .getByText('You have used all your dots. Take one back from a card to place it elsewhere.')
      .waitFor()
    await addDot(ben, STORIES.bench).click()
    // One dot per card: a second on the same card is refused too.
    await addDot(ben, STORIES.bench).click()
    await ben.getByText('One dot per card in this vote.').waitFor()
    await ben.getByText('You have 1 dot left of 2').waitFor()

    // Before the reveal, nobody sees the others' dots; the facilitator sees the live count.
    await ana.getByText('Results stay hidden until the facilitator reveals them.').waitFor()
    expect(await ana.locator('.vote-table').count()).toBe(0)
    expect(await card(ana, STORIES.bench).locator('.dot-total').count()).toBe(0)
    await panel.getByText('2 people have voted').waitFor({ timeout: 10_000 })
    // Maria is in the room without a laptop: the facilitator places her dot.
    await panel.getByLabel('Name', { exact: true }).fill('Maria')
    await panel.getByRole('button', { name: 'Add', exact: true }).click()
    await fiona.getByText('Placing dots for Maria: 2 left of 2').first().waitFor()
    await addDot(fiona, STORIES.bus).click()
    await fiona.getByText('Placing dots for Maria: 1 left of 2').first().waitFor()
    await panel.getByLabel('Place dots for').selectOption({ label: 'Myself' })
    await panel.getByText('3 people have voted').waitFor({ timeout: 10_000 })

    await panel.getByRole('button', { name: 'Reveal the results' }).click()
    for (const page of [ana, ben]) {
      const table = page.getByRole('table').filter({ hasText: 'Rank' })
      await table.waitFor({ timeout: 10_000 })
      const rows = await table.locator('tbody tr').allTextContents()
      expect(rows[0]).toBe('1find a bench every 300 m2')
      expect(rows[1]).toBe('2shade on the square1')
      expect(rows[2]).toBe('2a bus after 10 pm1')
      await card(page, STORIES.bench).getByText('2 dots').waitFor()
    }
    await ana
      .getByRole('region', { name: 'Dot vote' })
      .screenshot({ path: join(SHOTS, 'vote.png') })

    await panel.getByRole('button', { name: 'Close the vote' }).click()
    await fiona
      .getByRole('alertdialog', { name: 'Close the vote?' })
      .getByRole('button', { name: 'Close the vote' })
      .click()
    // Closing feeds each story's votes: the card's vote count shows it for everyone.
    await expect
      .poll(() => card(ben, STORIES.bench).locator('.vote-button').textContent(), {
        timeout: 10_000,
      })
      .toBe('2')
    await expect
      .poll(() => card(ben, STORIES.shade).locator('.vote-button').textContent())
      .toBe('1')
    expect(await ben.getByRole('region', { name: 'Dot vote' }).count()).toBe(0)
  })

  it('a locked board: controls disabled with the reason, and the host refuses a forced edit', async () => {
    const panel = fiona.getByRole('complementary', { name: 'Facilitation' })
    await panel.getByRole('tab', { name: 'Run' }).click()
    await panel.getByRole('switch', { name: 'Locked' }).click()
    await ana
      .getByText('The facilitator has locked this board. You can read it but not change it.')
      .waitFor({ timeout: 10_000 })
    await expect
      .poll(() => ana.getByRole('button', { name: 'Add story', exact: true }).isDisabled())
      .toBe(true)
    expect(
      await ana
        .getByRole('button', { name: /As a resident, I want to find a bench every 300 m/ })
        .isDisabled(),
    ).toBe(true)
    expect(await ana.getByLabel('Board title').isDisabled()).toBe(true)
    // The facilitator can still edit.
    expect(await fiona.getByRole('button', { name: 'Add story', exact: true }).isDisabled()).toBe(
      false,
    )

    // Ana's page writes into its own document anyway, as a modified client could.
    await ana.evaluate((id) => {
      const { doc } = (window as unknown as { tavoloDevtools: { doc: Y.Doc } }).tavoloDevtools
      const story = doc.getMap('items').get(id) as Y.Map<unknown>
      story.set('goal', 'FORCED while locked')
    }, STORIES.market)
    // The host refuses it and tells her; her screen and everyone's show the story as it was.
    await ana
      .getByText('This board is locked by the facilitator: your change was undone.')
      .waitFor({ timeout: 10_000 })
    await expect
      .poll(
        () =>
          ana.evaluate((id) => {
            const { doc } = (window as unknown as { tavoloDevtools: { doc: Y.Doc } }).tavoloDevtools
            return (doc.getMap('items').get(id) as Y.Map<unknown>).get('goal')
          }, STORIES.market),
        { timeout: 10_000 },
      )
      .toBe('a covered market')
    expect(await card(ben, STORIES.market).textContent()).not.toContain('FORCED')
    await panel.getByRole('switch', { name: 'Locked' }).click()
    await expect
      .poll(() => ana.getByRole('button', { name: 'Add story', exact: true }).isDisabled(), {
        timeout: 10_000,
      })
      .toBe(false)
  })

  it('follow me takes a participant along until they step away', async () => {
    const panel = fiona.getByRole('complementary', { name: 'Facilitation' })
    await panel.getByRole('switch', { name: 'Follow me' }).click()
    await ben.getByText('Following Fiona').waitFor({ timeout: 10_000 })
    await showBoard(fiona, 'Who matters')
    await expect.poll(() => boardOnScreen(ben), { timeout: 10_000 }).toBe('Who matters')
    // Ben steps away; the facilitator's next move does not pull him back.
    await ben.getByRole('button', { name: 'Stop following' }).click()
    await showBoard(fiona, 'Vision 2035')
    await ben.getByRole('button', { name: 'Follow', exact: true }).waitFor({ timeout: 10_000 })
    expect(await boardOnScreen(ben)).toBe('Who matters')
    await ben.getByRole('button', { name: 'Follow', exact: true }).click()
    await expect.poll(() => boardOnScreen(ben), { timeout: 10_000 }).toBe('Vision 2035')
    // The facilitator scrolls the board to its far end: Ben's board follows.
    expect(await scrollShare(ben)).toBe(0)
    await fiona.evaluate(() => {
      const el = [...document.querySelectorAll<HTMLElement>('.board-lock *')]
        .filter(
          (e) =>
            e.scrollWidth > e.clientWidth + 4 &&
            /(auto|scroll)/.test(getComputedStyle(e).overflowX),
        )
        .sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight)[0]
      el?.scrollTo({ left: el.scrollWidth })
    })
    await expect.poll(() => scrollShare(ben), { timeout: 10_000 }).toBeGreaterThan(0.9)
    await panel.getByRole('switch', { name: 'Follow me' }).click()
    await ben.getByText('Following Fiona').waitFor({ state: 'detached', timeout: 10_000 })
  })

  it('the facilitator hands the role on; a participant cannot take it', async () => {
    const panel = fiona.getByRole('complementary', { name: 'Facilitation' })
    await panel.getByRole('tab', { name: 'People' }).click()
    const benRow = panel.getByRole('listitem', { name: 'Ben', exact: true })
    await benRow.getByRole('button', { name: 'Make co-facilitator' }).click()
    await ben.getByRole('button', { name: 'Facilitation tools' }).waitFor({ timeout: 10_000 })
    await benRow.getByRole('button', { name: 'Remove facilitator role' }).click()
    await ben
      .getByRole('button', { name: 'Facilitation tools' })
      .waitFor({ state: 'detached', timeout: 10_000 })

    // Ana's page writes the role for herself anyway: nobody honours it, the host refuses it.
    await ana.evaluate(() => {
      const { doc } = (window as unknown as { tavoloDevtools: { doc: Y.Doc } }).tavoloDevtools
      const session = doc.getMap('session')
      const me = (session.get(`client:${doc.clientID}`) as { userId: string }).userId
      session.set(`role:${me}`, 'facilitator')
    })
    await ana.getByText('Only a facilitator can do this.').waitFor({ timeout: 10_000 })
    expect(await ana.getByRole('button', { name: 'Facilitation tools' }).count()).toBe(0)
    await expect
      .poll(() => panel.getByRole('listitem', { name: 'Ana', exact: true }).textContent())
      .toContain('participant')
    await panel.getByRole('tab', { name: 'Run' }).click()
  })

  it('private writing hides new cards until the reveal; the spotlight shows one card to all', async () => {
    for (const page of [fiona, ana, ben]) await showBoard(page, 'Needs')
    const panel = fiona.getByRole('complementary', { name: 'Facilitation' })
    await panel.getByRole('switch', { name: /^Private writing/ }).click()
    await ana
      .getByText('Private writing: the others will see your new cards')
      .waitFor({ timeout: 10_000 })
    await ana.getByRole('button', { name: 'Add story', exact: true }).click()
    const dialog = ana.getByRole('dialog', { name: 'Add story' })
    await dialog.getByLabel('Role').fill('parent')
    await dialog.getByLabel('Goal').fill('drink from a fountain')
    await dialog.getByLabel('Benefit').fill('children can play longer')
    await dialog.getByRole('button', { name: 'Add story' }).click()
    await ana.getByRole('button', { name: /I want to drink from a fountain/ }).waitFor()
    await fiona.getByText('1 card is waiting for the reveal').first().waitFor({ timeout: 10_000 })
    expect(await ben.getByRole('button', { name: /I want to drink from a fountain/ }).count()).toBe(
      0,
    )
    expect(
      await fiona.getByRole('button', { name: /I want to drink from a fountain/ }).count(),
    ).toBe(0)
    await fiona.getByRole('button', { name: 'Reveal 1 hidden card' }).first().click()
    await ben
      .getByRole('button', { name: /I want to drink from a fountain/ })
      .waitFor({ timeout: 10_000 })
    await panel.getByRole('switch', { name: /^Private writing/ }).click()

    await panel
      .getByLabel('Card in the spotlight')
      .selectOption({ label: 'resident: a bus after 10 pm' })
    await ben
      .getByText('In the spotlight: resident: a bus after 10 pm')
      .waitFor({ timeout: 10_000 })
    await card(ben, STORIES.bus).getByText('In the spotlight').waitFor()
    await panel.getByLabel('Card in the spotlight').selectOption({ label: 'None' })
    await ben
      .getByText('In the spotlight: resident: a bus after 10 pm')
      .waitFor({ state: 'detached', timeout: 10_000 })
  })

  it('anonymity hides authors on every screen; decisions are recorded', async () => {
    await showBoard(fiona, 'Needs')
    await showBoard(ben, 'Needs')
    await expect.poll(() => card(ben, STORIES.bus).textContent()).toContain('by Ana')
    const panel = fiona.getByRole('complementary', { name: 'Facilitation' })
    await panel.getByRole('switch', { name: 'Anonymous: hide who wrote what' }).click()
    await expect
      .poll(() => card(ben, STORIES.bus).textContent(), { timeout: 10_000 })
      .not.toContain('by Ana')
    expect(await card(fiona, STORIES.bus).textContent()).not.toContain('by Ana')
    await panel.getByRole('tab', { name: 'Decisions' }).click()
    await panel
      .getByLabel('Decision', { exact: true })
      .fill('Benches first, with the seniors’ club')
    await panel.getByRole('button', { name: 'Record the decision' }).click()
    await panel.getByText('Benches first, with the seniors’ club').waitFor()
    await panel.getByRole('tab', { name: 'Run' }).click()
  })

  it('projector mode shows the timer large, without the app around it', async () => {
    await fiona.getByRole('button', { name: 'Close the facilitation tools' }).click()
    await showBoard(fiona, 'Needs')
    await fiona.getByRole('button', { name: 'Projector mode (F11)' }).click()
    await fiona.locator('.projector-clock').waitFor()
    expect(await fiona.locator('.topbar').isVisible()).toBe(false)
    await fiona.screenshot({ path: join(SHOTS, 'projector.png') })
    await fiona.keyboard.press('Escape')
    await fiona.locator('.topbar').waitFor()
    expect(problems).toEqual([])
  })

  it('a removed participant stays out, through a reload, until let back in', async () => {
    await fiona.getByRole('button', { name: 'Facilitation tools' }).click()
    const panel = fiona.getByRole('complementary', { name: 'Facilitation' })
    await panel.getByRole('tab', { name: 'People' }).click()
    const benRow = panel.getByRole('listitem', { name: 'Ben', exact: true })
    await benRow.getByRole('button', { name: 'Remove from session' }).click()
    await benRow.getByRole('button', { name: 'Remove Ben' }).click()
    await ben.getByRole('status').filter({ hasText: 'Removed' }).waitFor({ timeout: 15_000 })
    // His page does not reconnect, and a reload is refused at the handshake.
    await ben.reload()
    await ben.getByRole('status').filter({ hasText: 'Removed' }).waitFor({ timeout: 15_000 })
    await ben.waitForTimeout(1_500)
    expect(await ben.getByRole('status').filter({ hasText: 'Connected' }).count()).toBe(0)
    // Ana is not affected.
    await ana.getByRole('status').filter({ hasText: 'Connected' }).waitFor()
    // The facilitator's own page, reloaded, still shows who is out: the host tells it.
    await fiona.reload()
    await fiona.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 })
    await fiona.getByRole('button', { name: 'Facilitation tools' }).click()
    await panel.getByRole('tab', { name: 'People' }).click()
    // Let back in: his next load joins again.
    await benRow.getByRole('button', { name: 'Let Ben back in' }).click()
    await fiona.getByText('Ben can join again.').waitFor()
    await ben.reload()
    await ben.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 15_000 })
    await panel.getByRole('tab', { name: 'Run' }).click()
    await fiona.getByRole('button', { name: 'Close the facilitation tools' }).click()
  })

  it('the join dialog shows the code and a QR code; a new join code disconnects the others', async () => {
    const oldUrl = server.url
    const oldToken = new URL(oldUrl).searchParams.get('token') ?? ''
    // A participant sees the code and the QR code, and no button to change it.
    await ana.getByRole('button', { name: 'Join link' }).click()
    const anaDialog = ana.getByRole('dialog', { name: 'Join link' })
    await anaDialog.getByRole('img', { name: /QR code of the join link/ }).waitFor()
    expect((await anaDialog.locator('.join-code').innerText()).replace(/\s/g, '')).toBe(oldToken)
    expect(await anaDialog.getByRole('button', { name: 'New join code' }).count()).toBe(0)
    await ana.keyboard.press('Escape')
    // The facilitator changes it, after confirming.
    await fiona.getByRole('button', { name: 'Join link' }).click()
    const dialog = fiona.getByRole('dialog', { name: 'Join link' })
    await dialog.getByRole('img', { name: /QR code of the join link/ }).waitFor()
    await dialog.getByRole('button', { name: 'New join code' }).click()
    await dialog.getByText('Everyone must rejoin with the new code').waitFor()
    await dialog.getByRole('button', { name: 'Change the join code' }).click()
    // The facilitator's page reopens with the new code and keeps working.
    await fiona.waitForURL((url) => {
      const token = url.searchParams.get('token')
      return token !== null && token !== oldToken
    })
    const newToken = new URL(fiona.url()).searchParams.get('token') ?? ''
    await fiona.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 })
    await fiona.getByRole('button', { name: 'Join link' }).click()
    const again = fiona.getByRole('dialog', { name: 'Join link' })
    expect((await again.locator('.join-code').innerText()).replace(/\s/g, '')).toBe(newToken)
    await again.getByRole('img', { name: /QR code of the join link/ }).waitFor()
    await fiona.keyboard.press('Escape')
    // The participants were disconnected, and the old link no longer opens the session.
    for (const page of [ana, ben])
      await page
        .getByRole('status')
        .filter({ hasText: 'Access refused' })
        .waitFor({ timeout: 15_000 })
    expect((await fetch(oldUrl)).status).toBe(401)
    expect((await fetch(`${new URL(oldUrl).origin}/?token=${newToken}`)).status).toBe(200)
  })

  it('the file holds the votes and not the forced edit', async () => {
    expect(await server.stop()).toBe(0)
    const data = exported()
    const needs = data.boards.find((b) => b.id === 'b-needs')
    if (needs?.kind !== 'user-stories') throw new Error('no needs board')
    const byId = new Map(needs.stories.map((s) => [s.id, s]))
    expect(byId.get(STORIES.bench)?.votes).toBe(2)
    expect(byId.get(STORIES.shade)?.votes).toBe(1)
    expect(byId.get(STORIES.bus)?.votes).toBe(1)
    expect(byId.get(STORIES.market)?.votes).toBe(0)
    expect(byId.get(STORIES.market)?.goal).toBe('a covered market')
    // Anonymous: no authors in any export; the summary (decisions, votes) is in the report.
    expect([...byId.values()].some((s) => s.authorId !== undefined)).toBe(false)
    const md = tavolo(['export', file, '--format', 'md'])
    expect(md.status).toBe(0)
    expect(md.stdout).toContain('Benches first, with the seniors’ club')
    expect(md.stdout).not.toMatch(/by Ana|Author: Ana/)
  })
})
