// The desktop export handler as the plan's Export dialog uses it: options (names, job id) are
// validated by the IPC contract, an export can be followed and cancelled by its id, and a
// cancelled export leaves no file. A real workshop file, a real session host and real Chromium
// for PDF; only Electron's save dialog is mocked (Electron cannot run here).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
}))

const { dialog } = await import('electron')
const { createHandlers } = await import('../../../src/main/electron/handlers.ts')
const { DesktopSession } = await import('../../../src/main/electron/desktopSession.ts')
const { RecentIndex } = await import('../../../src/main/electron/recent.ts')
const { parseArgs } = await import('../../../src/shared/ipc/contract.ts')
const { riversideDoc } = await import('./helpers.ts')

let dir: string
let session: InstanceType<typeof DesktopSession>
let handlers: ReturnType<typeof createHandlers>

type SaveResult = { canceled: boolean; filePath: string }

/** The next save dialog answers only when `answer` is called (the person is still choosing). */
function saveLater(): (path: string | undefined) => void {
  let answer: (r: SaveResult) => void = () => {}
  vi.mocked(dialog.showSaveDialog).mockReturnValueOnce(
    new Promise<SaveResult>((resolve) => (answer = resolve)) as never,
  )
  return (path) => answer({ canceled: path === undefined, filePath: path ?? '' })
}

function saveAs(path: string): void {
  vi.mocked(dialog.showSaveDialog).mockResolvedValueOnce({
    canceled: false,
    filePath: path,
  } as never)
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 5))
  }
  throw new Error('condition not reached')
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-plan-export-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html>')
  session = new DesktopSession({ staticDir: dir })
  handlers = createHandlers({
    session,
    recent: new RecentIndex(join(dir, 'userData')),
    window: () => null,
    documentsDir: dir,
  })
  await session.create(join(dir, 'riverside.tavolo'), riversideDoc())
})

afterAll(async () => {
  await session.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('export options in the IPC contract', () => {
  it('accepts a format alone or with names and a job id', () => {
    expect(parseArgs('exportWorkshop', ['csv']).ok).toBe(true)
    expect(parseArgs('exportWorkshop', ['csv', { names: false, jobId: 'job_1-a' }])).toEqual({
      ok: true,
      args: ['csv', { names: false, jobId: 'job_1-a' }],
    })
    expect(parseArgs('cancelExport', ['job_1-a']).ok).toBe(true)
    expect(parseArgs('exportProgress', ['job_1-a']).ok).toBe(true)
  })

  it('refuses bad options, naming the argument', () => {
    const names = parseArgs('exportWorkshop', ['csv', { names: 'no' }])
    expect(names).toMatchObject({ ok: false, message: expect.stringContaining('argument 1.names') })
    expect(parseArgs('exportWorkshop', ['csv', { jobId: '../../etc' }])).toMatchObject({
      ok: false,
      message: expect.stringContaining('argument 1.jobId'),
    })
    expect(parseArgs('exportWorkshop', ['csv', { path: '/tmp/x' }]).ok).toBe(false)
    expect(parseArgs('exportWorkshop', ['csv', {}, 'extra']).ok).toBe(false)
    expect(parseArgs('cancelExport', ['x'.repeat(65)]).ok).toBe(false)
    expect(parseArgs('exportProgress', []).ok).toBe(false)
  })
})

describe('export handler', () => {
  it('leaves participant names out when asked', async () => {
    const out = join(dir, 'no-names.json')
    saveAs(out)
    expect(await handlers.exportWorkshop('json', { names: false })).toEqual({
      status: 'saved',
      path: out,
    })
    const text = readFileSync(out, 'utf8')
    expect(text).not.toContain('Nora')
    const withNames = join(dir, 'names.json')
    saveAs(withNames)
    await handlers.exportWorkshop('json')
    const participants = (
      JSON.parse(readFileSync(withNames, 'utf8')) as { participants: { name: string }[] }
    ).participants
    expect(participants.some((p) => text.includes(p.name))).toBe(false)
  })

  it('reports its phase by job id while it runs, and nothing once it is over', async () => {
    const answer = saveLater()
    const running = handlers.exportWorkshop('csv', { jobId: 'follow-me' })
    await until(async () => (await handlers.exportProgress('follow-me')) !== null)
    expect(await handlers.exportProgress('follow-me')).toEqual({ phase: 'dialog' })
    // A second export under the same id is refused while the first runs.
    expect(await handlers.exportWorkshop('md', { jobId: 'follow-me' })).toMatchObject({
      status: 'failed',
    })
    const out = join(dir, 'plan.csv')
    answer(out)
    expect(await running).toEqual({ status: 'saved', path: out })
    expect(await handlers.exportProgress('follow-me')).toBeNull()
    expect(await handlers.cancelExport('follow-me')).toBe(false)
  })

  it('cancelled while the person chooses the file: nothing is written', async () => {
    const answer = saveLater()
    const running = handlers.exportWorkshop('xlsx', { jobId: 'cancel-early' })
    await until(async () => (await handlers.exportProgress('cancel-early')) !== null)
    expect(await handlers.cancelExport('cancel-early')).toBe(true)
    const out = join(dir, 'never.xlsx')
    answer(out)
    expect(await running).toEqual({ status: 'cancelled' })
    expect(existsSync(out)).toBe(false)
  })

  it('cancelled while Chromium prints the PDF: no file, no temporary file', async () => {
    const out = join(dir, 'cancelled.pdf')
    writeFileSync(out, 'previous version')
    saveAs(out)
    const running = handlers.exportWorkshop('pdf', { jobId: 'cancel-pdf' })
    await until(async () => (await handlers.exportProgress('cancel-pdf'))?.phase === 'render')
    expect(await handlers.cancelExport('cancel-pdf')).toBe(true)
    expect(await running).toEqual({ status: 'cancelled' })
    // The file that was there is untouched and no temporary file is left beside it.
    expect(readFileSync(out, 'utf8')).toBe('previous version')
    expect(readdirSync(dir).filter((f) => f.includes('tavolo-tmp'))).toEqual([])
  })
})
