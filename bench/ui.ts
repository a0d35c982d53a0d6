/// <reference lib="dom" />
// UI benchmark (real Chromium through playwright-core, against the built web app served by a
// real session host on 127.0.0.1):
//  - a user-stories board with 1,000 cards and a stakeholder grid with 300 stakeholders: time
//    from "document loaded" (first sync done) to "board interactive" (first frame after the
//    board rendered), as a ratio to rendering the same texts as plain <div>s in the same page
//    and run (goal <= 5);
//  - p95 frame time while dragging a card and a stakeholder chip (goal: within a 60 Hz frame).
// Prints a table, then one JSON line.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { WorkshopFile } from '../src/main/store/index.ts'
import { startHost, type Host } from '../src/main/host/index.ts'
import { createWorkshopDoc, importWorkshop } from '../src/shared/model/index.ts'
import type { WorkshopDocument } from '../src/shared/interchange/schema.ts'
import { ensureWebBuild } from '../tests/e2e/support/webBuild.ts'
import { launch } from '../tests/e2e/support/browser.ts'

const STORIES = 1000
const STAKEHOLDERS = 300
const RUNS = 9
const FRAME_60HZ = 1000 / 60

/** Deterministic pseudo-random numbers, so every run benchmarks the same workshop. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const ROLES = [
  'resident',
  'shop owner',
  'student',
  'city planner',
  'café owner',
  'landlord',
  'teacher',
  'bus driver',
  'nurse',
  'artist',
]
const GOALS = [
  'find a bench every 300 m',
  'see which units are vacant',
  'rent a window for a weekend',
  'know footfall per street',
  'put tables outside',
  'cycle safely to school',
  'meet neighbours in the square',
  'start a repair café',
]
const BENEFITS = [
  'I can walk to the market',
  'I can test my idea cheaply',
  'we decide on evidence',
  'the street feels alive',
  'my children are safe',
]
const THEMES = [
  'vacancy',
  'public space',
  'data',
  'permits',
  'mobility',
  'culture',
  'safety',
  'greenery',
  'events',
  'housing',
]
const PRIORITIES = ['must', 'should', 'could', 'wont'] as const
const SECTORS = ['public', 'business', 'academia', 'civil-society', 'citizen', 'other'] as const
const ATTITUDES = ['supportive', 'neutral', 'opposed'] as const

function base(id: string, title: string): WorkshopDocument {
  return {
    format: 'tavolo-workshop',
    version: 1,
    workshop: { id, title, language: 'en' },
    participants: [],
    agenda: [],
    boards: [],
    actionPlan: { objectives: [], actions: [] },
  }
}

function storiesWorkshop(): { data: WorkshopDocument; texts: string[] } {
  const r = random(1)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T
  const stories = Array.from({ length: STORIES }, (_, i) => ({
    id: `s-${i}`,
    role: `${pick(ROLES)} ${i}`,
    goal: pick(GOALS),
    benefit: pick(BENEFITS),
    theme: THEMES[i % THEMES.length] as string,
    priority: pick(PRIORITIES),
    votes: Math.floor(r() * 8),
  }))
  const data = base('w-bench-stories', 'Bench: 1,000 stories')
  data.boards.push({ id: 'b-stories', kind: 'user-stories', title: 'Stories', stories })
  return { data, texts: stories.map((s) => `As a ${s.role} I want ${s.goal} so that ${s.benefit}`) }
}

function gridWorkshop(): { data: WorkshopDocument; texts: string[] } {
  const r = random(2)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T
  const stakeholders = Array.from({ length: STAKEHOLDERS }, (_, i) => ({
    id: `k-${i}`,
    name: `Stakeholder ${i} ${pick(['association', 'agency', 'university', 'council', 'company'])}`,
    sector: pick(SECTORS),
    influence: 1 + Math.floor(r() * 5),
    interest: 1 + Math.floor(r() * 5),
    attitude: pick(ATTITUDES),
  }))
  const data = base('w-bench-grid', 'Bench: 300 stakeholders')
  data.boards.push({
    id: 'b-map',
    kind: 'stakeholder-map',
    title: 'Map',
    stakeholders,
    relations: [],
  })
  return { data, texts: stakeholders.map((k) => k.name) }
}

async function host(
  dir: string,
  name: string,
  data: WorkshopDocument,
): Promise<{ host: Host; file: WorkshopFile }> {
  const doc = createWorkshopDoc()
  importWorkshop(doc, data)
  const file = WorkshopFile.create(join(dir, `${name}.tavolo`), doc)
  return { host: await startHost({ file, host: '127.0.0.1', port: 0 }), file }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0
}

/** Loads the page and returns ms from "doc loaded" to "board ready", from the app's marks. */
async function boardTime(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url)
  await page.waitForFunction((m) => performance.getEntriesByName(m, 'mark').length > 0, mark, {
    timeout: 60_000,
  })
  return page.evaluate((m) => {
    const start = performance.getEntriesByName('tavolo:doc-loaded', 'mark')[0]?.startTime ?? NaN
    const end = performance.getEntriesByName(m, 'mark')[0]?.startTime ?? NaN
    return end - start
  }, mark)
}

/** The same texts as plain <div>s, in the same page: ms to the first frame after adding them. */
async function plainTime(page: Page, texts: string[]): Promise<number> {
  return page.evaluate(
    (list) =>
      new Promise<number>((resolve) => {
        const t0 = performance.now()
        const box = document.createElement('div')
        for (const text of list) {
          const div = document.createElement('div')
          div.textContent = text
          box.appendChild(div)
        }
        document.body.appendChild(box)
        requestAnimationFrame(() => {
          const ms = performance.now() - t0
          box.remove()
          resolve(ms)
        })
      }),
    texts,
  )
}

async function dismissIdentity(page: Page): Promise<void> {
  const identity = page.getByRole('dialog', { name: 'Join the workshop' })
  if (await identity.isVisible().catch(() => false)) {
    await identity.getByLabel('Your name').fill('Bench')
    await identity.getByRole('button', { name: 'Join' }).click()
    await identity.waitFor({ state: 'detached' })
  }
}

/** Drags `from` towards `to` in many small pointer moves; returns frame times during the drag. */
async function dragFrames(page: Page, from: string, to: string): Promise<number[]> {
  const a = await page.locator(from).first().boundingBox()
  const b = await page.locator(to).first().boundingBox()
  if (a === null || b === null) throw new Error(`drag: ${from} or ${to} not visible`)
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean }
    w.__frames = []
    w.__recording = true
    const tick = (t: number) => {
      w.__frames.push(t)
      if (w.__recording) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
  const x0 = a.x + a.width / 2
  const y0 = a.y + Math.min(a.height / 2, 30)
  await page.mouse.move(x0, y0)
  await page.mouse.down()
  const steps = 120
  for (let i = 1; i <= steps; i++) {
    const f = i / steps
    await page.mouse.move(
      x0 + (b.x + b.width / 2 - x0) * f,
      y0 + (b.y + 40 - y0) * f + Math.sin(f * 12) * 20,
    )
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean }
    w.__recording = false
    return w.__frames
  })
  await page.mouse.up()
  return frames.slice(1).map((t, i) => t - (frames[i] ?? t))
}

async function main(): Promise<void> {
  await ensureWebBuild()
  const dir = mkdtempSync(join(tmpdir(), 'tavolo-bench-ui-'))
  const stories = storiesWorkshop()
  const grid = gridWorkshop()
  const hosts = [await host(dir, 'stories', stories.data), await host(dir, 'grid', grid.data)]
  const browser = await launch()
  const results: Record<string, unknown> = {}
  const rows: string[][] = []
  try {
    for (const [name, h, texts, mark, dragFrom, dragTo] of [
      [
        'stories-1000',
        hosts[0],
        stories.texts,
        'tavolo:board-ready:user-stories',
        '.story-card .card-main',
        '.column:nth-of-type(3)',
      ],
      [
        'grid-300',
        hosts[1],
        grid.texts,
        'tavolo:board-ready:stakeholder-grid',
        '.chip-card .chip-main',
        '.grid-cell[data-influence="5"][data-interest="5"]',
      ],
    ] as const) {
      if (h === undefined) continue
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
      const board: number[] = []
      const plain: number[] = []
      for (let run = 0; run < RUNS; run++) {
        board.push(await boardTime(page, h.host.url, mark))
        // Twice per load: the baseline is cheap and noisy on a shared machine.
        plain.push(await plainTime(page, texts), await plainTime(page, texts))
      }
      await dismissIdentity(page)
      const frames = await dragFrames(page, dragFrom, dragTo)
      await page.close()
      const boardMs = median(board)
      const plainMs = median(plain)
      const p95 = percentile(frames, 95)
      results[name] = {
        boardMs: Math.round(boardMs * 10) / 10,
        plainMs: Math.round(plainMs * 10) / 10,
        ratio: Math.round((boardMs / plainMs) * 100) / 100,
        dragFrames: frames.length,
        dragP95Ms: Math.round(p95 * 10) / 10,
        dragWithin60Hz: p95 <= FRAME_60HZ + 1,
      }
      rows.push([
        name,
        boardMs.toFixed(1),
        plainMs.toFixed(1),
        (boardMs / plainMs).toFixed(2),
        String(frames.length),
        p95.toFixed(1),
      ])
    }
  } finally {
    await browser.close()
    for (const h of hosts) {
      await h.host.close()
      h.file.close()
    }
    rmSync(dir, { recursive: true, force: true })
  }
  const head = [
    'board',
    'ready ms',
    'plain divs ms',
    'ratio (goal <= 5)',
    'drag frames',
    'drag p95 ms (goal <= 16.7)',
  ]
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')
  process.stdout.write(`${line(head)}\n${rows.map(line).join('\n')}\n`)
  process.stdout.write(`${JSON.stringify({ suite: 'ui', runs: RUNS, ...results })}\n`)
}

await main()
