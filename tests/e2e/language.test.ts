/// <reference lib="dom" />
// The app in another language: this device's choice in the top bar switches every label at once,
// survives a reload (localStorage), and "Automatic" goes back to the workshop's language.
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { en } from '../../src/shared/i18n/en/ui.ts'
import { uiCatalogs } from '../../src/shared/i18n/catalogs.ts'
import { openApp } from './support/browser.ts'
import { openSampleWorkshop, type SampleWorkshop } from './support/sampleWorkshop.ts'
import { ROOT } from './support/webBuild.ts'

const SHOTS = join(ROOT, 'docs', 'screenshots')
let sample: SampleWorkshop | undefined
let browser: Browser

beforeAll(async () => {
  sample = await openSampleWorkshop('language')
  browser = sample.browser
})

afterAll(async () => {
  await sample?.close()
})

const label = (lang: 'en' | 'it' | 'el', key: keyof typeof en): string => {
  const message = lang === 'en' ? en[key] : uiCatalogs[lang][key]
  if (typeof message !== 'string') throw new Error(`${lang} ${key}: not a plain message`)
  return message
}

describe('the language of the app', () => {
  it('switches, stays through a reload, and follows the workshop again on Automatic', async () => {
    if (sample === undefined) throw new Error('no sample workshop')
    const { page, problems } = await openApp(browser, sample.server.url)
    expect(label('it', 'search.label')).not.toBe(label('en', 'search.label'))

    await page.getByRole('combobox', { name: label('en', 'language.label') }).selectOption('it')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('it')
    await page.getByRole('combobox', { name: label('it', 'search.label') }).waitFor()
    expect(await page.getByRole('combobox', { name: label('en', 'search.label') }).count()).toBe(0)
    await page.screenshot({ path: join(SHOTS, 'stories-it.png') })

    await page.reload()
    await page.getByRole('combobox', { name: label('it', 'search.label') }).waitFor()

    // Greek script too.
    const picker = page.getByRole('combobox', { name: label('it', 'language.label') })
    await picker.selectOption('el')
    await page.getByRole('combobox', { name: label('el', 'search.label') }).waitFor()

    await page.getByRole('combobox', { name: label('el', 'language.label') }).selectOption('')
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await page.getByRole('combobox', { name: label('en', 'search.label') }).waitFor()
    expect(problems.errors).toEqual([])
    await page.close()
  })
})
