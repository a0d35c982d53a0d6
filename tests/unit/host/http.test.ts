import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { startHost } from '../../../src/main/host/index.ts'
import type { Host } from '../../../src/main/host/index.ts'
import { buildCsp } from '../../../src/shared/security/csp.ts'
import { get, makeStaticDir, memoryFile, SECRET } from './helpers.ts'

const dirs = makeStaticDir()
let host: Host

beforeAll(async () => {
  host = await startHost({
    file: memoryFile(),
    staticDir: dirs.web,
    token: 'ABCD2345',
    workshop: () => ({ id: 'w-1', title: 'Riverside' }),
  })
})
afterAll(async () => {
  await host.close()
  dirs.cleanup()
})

describe('startHost set-up', () => {
  it('refuses to start without a built web app and says what to run', async () => {
    const empty = makeStaticDir()
    rmSync(join(empty.web, 'index.html'))
    await expect(startHost({ file: memoryFile(), staticDir: empty.web })).rejects.toThrow(
      /npm run build:web/,
    )
    empty.cleanup()
  })

  it('generates a typeable token and puts it in the join URL', async () => {
    const h = await startHost({ file: memoryFile(), staticDir: dirs.web })
    expect(h.token).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/)
    expect(h.url).toBe(`http://127.0.0.1:${h.port}/?token=${h.token}`)
    await h.close()
  })

  it('refuses a guessable token', async () => {
    await expect(
      startHost({ file: memoryFile(), staticDir: dirs.web, token: 'abc' }),
    ).rejects.toThrow(/not usable/)
  })
})

describe('HTTP', () => {
  it('answers 401 without the token, with the security headers, and leaks nothing', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/api/session', '/?token=WRONG123']) {
      const res = await get(host.port, path)
      expect(res.status, path).toBe(401)
      expect(res.body).not.toContain('Tavolo</title>')
      expect(res.body).not.toContain('Riverside')
      expect(res.headers['content-security-policy']).toBeDefined()
    }
    expect((await get(host.port, '/', { Authorization: 'Bearer WRONG123' })).status).toBe(401)
  })

  it('serves index.html for / with the token, sets the session cookie, no-store and a strict CSP', async () => {
    const res = await get(host.port, '/?token=ABCD2345', { Host: '192.168.1.20:7000' })
    expect(res.status).toBe(200)
    expect(res.body).toContain('<title>Tavolo</title>')
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['referrer-policy']).toBe('no-referrer')
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self'; connect-src 'self' ws://192.168.1.20:7000; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'none'",
    )
    expect(res.headers['content-security-policy']).toBe(
      buildCsp({ connectSrc: ['ws://192.168.1.20:7000'] }),
    )
    const cookie = String(res.headers['set-cookie'])
    expect(cookie).toContain(`tavolo_token_${host.port}=ABCD2345`)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
  })

  it('accepts the cookie for assets, with content types', async () => {
    const cookie = `tavolo_token_${host.port}=ABCD2345`
    const js = await get(host.port, '/assets/app.js', { Cookie: cookie })
    expect(js.status).toBe(200)
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    const css = await get(host.port, '/assets/style.css', { Cookie: `other=1; ${cookie}` })
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8')
    expect(
      (await get(host.port, '/assets/app.js', { Cookie: `tavolo_token_${host.port}=WRONG123` }))
        .status,
    ).toBe(401)
    expect(
      (await get(host.port, '/assets/app.js', { Cookie: `tavolo_token_1=ABCD2345` })).status,
    ).toBe(401)
  })

  it('accepts a bearer token and a typed code in any case with dashes', async () => {
    expect(
      (await get(host.port, '/assets/app.js', { Authorization: 'Bearer ABCD2345' })).status,
    ).toBe(200)
    expect((await get(host.port, '/assets/app.js?token=abcd-2345')).status).toBe(200)
  })

  it('serves /api/session', async () => {
    const res = await get(host.port, '/api/session?token=ABCD2345')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(JSON.parse(res.body)).toEqual({
      workshopId: 'w-1',
      title: 'Riverside',
      syncPath: '/sync',
      signalingPath: '/signal',
    })
  })

  it('never serves files outside the static folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
      '//etc/passwd',
      '/assets',
      '/assets/',
    ]
    for (const path of attempts) {
      const res = await get(host.port, `${path}${path.includes('?') ? '&' : '?'}token=ABCD2345`)
      expect(res.status, path).toBe(404)
      expect(res.body).not.toContain(SECRET)
    }
  })

  it('refuses other methods', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/?token=ABCD2345`, {
      method: 'POST',
      body: 'x',
    })
    expect(res.status).toBe(405)
  })

  it('answers 429 after many wrong codes from one address', async () => {
    const h = await startHost({
      file: memoryFile(),
      staticDir: dirs.web,
      limits: { authFailuresPerMinute: 3 },
    })
    for (let i = 0; i < 3; i++) expect((await get(h.port, '/?token=WRONG123')).status).toBe(401)
    expect((await get(h.port, `/?token=${h.token}`)).status).toBe(429)
    await h.close()
  })
})
