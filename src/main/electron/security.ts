// Electron's security defaults, applied to the app's session and window: the CSP shared with the
// LAN host on every response, every permission request and check refused, no navigation away
// from the app, no new windows, no <webview>. The renderer is a plain web app that needs none of
// these; anything it ever needs is added here on purpose, with a reason.
import type { Session, WebContents } from 'electron'
import { buildCsp } from '../../shared/security/csp.ts'

/** The renderer talks to its local session host on 127.0.0.1 (ws and http on any port). */
export const DESKTOP_CSP = buildCsp({ connectSrc: ['ws://127.0.0.1:*', 'http://127.0.0.1:*'] })

export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DESKTOP_CSP] },
    })
  })
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** True when `url` is the app page itself (same file, or same dev-server origin and path). */
export function isAppUrl(url: string, appUrl: string): boolean {
  let target: URL
  let app: URL
  try {
    target = new URL(url)
    app = new URL(appUrl)
  } catch {
    return false
  }
  if (target.protocol !== app.protocol) return false
  if (app.protocol === 'file:') return target.pathname === app.pathname && target.host === app.host
  return target.origin === app.origin && target.pathname === app.pathname
}

export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  // The app is one page that never navigates: a link or a dropped file must not replace it.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
