import { describe, expect, it } from 'vitest'
import { buildCsp } from '../../../src/shared/security/csp.ts'
import { AddressCounter, TokenBucket, resolveLimits } from '../../../src/main/host/limits.ts'
import {
  checkTokenChoice,
  generateToken,
  normalizeToken,
  TOKEN_ALPHABET,
  tokenMatches,
} from '../../../src/main/host/token.ts'
import { safeHostHeader } from '../../../src/main/host/headers.ts'
import { findStaticFile } from '../../../src/main/host/staticFiles.ts'
import { makeStaticDir } from './helpers.ts'
import { realpathSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

describe('join tokens', () => {
  it('are 8 characters from the unambiguous alphabet and differ', () => {
    const tokens = new Set(Array.from({ length: 500 }, generateToken))
    expect(tokens.size).toBe(500)
    for (const t of tokens)
      expect([...t].every((c) => TOKEN_ALPHABET.includes(c)) && t.length === 8).toBe(true)
    expect(TOKEN_ALPHABET).not.toMatch(/[ILOU]/)
  })

  it('forgive how people type them', () => {
    expect(normalizeToken('abcd-ef01')).toBe('ABCDEF01')
    expect(normalizeToken('o1lI 2345')).toBe('01112345')
    expect(tokenMatches('abcd-efgh', 'ABCDEFGH')).toBe(true)
    expect(tokenMatches('ABCDEFGX', 'ABCDEFGH')).toBe(false)
    expect(tokenMatches('', 'ABCDEFGH')).toBe(false)
    expect(tokenMatches('ABCDEFGH0', 'ABCDEFGH')).toBe(false)
  })

  it('refuses chosen tokens that are short or untypeable', () => {
    expect(checkTokenChoice('wxyz-2345')).toBe('WXYZ2345')
    expect(() => checkTokenChoice('short')).toThrow(/not usable/)
    expect(() => checkTokenChoice('ABCDEFG!')).toThrow(/not usable/)
  })
})

describe('limits', () => {
  it('token bucket allows the burst, then the refill rate', () => {
    const bucket = new TokenBucket(3, 10, 0)
    expect([1, 2, 3, 4].map(() => bucket.take(1, 0))).toEqual([true, true, true, false])
    expect(bucket.take(1, 50)).toBe(false) // 0.5 token after 50 ms
    expect(bucket.take(1, 100)).toBe(true) // 1 token after 100 ms
    expect(bucket.take(1, 10_000)).toBe(true)
    expect(bucket.take(3, 10_000)).toBe(false) // never more than the burst
  })

  it('counts connections per address and overall', () => {
    const counter = new AddressCounter()
    expect(counter.tryAcquire('a', 2, 3)).toBe(true)
    expect(counter.tryAcquire('a', 2, 3)).toBe(true)
    expect(counter.tryAcquire('a', 2, 3)).toBe(false)
    expect(counter.tryAcquire('b', 2, 3)).toBe(true)
    expect(counter.tryAcquire('c', 2, 3)).toBe(false)
    counter.release('a')
    expect(counter.tryAcquire('c', 2, 3)).toBe(true)
  })

  it('rejects nonsense limits with the name of the limit', () => {
    expect(() => resolveLimits({ maxConnectionsPerIp: 0 })).toThrow(/maxConnectionsPerIp/)
    expect(() => resolveLimits({ messagesPerSecond: Number.NaN })).toThrow(/messagesPerSecond/)
  })
})

describe('headers', () => {
  it('builds the same CSP for the desktop window and the host', () => {
    expect(buildCsp()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    )
    expect(buildCsp({ connectSrc: ['ws://10.0.0.2:4000'] })).toContain(
      "connect-src 'self' ws://10.0.0.2:4000;",
    )
  })

  it('uses the Host header only when it looks like a host', () => {
    expect(safeHostHeader('192.168.1.20:7000', 'x')).toBe('192.168.1.20:7000')
    expect(safeHostHeader('[fe80::1]:7000', 'x')).toBe('[fe80::1]:7000')
    expect(safeHostHeader('laptop.local', 'x')).toBe('laptop.local')
    expect(safeHostHeader("evil; script-src 'unsafe-inline'", 'fallback:1')).toBe('fallback:1')
    expect(safeHostHeader(undefined, 'fallback:1')).toBe('fallback:1')
  })
})

describe('static files', () => {
  it('does not follow a symlink out of the static folder', async () => {
    const dirs = makeStaticDir()
    try {
      symlinkSync(join(dirs.root, 'secret.txt'), join(dirs.web, 'assets', 'link.txt'))
      const root = realpathSync(dirs.web)
      expect(await findStaticFile(root, '/assets/link.txt')).toBeNull()
      expect((await findStaticFile(root, '/assets/app.js'))?.contentType).toBe(
        'text/javascript; charset=utf-8',
      )
      expect((await findStaticFile(root, '/'))?.isIndex).toBe(true)
    } finally {
      dirs.cleanup()
    }
  })
})
