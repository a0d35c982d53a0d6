// Sharing the open workshop on the venue network from the desktop app: the handlers with a real
// store and a real session host; 127.0.0.2 stands in for the LAN address (the only network
// here is loopback, and Linux routes all of 127/8 to it). Only Electron's dialogs are mocked.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { NetworkInterfaceInfo } from 'node:os'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
}))

const { dialog } = await import('electron')
const { createHandlers } = await import('../../../src/main/electron/handlers.ts')
const { DesktopSession } = await import('../../../src/main/electron/desktopSession.ts')
const { RecentIndex } = await import('../../../src/main/electron/recent.ts')
const { lanInterfaces } = await import('../../../src/main/electron/lan.ts')
const { parseArgs } = await import('../../../src/shared/ipc/contract.ts')

const LAN = '127.0.0.2'
const iface = (address: string, family: 'IPv4' | 'IPv6', internal: boolean): NetworkInterfaceInfo =>
  ({
    address,
    family,
    internal,
    netmask: family === 'IPv4' ? '255.0.0.0' : 'ffff::',
    mac: '00:00:00:00:00:00',
    cidr: null,
    ...(family === 'IPv6' && { scopeid: 0 }),
  }) as NetworkInterfaceInfo
const TABLE = {
  lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
  venue: [iface(LAN, 'IPv4', false), iface('fe80::1', 'IPv6', false)],
}

let dir: string
let session: InstanceType<typeof DesktopSession>
let handlers: ReturnType<typeof createHandlers>

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-lan-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html>')
  session = new DesktopSession({ staticDir: dir })
  handlers = createHandlers({
    session,
    recent: new RecentIndex(join(dir, 'userData')),
    window: () => null,
    documentsDir: dir,
    interfaces: () => TABLE,
  })
})
afterEach(async () => {
  await session.close()
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

async function openWorkshop(name: string) {
  vi.mocked(dialog.showSaveDialog).mockResolvedValueOnce({
    canceled: false,
    filePath: join(dir, name),
  })
  const result = await handlers.newWorkshop({ title: name })
  if (result.status !== 'opened') throw new Error(`could not open ${name}`)
  return result.workshop
}

describe('lanInterfaces', () => {
  it('lists the IPv4 addresses that are not loopback, with their interface names', async () => {
    expect(lanInterfaces(TABLE)).toEqual([{ name: 'venue', address: LAN, family: 'IPv4' }])
    expect(lanInterfaces({})).toEqual([])
    expect(await handlers.lanInterfaces()).toEqual([
      { name: 'venue', address: LAN, family: 'IPv4' },
    ])
  })
})

describe('shareOnLan', () => {
  it('validates its argument', () => {
    expect(parseArgs('shareOnLan', [LAN])).toMatchObject({ ok: true })
    expect(parseArgs('shareOnLan', [''])).toMatchObject({ ok: false })
    expect(parseArgs('shareOnLan', [42])).toMatchObject({ ok: false })
    expect(parseArgs('shareOnLan', [])).toMatchObject({ ok: false })
  })

  it("refuses an address that is not one of this computer's, and sharing with nothing open", async () => {
    expect(await handlers.shareOnLan(LAN)).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('no workshop is open'),
    })
    await openWorkshop('refused')
    for (const address of ['10.9.9.9', '127.0.0.1', '0.0.0.0']) {
      expect(await handlers.shareOnLan(address)).toMatchObject({
        status: 'failed',
        message: expect.stringContaining("not one of this computer's network addresses"),
      })
    }
    expect(await handlers.lanShareState()).toMatchObject({ address: null, url: null })
  })

  it('shares the open workshop on the chosen address, remembers it, and stops', async () => {
    const workshop = await openWorkshop('shared')
    const result = await handlers.shareOnLan(LAN)
    expect(result.status).toBe('shared')
    if (result.status !== 'shared') return
    const { token } = workshop.connection
    const port = new URL(workshop.connection.wsUrl).port
    expect(result.state).toEqual({
      address: LAN,
      url: `http://${LAN}:${port}/?token=${token}`,
      lastAddress: LAN,
    })
    const answer = await fetch(`http://${LAN}:${port}/api/session?token=${token}`)
    expect(await answer.json()).toMatchObject({ workshopId: workshop.connection.workshopId })
    expect((await fetch(`http://${LAN}:${port}/api/session`)).status).toBe(401)
    // The window's own connection is unchanged: it stays on loopback.
    expect((await handlers.connection())?.connection.wsUrl).toBe(workshop.connection.wsUrl)
    expect(JSON.parse(readFileSync(join(dir, 'userData', 'lan-share.json'), 'utf8'))).toEqual({
      version: 1,
      lastAddress: LAN,
    })

    expect(await handlers.stopSharingOnLan()).toEqual({
      address: null,
      url: null,
      lastAddress: LAN,
    })
    await expect(fetch(`http://${LAN}:${port}/api/session?token=${token}`)).rejects.toThrow()
    expect((await fetch(`http://127.0.0.1:${port}/api/session?token=${token}`)).status).toBe(200)
  })

  it('ends the share with the workshop', async () => {
    await openWorkshop('closing')
    const result = await handlers.shareOnLan(LAN)
    if (result.status !== 'shared') throw new Error('not shared')
    await handlers.closeWorkshop()
    expect(await handlers.lanShareState()).toEqual({ address: null, url: null, lastAddress: LAN })
    await expect(fetch(result.state.url ?? '')).rejects.toThrow()
  })
})
