import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Host } from '../../../src/main/host/index.ts'
import type { makeStaticDir, memoryFile } from './helpers.ts'
import { closed, connectClient, openRaw, startSeededHost, waitFor, whenSynced } from './helpers.ts'

const WORKSHOP = 'w-sync'
let dirs: ReturnType<typeof makeStaticDir>
let file: ReturnType<typeof memoryFile>
let host: Host
const cleanups: Array<() => void> = []

beforeEach(async () => {
  ;({ dirs, file, host } = await startSeededHost(WORKSHOP))
})
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await host.close()
  dirs.cleanup()
})

function client(token = host.token, workshopId = WORKSHOP): ReturnType<typeof connectClient> {
  const c = connectClient(host.port, workshopId, token)
  cleanups.push(() => c.provider.destroy())
  return c
}

describe('sync endpoint', () => {
  it('gives a y-websocket client the document and relays edits both ways', async () => {
    const a = client()
    const b = client()
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
    expect(a.doc.getMap('seed').get('hello')).toBe('from the file')
    a.doc.getMap('m').set('a', 1)
    b.doc.getArray('list').push(['from b'])
    await waitFor(() => b.doc.getMap('m').get('a') === 1 && a.doc.getArray('list').length === 1)
    expect(file.doc.getMap('m').get('a')).toBe(1)
    expect(file.doc.getArray('list').toArray()).toEqual(['from b'])
  })

  it('gives a late joiner the current document, not the one earlier joiners got', async () => {
    const a = client()
    await whenSynced(a.provider)
    a.doc.getMap('m').set('late', 'news')
    await waitFor(() => file.doc.getMap('m').get('late') === 'news')
    file.doc.getMap('m').set('local', 'edit on the host')
    const b = client()
    await whenSynced(b.provider)
    expect(b.doc.getMap('m').toJSON()).toEqual({ late: 'news', local: 'edit on the host' })
  })

  it('relays only after the file was flushed', async () => {
    const a = client()
    const b = client()
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
    let flushesWhenSeen = -1
    const before = file.flushes
    b.doc.on('update', () => {
      if (flushesWhenSeen < 0) flushesWhenSeen = file.flushes
    })
    a.doc.getMap('m').set('x', 'y')
    await waitFor(() => b.doc.getMap('m').get('x') === 'y')
    expect(flushesWhenSeen).toBeGreaterThan(before)
  })

  it('relays nothing that the file could not save; peers resync once it can', async () => {
    const a = client()
    const b = client()
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
    const realFlush = file.flush
    let failing = true
    file.flush = () => {
      if (failing) throw new Error('disk full')
      realFlush()
    }
    const bClosed = new Promise<number>((resolve) =>
      b.provider.once('connection-close', (e) => resolve(e?.code ?? 0)),
    )
    a.doc.getMap('m').set('unsaved', 1)
    expect(await bClosed).toBe(1011)
    expect(b.doc.getMap('m').get('unsaved')).toBeUndefined()
    failing = false
    await waitFor(() => b.doc.getMap('m').get('unsaved') === 1)
  })

  it('relays awareness between clients', async () => {
    const a = client()
    const b = client()
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
    a.provider.awareness.setLocalStateField('user', { name: 'Ana' })
    await waitFor(() => {
      const s = b.provider.awareness.getStates().get(a.doc.clientID) as
        { user?: { name: string } } | undefined
      return s?.user?.name === 'Ana'
    })
    await waitFor(() => host.participants().some((p) => p.clientIds.includes(a.doc.clientID)))
  })

  it('refuses a missing or wrong token at the upgrade', async () => {
    const base = `ws://127.0.0.1:${host.port}/sync/${WORKSHOP}`
    await expect(openRaw(base)).rejects.toThrow('HTTP 401')
    await expect(openRaw(`${base}?token=WRONG123`)).rejects.toThrow('HTTP 401')
    await expect(openRaw(base, { Authorization: 'Bearer WRONG123' })).rejects.toThrow('HTTP 401')
    const ok = await openRaw(base, { Authorization: `Bearer ${host.token}` })
    ok.close()
  })

  it('refuses upgrades to unknown endpoints', async () => {
    await expect(openRaw(`ws://127.0.0.1:${host.port}/other?token=${host.token}`)).rejects.toThrow(
      'HTTP 404',
    )
    await expect(openRaw(`ws://127.0.0.1:${host.port}/sync?token=${host.token}`)).rejects.toThrow(
      'HTTP 404',
    )
  })

  it('accepts the cookie only from the page origin', async () => {
    const base = `ws://127.0.0.1:${host.port}/sync/${WORKSHOP}`
    const cookie = `tavolo_token_${host.port}=${host.token}`
    await expect(openRaw(base, { Cookie: cookie, Origin: 'http://evil.example' })).rejects.toThrow(
      'HTTP 401',
    )
    const ok = await openRaw(base, { Cookie: cookie, Origin: `http://127.0.0.1:${host.port}` })
    ok.close()
  })

  it('closes connections to an unknown workshop with a permanent code', async () => {
    const ws = await openRaw(`ws://127.0.0.1:${host.port}/sync/other?token=${host.token}`)
    expect((await closed(ws)).code).toBe(4404)
  })

  it('rotateToken drops old connections and refuses the old token', async () => {
    const a = client()
    await whenSynced(a.provider)
    const closedWith = new Promise<number>((resolve) =>
      a.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    )
    const old = host.token
    const next = host.rotateToken()
    expect(next).not.toBe(old)
    expect(await closedWith).toBe(4401)
    await expect(
      openRaw(`ws://127.0.0.1:${host.port}/sync/${WORKSHOP}?token=${old}`),
    ).rejects.toThrow('HTTP 401')
    const b = client(next)
    await whenSynced(b.provider)
  })

  it('removeParticipant disconnects that participant only', async () => {
    const a = client()
    const b = client()
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)])
    a.provider.awareness.setLocalStateField('user', { name: 'Ana' })
    await waitFor(() => host.participants().some((p) => p.clientIds.includes(a.doc.clientID)))
    expect(host.removeParticipant(a.doc.clientID)).toBe(true)
    await waitFor(() => !a.provider.wsconnected && !a.provider.shouldConnect)
    b.doc.getMap('m').set('still', 'here')
    await waitFor(() => file.doc.getMap('m').get('still') === 'here')
    expect(host.removeParticipant(123456)).toBe(false)
  })

  it('flushes on close and leaves the doc usable', async () => {
    const a = client()
    await whenSynced(a.provider)
    a.doc.getMap('m').set('k', 'v')
    await waitFor(() => file.doc.getMap('m').get('k') === 'v')
    const before = file.flushes
    await host.close()
    expect(file.flushes).toBeGreaterThan(before)
    file.doc.getMap('m').set('after', 1)
    expect(Y.encodeStateAsUpdate(file.doc).length).toBeGreaterThan(0)
  })
})
