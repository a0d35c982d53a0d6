// The window's security settings: every permission refused, the shared CSP on every response,
// no new windows, no navigation away from the app, no <webview>. Electron objects are stand-ins
// that record what the app registers (Electron itself cannot run here).
import { describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'

vi.mock('electron', () => ({}))

const { DESKTOP_CSP, hardenContents, hardenSession } =
  await import('../../../src/main/electron/security.ts')

type Listener = (...args: unknown[]) => unknown

function fakeSession() {
  const handlers: Record<string, Listener> = {}
  const session = {
    webRequest: { onHeadersReceived: (fn: Listener) => (handlers.headers = fn) },
    setPermissionRequestHandler: (fn: Listener) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: Listener) => (handlers.check = fn),
  }
  return { session: session as unknown as Session, handlers }
}

function fakeContents() {
  const on: Record<string, Listener> = {}
  let openHandler: Listener | undefined
  const contents = {
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    on: (event: string, fn: Listener) => (on[event] = fn),
  }
  return { contents: contents as unknown as WebContents, on, open: () => openHandler }
}

describe('desktop window security', () => {
  it('refuses every permission request and check', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session)
    const granted: boolean[] = []
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ])
      handlers.request?.({}, permission, (ok: boolean) => granted.push(ok), {})
    expect(granted).toEqual([false, false, false, false, false])
    expect(handlers.check?.({}, 'media', 'file://', {})).toBe(false)
  })

  it('puts the shared CSP on every response', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session)
    let headers: Record<string, string[]> = {}
    handlers.headers?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders),
    )
    expect(headers['Content-Security-Policy']).toEqual([DESKTOP_CSP])
    expect(headers['Content-Type']).toEqual(['text/html'])
    expect(DESKTOP_CSP).toContain("script-src 'self'")
    expect(DESKTOP_CSP).toContain('connect-src')
  })

  it('denies new windows, navigation, redirects and webviews', () => {
    const { contents, on, open } = fakeContents()
    hardenContents(contents)
    expect(open()?.({ url: 'https://example.org' })).toEqual({ action: 'deny' })
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn()
      on[event]?.({ preventDefault, url: 'https://example.org' })
      expect(preventDefault).toHaveBeenCalledOnce()
    }
  })
})
