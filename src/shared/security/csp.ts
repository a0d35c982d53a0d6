// The Content-Security-Policy shared by the desktop window and the LAN host, so that the web app
// runs under the same rules wherever it is loaded. Scripts only from the app itself (no inline
// script, no eval), no plugins, no framing, no form posts, no <base> hijacking. Inline styles
// stay allowed because React Flow positions nodes with style attributes.

export type CspOptions = {
  /** Extra sources for connect-src besides 'self', e.g. `ws://192.168.1.20:5173`. */
  connectSrc?: readonly string[]
}

export function buildCsp(options: CspOptions = {}): string {
  const connect = ["'self'", ...(options.connectSrc ?? [])].join(' ')
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ')
}
