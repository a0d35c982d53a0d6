// The page's own CSP (meta tag, for the desktop window's file:// page) is the shared policy, so
// the web app runs under the same rules in Electron and in a browser served by the host.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCsp } from '../../../src/shared/security/csp.ts'

describe('renderer CSP', () => {
  it('matches the shared policy (less frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    const shared = buildCsp({ connectSrc: ['ws://127.0.0.1:*', 'http://127.0.0.1:*'] })
      .split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ')
    expect(meta).toBe(shared)
  })

  it('loads nothing from outside the app', () => {
    const html = readFileSync(new URL('../../../src/renderer/index.html', import.meta.url), 'utf8')
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1] ?? '')
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) expect(ref).toMatch(/^(\.\/|data:)/)
  })
})
