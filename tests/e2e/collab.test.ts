// Live collaboration in real Chromium, two participants in two separate browser processes (so no
// BroadcastChannel or shared storage between them), everything inside a loopback-only network
// namespace (collabNet.ts).
// 1. Through the host: each sees the other's edits, pointer and selected card, and who is here.
// 2. A tab closed while the host was away: its offline edit lives on in IndexedDB and reaches the
//    file when the page is opened again with the host back.
// 3. Without the host's sync: a participant keeps working offline on its IndexedDB copy; with a
//    host that only signals (tests/fixtures/host/serve-signal-only.ts), a newcomer gets the whole
//    workshop, offline edit included, from that participant over WebRTC, and edits, pointers and
//    selections flow both ways; none of it reaches the file until a syncing host is back.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addBoard, addStory, createWorkshopDoc } from '../../src/shared/model/index.ts'
import { WorkshopFile } from '../../src/main/store/index.ts'
import type { WorkshopDocument } from '../../src/shared/interchange/schema.ts'
import {
  launchIn,
  loopbackNet,
  participantContext,
  startIn,
  type Hosted,
  type LoopbackNet,
} from './collabNet.ts'

const ROOT = join(import.meta.dirname, '..', '..')
const BIN = join(ROOT, 'bin', 'tavolo.js')
const SIGNAL_ONLY = join(ROOT, 'tests', 'fixtures', 'host', 'serve-signal-only.ts')
const TOKEN = 'C0LLAB7EST'

let net: LoopbackNet
let dir: string
let web: string
const browsers: Browser[] = []
const hosts: Hosted[] = []

beforeAll(async () => {
  net = await loopbackNet()
  dir = mkdtempSync(join(tmpdir(), 'tavolo-e2e-collab-'))
  // Our own build of the web app, so that no other test's rebuild can pull files from under us.
  web = join(dir, 'web')
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const built = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      web,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  )
  if (built.status !== 0) throw new Error(`web build failed:\n${built.stdout}\n${built.stderr}`)
  browsers.push(await launchIn(net), await launchIn(net))
})

afterAll(async () => {
  for (const b of browsers) await b.close()
  for (const h of hosts) await h.stop()
  net?.close()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
})

function workshopFile(name: string): string {
  const path = join(dir, `${name}.tavolo`)
  const doc = createWorkshopDoc({ id: `w-${name}`, title: 'Riverside walk', language: 'en' })
  addBoard(doc, 'user-stories', 'Ideas', { id: 'b-ideas' })
  addStory(doc, 'b-ideas', {
    id: 's-first',
    role: 'resident',
    goal: 'find shade on the square',
    benefit: 'I can sit outside in summer',
  })
  WorkshopFile.create(path, doc).close()
  return path
}

async function serve(file: string, port = 0): Promise<Hosted> {
  const h = await startIn(
    net,
    [BIN, 'serve', file, '--port', String(port), '--token', TOKEN, '--static-dir', web],
    ROOT,
  )
  hosts.push(h)
  return h
}

async function serveSignalOnly(file: string, port: number): Promise<Hosted> {
  const h = await startIn(net, [SIGNAL_ONLY, file, web, TOKEN, String(port)], ROOT)
  hosts.push(h)
  return h
}

/** Whether this page's IndexedDB copy of the workshop holds `text` (Yjs keeps strings as UTF-8). */
function storedLocally(page: Page, workshopId: string, text: string): Promise<boolean> {
  return page.evaluate(
    ({ name, text }) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name)
        open.onerror = () => resolve(false)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('updates')) {
            db.close()
            resolve(false)
            return
          }
          const all = db.transaction('updates').objectStore('updates').getAll()
          all.onerror = () => resolve(false)
          all.onsuccess = () => {
            db.close()
            const decoder = new TextDecoder()
            resolve((all.result as Uint8Array[]).some((u) => decoder.decode(u).includes(text)))
          }
        }
      }),
    { name: `tavolo-workshop-${workshopId}`, text },
  )
}

function exported(file: string): WorkshopDocument {
  const run = spawnSync(process.execPath, [BIN, 'export', file, '--format', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`export failed: ${run.stderr}`)
  return JSON.parse(run.stdout) as WorkshopDocument
}

interface Participant {
  page: Page
  errors: string[]
}

/**
 * Opens the join link in a fresh profile of `browser` and answers the name dialog, which shows
 * once the workshop has arrived (`within` ms).
 */
async function joinAs(
  browser: Browser,
  url: string,
  name: string,
  colour: string,
  within = 30_000,
): Promise<Participant> {
  const context = await participantContext(browser)
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
      errors.push(m.text())
  })
  await page.goto(url)
  const dialog = page.getByRole('dialog', { name: 'Join the workshop' })
  await dialog.waitFor({ timeout: within })
  await dialog.getByLabel('Your name').fill(name)
  await dialog.getByLabel(colour).check()
  await dialog.getByRole('button', { name: 'Join' }).click()
  await dialog.waitFor({ state: 'detached' })
  return { page, errors }
}

async function openBoard(page: Page): Promise<void> {
  await page.locator('nav.tabs').getByRole('button', { name: /Ideas/ }).click()
  await page.locator('[data-card-id="s-first"]').waitFor()
}

async function addStoryThroughUi(page: Page, goal: string): Promise<void> {
  await page.getByRole('button', { name: 'Add story', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Add story' })
  await dialog.getByLabel('Role').fill('cyclist')
  await dialog.getByLabel('Goal').fill(goal)
  await dialog.getByLabel('Benefit').fill('I get there safely')
  await dialog.getByRole('button', { name: 'Add story' }).click()
  await dialog.waitFor({ state: 'detached' })
}

const story = (page: Page, goal: string) =>
  page.getByRole('button', { name: new RegExp(`As a cyclist, I want to ${goal}`) })

/** The other's pointer lands on the same card, at the same place within it. */
async function expectPointerOnCard(
  viewer: Page,
  name: string,
  cardId: string,
  fx: number,
  fy: number,
): Promise<void> {
  const pointer = viewer.locator(`[data-presence-cursor="${name}"]`)
  await pointer.waitFor()
  const card = viewer.locator(`[data-card-id="${cardId}"]`)
  await expect
    .poll(async () => {
      const p = await pointer.boundingBox()
      const c = await card.boundingBox()
      if (p === null || c === null) return 'not visible'
      return Math.abs(p.x - (c.x + fx * c.width)) <= 3 && Math.abs(p.y - (c.y + fy * c.height)) <= 3
        ? 'on card'
        : `at ${p.x},${p.y}`
    })
    .toBe('on card')
}

/** Hovers a card at fractions (fx, fy) of its box. */
async function pointAt(page: Page, cardId: string, fx: number, fy: number): Promise<void> {
  const box = await page.locator(`[data-card-id="${cardId}"]`).boundingBox()
  if (box === null) throw new Error(`card ${cardId} not visible`)
  await page.mouse.move(box.x + fx * box.width - 20, box.y + fy * box.height - 20)
  await page.mouse.move(box.x + fx * box.width, box.y + fy * box.height, { steps: 4 })
}

describe('live collaboration', () => {
  it('shows each participant the other’s edits, pointer, selection and presence through the host', async () => {
    const host = await serve(workshopFile('host-path'))
    const [b1, b2] = browsers as [Browser, Browser]
    const ana = await joinAs(b1, host.url, 'Ana Souza', 'Teal')
    const ben = await joinAs(b2, host.url, 'Ben Okafor', 'Orange')
    for (const p of [ana, ben])
      await p.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor()

    // Who is here, in words (colour is never the only signal).
    const people = (p: Participant) =>
      p.page.getByRole('group', { name: 'People in this workshop' })
    await people(ana).getByText('Ben Okafor, participant').waitFor()
    await people(ben).getByText('Ana Souza, participant').waitFor()

    await openBoard(ana.page)
    await openBoard(ben.page)
    await addStoryThroughUi(ana.page, 'ride a bike lane by the river')
    await story(ben.page, 'ride a bike lane by the river').waitFor({ timeout: 5000 })
    await addStoryThroughUi(ben.page, 'park my bike at the market')
    await story(ana.page, 'park my bike at the market').waitFor({ timeout: 5000 })

    // Ana selects the first card: Ben sees it outlined with her name.
    await ana.page.locator('[data-card-id="s-first"] [data-focus]').focus()
    await ben.page
      .locator('.presence-outline[data-presence-card="s-first"]')
      .filter({ hasText: 'Ana Souza' })
      .waitFor()
    await pointAt(ana.page, 's-first', 0.3, 0.6)
    await expectPointerOnCard(ben.page, 'Ana Souza', 's-first', 0.3, 0.6)
    // And the other way round.
    await ben.page.locator('[data-card-id="s-first"] [data-focus]').focus()
    await ana.page
      .locator('.presence-outline[data-presence-card="s-first"]')
      .filter({ hasText: 'Ben Okafor' })
      .waitFor()

    // Connection settings in a browser: no sync server (the facilitator's app decides that), and
    // this device's own STUN/TURN list, checked before it is kept.
    await ben.page.getByRole('button', { name: 'Connections…' }).click()
    const settings = ben.page.getByRole('dialog', { name: 'Connections' })
    await settings
      .getByText('Only the facilitator’s desktop app connects a workshop to a sync server.')
      .waitFor()
    await settings.getByLabel('STUN/TURN servers').fill('https://stun.example.org')
    await settings.getByRole('button', { name: 'Save' }).click()
    await settings
      .getByRole('alert')
      .filter({ hasText: 'line 1: must start with stun:, turn: or turns:' })
      .waitFor()
    await settings.getByLabel('STUN/TURN servers').fill('turn:turn.venue.example:3478 ana s3cret')
    await settings.getByRole('button', { name: 'Save' }).click()
    await settings
      .getByText('Saved: used the next time the workshop opens on this device.')
      .waitFor()
    expect(await ben.page.evaluate(() => localStorage.getItem('tavolo.iceServers'))).toBe(
      JSON.stringify([
        { urls: 'turn:turn.venue.example:3478', username: 'ana', credential: 's3cret' },
      ]),
    )
    await settings.getByRole('button', { name: 'Close' }).click()

    // Ben leaves: Ana's list and board forget him.
    // Closing the tab says goodbye (beforeunload), as a person closing it would.
    await ben.page.close({ runBeforeUnload: true })
    await expect
      .poll(() => people(ana).getByText('Ben Okafor, participant').count(), { timeout: 40_000 })
      .toBe(0)
    await expect.poll(() => ana.page.locator('.presence-outline').count()).toBe(0)
    expect(ana.errors).toEqual([])
    expect(ben.errors).toEqual([])
    await host.stop()
  })

  it('keeps an edit made offline in a tab that was then closed, and delivers it when the host is back', async () => {
    const file = workshopFile('closed-tab')
    const first = await serve(file)
    const ana = await joinAs(browsers[0] as Browser, first.url, 'Ana Souza', 'Teal')
    await ana.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor()
    await openBoard(ana.page)
    await first.stop()
    await ana.page
      .getByText('Offline — your edits are kept on this device')
      .waitFor({ timeout: 15_000 })
    await addStoryThroughUi(ana.page, 'use a ramp at the library')
    await story(ana.page, 'use a ramp at the library').waitFor()
    // The edit exists only in this browser's IndexedDB once the tab is closed: wait until it is
    // stored there (y-indexeddb writes asynchronously), not for a fixed time.
    await expect
      .poll(() => storedLocally(ana.page, 'w-closed-tab', 'use a ramp at the library'))
      .toBe(true)
    const context = ana.page.context()
    await ana.page.close({ runBeforeUnload: true })
    const again = await serve(file, first.port)
    const page = await context.newPage()
    await page.goto(again.url)
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 20_000 })
    // Remembered name: no dialog this time.
    expect(await page.getByRole('dialog', { name: 'Join the workshop' }).count()).toBe(0)
    await openBoard(page)
    await story(page, 'use a ramp at the library').waitFor()
    // The page sends its copy to the host on connecting, and the host commits it to the file.
    await expect
      .poll(() => JSON.stringify(exported(file)), { timeout: 20_000 })
      .toContain('use a ramp at the library')
    await again.stop()
    expect(JSON.stringify(exported(file))).toContain('use a ramp at the library')
    await context.close()
  })

  it('keeps working over WebRTC alone when the host’s sync is gone', async () => {
    const file = workshopFile('webrtc-path')
    const [b1, b2] = browsers as [Browser, Browser]
    const first = await serve(file)
    const ana = await joinAs(b1, first.url, 'Ana Souza', 'Teal')
    await ana.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor()
    await openBoard(ana.page)
    // The host goes away: Ana is told, honestly, where her edits are.
    await first.stop()
    await ana.page
      .getByText('Offline — your edits are kept on this device')
      .waitFor({ timeout: 15_000 })
    await addStoryThroughUi(ana.page, 'add benches while offline')
    await story(ana.page, 'add benches while offline').waitFor()

    // A host that serves the page and signaling only, on the same address.
    const signalOnly = await serveSignalOnly(file, first.port)
    // Ben's copy comes from Ana over WebRTC: the host cannot sync, so this is the only path. On a
    // loaded machine the first link can take a few heal rounds (announce again every 2-6 s after
    // offers crossed), hence more time than a page served by a syncing host.
    const ben = await joinAs(b2, signalOnly.url, 'Ben Okafor', 'Orange', 90_000)
    await openBoard(ben.page)
    await story(ben.page, 'add benches while offline').waitFor({ timeout: 30_000 })
    await ben.page.getByRole('status').filter({ hasText: 'linked directly to 1 person' }).waitFor()
    await ana.page
      .getByRole('status')
      .filter({ hasText: 'linked directly to 1 person' })
      .waitFor({ timeout: 20_000 })

    await addStoryThroughUi(ben.page, 'lights on the bridge')
    await story(ana.page, 'lights on the bridge').waitFor({ timeout: 5000 })
    await ben.page.locator('[data-card-id="s-first"] [data-focus]').focus()
    await ana.page
      .locator('.presence-outline[data-presence-card="s-first"]')
      .filter({ hasText: 'Ben Okafor' })
      .waitFor()
    await pointAt(ben.page, 's-first', 0.7, 0.4)
    await expectPointerOnCard(ana.page, 'Ben Okafor', 's-first', 0.7, 0.4)
    await ben.page
      .getByRole('group', { name: 'People in this workshop' })
      .getByText('Ana Souza, participant')
      .waitFor()

    // Nothing of this went through the host: the file has neither story yet.
    await signalOnly.stop()
    const goals = (d: WorkshopDocument) => JSON.stringify(d)
    expect(goals(exported(file))).not.toContain('add benches while offline')
    expect(goals(exported(file))).not.toContain('lights on the bridge')

    // A syncing host again: both participants' copies fold into the file.
    const again = await serve(file, first.port)
    await ana.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 20_000 })
    await ben.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 20_000 })
    await again.stop()
    const merged = goals(exported(file))
    expect(merged).toContain('add benches while offline')
    expect(merged).toContain('lights on the bridge')
    expect(ana.errors).toEqual([])
    expect(ben.errors).toEqual([])
  })
})
