// A browser page learns its workshop from the host that served it: the token from its own
// address, the workshop id from GET /api/session. Tested against a real host on 127.0.0.1.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WorkshopFile } from '../../../src/main/store/index.ts'
import { startHost, type Host } from '../../../src/main/host/index.ts'
import { createWorkshopDoc } from '../../../src/shared/model/index.ts'
import {
  SessionError,
  resolveBrowserSession,
  tokenFromLocation,
} from '../../../src/renderer/src/session/session.ts'

let dir: string
let file: WorkshopFile
let host: Host

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-session-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>')
  file = WorkshopFile.create(
    join(dir, 'w.tavolo'),
    createWorkshopDoc({ id: 'w-test', title: 'Riverside' }),
  )
  host = await startHost({ file, host: '127.0.0.1', port: 0, staticDir: dir })
})

afterAll(async () => {
  await host.close()
  file.close()
  rmSync(dir, { recursive: true, force: true })
})

function locationOf(url: string) {
  const u = new URL(url)
  return { search: u.search, protocol: u.protocol, host: u.host, origin: u.origin }
}

describe('browser session', () => {
  it('reads the token from the join link', () => {
    expect(tokenFromLocation({ search: '?token=ABC123' })).toBe('ABC123')
    expect(tokenFromLocation({ search: '?token=' })).toBeUndefined()
    expect(tokenFromLocation({ search: '' })).toBeUndefined()
  })

  it('asks the host for the workshop and builds the sync address', async () => {
    const session = await resolveBrowserSession(locationOf(host.url))
    expect(session).toMatchObject({
      mode: 'browser',
      workshopId: 'w-test',
      title: 'Riverside',
      token: host.token,
      wsUrl: `ws://127.0.0.1:${host.port}/sync`,
    })
  })

  it('says "denied" for a wrong token and "no-token" without one', async () => {
    const wrong = resolveBrowserSession(locationOf(`http://127.0.0.1:${host.port}/?token=WRONG999`))
    await expect(wrong).rejects.toBeInstanceOf(SessionError)
    await expect(wrong).rejects.toMatchObject({ reason: 'denied' })
    await expect(
      resolveBrowserSession(locationOf(`http://127.0.0.1:${host.port}/`)),
    ).rejects.toMatchObject({ reason: 'no-token' })
  })
})
