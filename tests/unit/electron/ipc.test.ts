// Main validates every IPC call: the sender must be the app page's top frame and the arguments
// must pass the contract's validators, before any handler runs. Electron itself is the only
// thing mocked (it cannot run here).
import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
}))

const { ipcMain } = await import('electron')
const { IPC_NAMES, channelOf, parseArgs } = await import('../../../src/shared/ipc/contract.ts')
const { isTrustedSender, makeInvokeHandler, registerIpc, IpcRefusedError } =
  await import('../../../src/main/electron/ipc.ts')
const { isAppUrl } = await import('../../../src/main/electron/security.ts')
import type { TavoloApi } from '../../../src/shared/ipc/contract.ts'
import type { IpcMainInvokeEvent } from 'electron'

const APP = 'file:///opt/tavolo/out/renderer/index.html'

/** Handlers that record their calls (the real ones are tested in handlers.test.ts). */
function recordingHandlers() {
  const calls: Array<[string, unknown[]]> = []
  const record =
    (name: string, result: unknown) =>
    async (...args: unknown[]) => {
      calls.push([name, args])
      return result
    }
  const handlers = {
    listRecent: record('listRecent', []),
    forgetRecent: record('forgetRecent', []),
    newWorkshop: record('newWorkshop', { status: 'cancelled' }),
    openWorkshop: record('openWorkshop', { status: 'cancelled' }),
    openRecent: record('openRecent', { status: 'cancelled' }),
    importJson: record('importJson', { status: 'cancelled' }),
    exportWorkshop: record('exportWorkshop', { status: 'cancelled' }),
    cancelExport: record('cancelExport', false),
    exportProgress: record('exportProgress', null),
    connection: record('connection', null),
    closeWorkshop: record('closeWorkshop', null),
    joinSession: record('joinSession', { status: 'cancelled' }),
    connectSyncServer: record('connectSyncServer', { status: 'failed', message: 'none' }),
    disconnectSyncServer: record('disconnectSyncServer', null),
    syncServerState: record('syncServerState', null),
    lanInterfaces: record('lanInterfaces', []),
    shareOnLan: record('shareOnLan', { status: 'failed', message: 'none' }),
    stopSharingOnLan: record('stopSharingOnLan', { address: null, url: null, lastAddress: null }),
    lanShareState: record('lanShareState', { address: null, url: null, lastAddress: null }),
  } satisfies Record<keyof TavoloApi, unknown>
  return { calls, handlers: handlers as unknown as TavoloApi }
}

function event(url: string, parent: object | null = null): IpcMainInvokeEvent {
  const senderFrame = { url, parent }
  return { senderFrame, sender: {} } as unknown as IpcMainInvokeEvent
}

describe('IPC sender checks', () => {
  it('trusts only the app page in a top frame', () => {
    expect(isTrustedSender(event(APP), APP)).toBe(true)
    expect(isTrustedSender(event(`${APP}#/workshop`), APP)).toBe(true)
    expect(isTrustedSender(event(APP, {}), APP)).toBe(false)
    expect(isTrustedSender(event('file:///tmp/evil.html'), APP)).toBe(false)
    expect(isTrustedSender(event('https://example.org/'), APP)).toBe(false)
    expect(
      isTrustedSender({ senderFrame: null, sender: {} } as unknown as IpcMainInvokeEvent, APP),
    ).toBe(false)
  })

  it('compares origin and path for a dev-server app page', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isAppUrl('not a url', 'http://localhost:5173/')).toBe(false)
  })
})

describe('IPC argument checks', () => {
  it('accepts valid arguments and names the bad one otherwise', () => {
    expect(
      parseArgs('newWorkshop', [{ title: 'Riverside', date: '2026-03-18', language: 'pt-PT' }]),
    ).toMatchObject({ ok: true })
    const noTitle = parseArgs('newWorkshop', [{ title: '  ' }])
    expect(noTitle).toMatchObject({ ok: false })
    expect(noTitle.ok ? '' : noTitle.message).toContain('newWorkshop: argument 0.title')
    const badDate = parseArgs('newWorkshop', [{ title: 'x', date: '18/03/2026' }])
    expect(badDate.ok ? '' : badDate.message).toContain('0.date: must be a date written YYYY-MM-DD')
    expect(parseArgs('newWorkshop', [{ title: 'x', extra: 1 }]).ok).toBe(false)
    expect(parseArgs('exportWorkshop', ['exe']).ok).toBe(false)
    expect(parseArgs('exportWorkshop', ['pdf']).ok).toBe(true)
    expect(parseArgs('exportWorkshop', ['md', { language: 'el' }]).ok).toBe(true)
    expect(parseArgs('exportWorkshop', ['md', { language: 'klingon' }]).ok).toBe(false)
    expect(parseArgs('listRecent', ['surprise']).ok).toBe(false)
    expect(parseArgs('openRecent', ['']).ok).toBe(false)
  })

  it('runs the handler only after both checks pass', async () => {
    const { calls, handlers } = recordingHandlers()
    const invoke = makeInvokeHandler('exportWorkshop', handlers, APP)
    await expect(invoke(event('https://evil.example/'), 'json')).rejects.toBeInstanceOf(
      IpcRefusedError,
    )
    await expect(invoke(event(APP), 'exe')).rejects.toThrow(/exportWorkshop: argument 0/)
    expect(calls).toEqual([])
    await expect(invoke(event(APP), 'json')).resolves.toEqual({ status: 'cancelled' })
    expect(calls).toEqual([['exportWorkshop', ['json']]])
  })
})

describe('IPC registration', () => {
  beforeEach(() => {
    vi.mocked(ipcMain.handle).mockClear()
    vi.mocked(ipcMain.removeHandler).mockClear()
  })

  it('registers one channel per contract name, and removes them all', () => {
    const { handlers } = recordingHandlers()
    const unregister = registerIpc(ipcMain, handlers, APP)
    const channels = vi.mocked(ipcMain.handle).mock.calls.map((c) => c[0])
    expect(channels).toEqual(IPC_NAMES.map((n) => channelOf(n)))
    unregister()
    expect(vi.mocked(ipcMain.removeHandler).mock.calls.map((c) => c[0])).toEqual(channels)
  })
})
