// Real Chromium through playwright-core (never a downloaded browser), one page per test file.
import { chromium, type Browser, type Page } from 'playwright-core'

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

export interface PageProblems {
  errors: string[]
}

/** Opens the app and records page errors and CSP violations (a test fails on any). */
export async function openApp(
  browser: Browser,
  url: string,
  { viewport = { width: 1440, height: 900 }, name = 'Ana' } = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport, locale: 'en-GB', reducedMotion: 'reduce' })
  const problems: PageProblems = { errors: [] }
  page.on('pageerror', (e) => problems.errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
      problems.errors.push(m.text())
  })
  await page.goto(url)
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 30_000 })
  // A browser participant is asked for a name on first join (presence); answer it.
  const identity = page.getByRole('dialog', { name: 'Join the workshop' })
  if (await identity.isVisible().catch(() => false)) {
    await identity.getByLabel('Your name').fill(name)
    await identity.getByRole('button', { name: 'Join' }).click()
    await identity.waitFor({ state: 'detached' })
  }
  return { page, problems }
}
