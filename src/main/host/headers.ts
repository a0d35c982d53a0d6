// Headers every host response carries, refusals included.
import type { ServerResponse } from 'node:http'
import { buildCsp } from '../../shared/security/csp.ts'

/** `host[:port]` as a browser would send it; anything else falls back to the listening address. */
export function safeHostHeader(value: string | undefined, fallback: string): string {
  return value !== undefined && /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(value)
    ? value
    : fallback
}

export function securityHeaders(hostHeader: string): Record<string, string> {
  return {
    'Content-Security-Policy': buildCsp({ connectSrc: [`ws://${hostHeader}`] }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  }
}

export function applySecurityHeaders(res: ServerResponse, hostHeader: string): void {
  for (const [name, value] of Object.entries(securityHeaders(hostHeader)))
    res.setHeader(name, value)
}
