/// <reference lib="dom" />
// A card made while the host is away is not lost: the page says it is offline, keeps the edit,
// and sends it when the host is back (same port and token, as after a facilitator's laptop
// restart). The edit must then be in the workshop file.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { WorkshopDocument } from '../../src/shared/interchange/schema.ts'
import { serve, tavolo, type Served } from './support/cli.ts'
import { openApp } from './support/browser.ts'
import { openSampleWorkshop, type SampleWorkshop } from './support/sampleWorkshop.ts'

let sample: SampleWorkshop | undefined
let file: string
let server: Served | undefined
let browser: Browser

beforeAll(async () => {
  sample = await openSampleWorkshop('offline')
  file = sample.file
  server = sample.server
  browser = sample.browser
})

afterAll(async () => {
  await server?.stop()
  await sample?.close()
})

describe('working through a host outage', () => {
  it('keeps an edit made offline and saves it once the host is back', async () => {
    const first = server
    if (first === undefined) throw new Error('no server')
    const { page, problems } = await openApp(browser, first.url)
    const { port, token } = first

    expect(await first.stop()).toBe(0)
    server = undefined
    await page.getByRole('status').filter({ hasText: 'Offline' }).waitFor({ timeout: 20_000 })

    // The board still works: add a story while nobody hosts the workshop.
    await page.getByRole('button', { name: 'Add story', exact: true }).click()
    const d = page.getByRole('dialog', { name: 'Add story' })
    await d.getByLabel('Role').fill('market trader')
    await d.getByLabel('Goal').fill('load my van before 7 am')
    await d.getByLabel('Benefit').fill('the stalls open on time')
    await d.getByLabel('Theme').fill('permits')
    await d.getByRole('button', { name: 'Add story' }).click()
    await page.getByRole('button', { name: /As a market trader, I want to load my van/ }).waitFor()

    // The host comes back on the same address; the page reconnects and sends the edit.
    server = await serve(file, ['--port', String(port), '--token', token])
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 })
    // Wait until the host has the edit in its file (readable while it runs), then stop cleanly.
    await expect
      .poll(() => tavolo(['export', file, '--format', 'json']).stdout, { timeout: 20_000 })
      .toContain('load my van before 7 am')
    expect(problems.errors).toEqual([])
    await page.close()
    expect(await server.stop()).toBe(0)
    server = undefined

    const exported = tavolo(['export', file, '--format', 'json'])
    expect(exported.status).toBe(0)
    const data = JSON.parse(exported.stdout) as WorkshopDocument
    const stories = data.boards.find((b) => b.kind === 'user-stories')
    expect(
      stories?.kind === 'user-stories' && stories.stories.find((s) => s.role === 'market trader'),
    ).toMatchObject({
      goal: 'load my van before 7 am',
      benefit: 'the stalls open on time',
      theme: 'permits',
    })
  })
})
