// `startHost({ sync: false })`: the page, the session and signaling stay; the sync endpoint is
// refused, so the only way a document travels is y-webrtc between participants.
import { afterEach, describe, expect, it } from 'vitest'
import { startHost } from '../../../src/main/host/index.ts'
import { get, makeStaticDir, memoryFile, openRaw } from '../host/helpers.ts'

const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function host(sync: boolean | undefined) {
  const dirs = makeStaticDir()
  const h = await startHost({
    file: memoryFile(),
    staticDir: dirs.web,
    workshop: () => ({ id: 'w1', title: 'T' }),
    ...(sync === undefined ? {} : { sync }),
  })
  cleanups.push(dirs.cleanup, () => h.close())
  return h
}

describe('host with sync off', () => {
  it('refuses /sync after checking the token, keeps /signal and says so in /api/session', async () => {
    const h = await host(false)
    const base = `ws://127.0.0.1:${h.port}`
    await expect(openRaw(`${base}/sync/w1?token=${h.token}`)).rejects.toThrow('HTTP 404')
    // Without the token the answer does not reveal the endpoint's state.
    await expect(openRaw(`${base}/sync/w1`)).rejects.toThrow('HTTP 401')
    const signal = await openRaw(`${base}/signal?token=${h.token}`)
    signal.close()
    const session = await get(h.port, '/api/session', { Authorization: `Bearer ${h.token}` })
    expect(JSON.parse(session.body)).toMatchObject({
      workshopId: 'w1',
      syncPath: null,
      signalingPath: '/signal',
    })
  })

  it('serves sync by default', async () => {
    const h = await host(undefined)
    const ws = await openRaw(`ws://127.0.0.1:${h.port}/sync/w1?token=${h.token}`)
    ws.close()
    const session = await get(h.port, '/api/session', { Authorization: `Bearer ${h.token}` })
    expect(JSON.parse(session.body)).toMatchObject({ syncPath: '/sync' })
  })
})
