// The main-process handlers with a real store, a real session host on 127.0.0.1 and real files
// in a temporary folder; only Electron's dialogs are mocked (Electron cannot run here).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { SAMPLE_WORKSHOP_PATH } from '../../support/sample.ts'
import { exportEn } from '../../../src/shared/i18n/en/export.ts'
import { exportCatalogs } from '../../../src/shared/i18n/exportCatalogs.ts'

vi.mock('electron', () => ({
  dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
}))

const { dialog } = await import('electron')
const { createHandlers, slug } = await import('../../../src/main/electron/handlers.ts')
const { DesktopSession } = await import('../../../src/main/electron/desktopSession.ts')
const { RecentIndex } = await import('../../../src/main/electron/recent.ts')
const { WorkshopFile } = await import('../../../src/main/store/index.ts')
const { getWorkshopInfo, listBoards } = await import('../../../src/shared/model/index.ts')

let dir: string
let web: string
let session: InstanceType<typeof DesktopSession>
let recent: InstanceType<typeof RecentIndex>
let handlers: ReturnType<typeof createHandlers>

function saveAs(path: string | undefined) {
  vi.mocked(dialog.showSaveDialog).mockResolvedValueOnce({
    canceled: path === undefined,
    filePath: path ?? '',
  })
}
function openFrom(path: string | undefined) {
  vi.mocked(dialog.showOpenDialog).mockResolvedValueOnce({
    canceled: path === undefined,
    filePaths: path === undefined ? [] : [path],
  })
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tavolo-handlers-'))
  // The host serves a (tiny) web app folder; these tests only use its API and sync.
  writeFileSync(join(dir, 'index.html'), '<!doctype html>')
  web = dir
  session = new DesktopSession({ staticDir: web })
  recent = new RecentIndex(join(dir, 'userData'))
  handlers = createHandlers({ session, recent, window: () => null, documentsDir: dir })
})

afterEach(async () => {
  await session.close()
})

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('new workshop', () => {
  it('creates the file chosen in the save dialog, opens it and serves it on 127.0.0.1', async () => {
    const path = join(dir, 'riverside')
    saveAs(path)
    const result = await handlers.newWorkshop({
      title: 'Riverside ULG',
      city: 'Riverside',
      date: '2026-03-18',
      language: 'en',
    })
    expect(result.status).toBe('opened')
    if (result.status !== 'opened') return
    expect(result.workshop.path).toBe(`${path}.tavolo`)
    expect(result.workshop.title).toBe('Riverside ULG')
    const { connection } = result.workshop
    expect(connection.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/sync$/)
    const port = new URL(connection.wsUrl).port
    const answer = await fetch(`http://127.0.0.1:${port}/api/session`, {
      headers: { Authorization: `Bearer ${connection.token}` },
    })
    expect(await answer.json()).toMatchObject({
      workshopId: connection.workshopId,
      title: 'Riverside ULG',
    })
    expect(await handlers.connection()).toEqual(result.workshop)
    const listed = await handlers.listRecent()
    expect(listed[0]).toMatchObject({
      path: `${path}.tavolo`,
      title: 'Riverside ULG',
      city: 'Riverside',
      exists: true,
    })
  })

  it('does nothing when the dialog is cancelled, and refuses to overwrite a file', async () => {
    saveAs(undefined)
    expect(await handlers.newWorkshop({ title: 'x' })).toEqual({ status: 'cancelled' })
    const existing = join(dir, 'existing.tavolo')
    writeFileSync(existing, 'precious')
    saveAs(existing)
    const result = await handlers.newWorkshop({ title: 'x' })
    expect(result).toMatchObject({ status: 'failed' })
    expect(readFileSync(existing, 'utf8')).toBe('precious')
  })
})

describe('open', () => {
  it('opens only files listed as recent, by path', async () => {
    const result = await handlers.openRecent(join(dir, 'not-listed.tavolo'))
    expect(result).toMatchObject({
      status: 'failed',
      message: expect.stringContaining('not in the recent workshops list'),
    })
  })

  it('reports a file that is not a workshop without touching it', async () => {
    const bogus = join(dir, 'bogus.tavolo')
    writeFileSync(bogus, 'not sqlite at all')
    openFrom(bogus)
    const result = await handlers.openWorkshop()
    expect(result.status).toBe('failed')
    expect(readFileSync(bogus, 'utf8')).toBe('not sqlite at all')
    expect(await handlers.connection()).toBeNull()
  })

  it('reopens a recent workshop', async () => {
    const path = join(dir, 'reopen.tavolo')
    saveAs(path)
    await handlers.newWorkshop({ title: 'Reopen me' })
    await handlers.closeWorkshop()
    expect(await handlers.connection()).toBeNull()
    const result = await handlers.openRecent(path)
    expect(result).toMatchObject({ status: 'opened', workshop: { path, title: 'Reopen me' } })
  })
})

describe('import JSON', () => {
  it('lists every problem of an invalid document with its JSON path and writes nothing', async () => {
    const bad = join(dir, 'bad.json')
    const doc = JSON.parse(readFileSync(SAMPLE_WORKSHOP_PATH, 'utf8')) as {
      boards: { relations?: { to: string }[] }[]
      workshop: { title: string }
    }
    doc.workshop.title = ''
    const map = doc.boards.find((b) => b.relations !== undefined)
    if (map?.relations?.[0] !== undefined) map.relations[0].to = 'k9'
    writeFileSync(bad, JSON.stringify(doc))
    openFrom(bad)
    const result = await handlers.importJson()
    expect(result.status).toBe('invalid')
    if (result.status !== 'invalid') return
    expect(result.file).toBe('bad.json')
    expect(result.problems.map((p) => p.path)).toContain('workshop.title')
    expect(vi.mocked(dialog.showSaveDialog)).not.toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: expect.stringContaining('bad') }),
    )
  })

  it('imports a valid document into a new workshop file and opens it', async () => {
    openFrom(SAMPLE_WORKSHOP_PATH)
    const target = join(dir, 'imported.tavolo')
    saveAs(target)
    const result = await handlers.importJson()
    expect(result).toMatchObject({ status: 'opened', workshop: { path: target } })
    await handlers.closeWorkshop()
    const file = WorkshopFile.open(target)
    expect(getWorkshopInfo(file.doc).id).toBe('w-riverside-2026-03')
    expect(listBoards(file.doc).map((b) => b.kind)).toEqual([
      'user-stories',
      'future-back',
      'stakeholder-map',
    ])
    file.close()
  })
})

describe('export', () => {
  /** Imports the sample into `workshop` (opened), then answers the next save dialog with `out`. */
  async function openSampleToExport(workshop: string, out: string): Promise<void> {
    openFrom(SAMPLE_WORKSHOP_PATH)
    saveAs(join(dir, workshop))
    await handlers.importJson()
    saveAs(out)
  }

  it('writes the open workshop in the chosen format', async () => {
    const out = join(dir, 'export.json')
    await openSampleToExport('for-export.tavolo', out)
    expect(await handlers.exportWorkshop('json')).toEqual({ status: 'saved', path: out })
    const data = JSON.parse(readFileSync(out, 'utf8')) as { workshop: { id: string } }
    expect(data.workshop.id).toBe('w-riverside-2026-03')
  })

  it('writes the document in the language chosen in the dialog', async () => {
    const out = join(dir, 'export-it.md')
    await openSampleToExport('for-language.tavolo', out)
    expect(await handlers.exportWorkshop('md', { language: 'it' })).toEqual({
      status: 'saved',
      path: out,
    })
    const md = readFileSync(out, 'utf8')
    // The sample is an English workshop: its report speaks Italian only because it was asked to.
    expect(exportCatalogs.it.participants).not.toBe(exportEn.participants)
    expect(md).toContain(`## ${exportCatalogs.it.participants}`)
    expect(md).not.toContain(`## ${exportEn.participants}`)
  })

  it('says so when no workshop is open', async () => {
    expect(await handlers.exportWorkshop('md')).toEqual({
      status: 'failed',
      message: 'no workshop is open',
    })
  })
})

describe('recent index', () => {
  it('reads a damaged index as empty and keeps the newest first', () => {
    const folder = join(dir, 'recent-test')
    const index = new RecentIndex(folder)
    expect(index.list()).toEqual([])
    index.touch({ path: '/a.tavolo', title: 'A' }, new Date('2026-01-01T10:00:00Z'))
    index.touch({ path: '/b.tavolo', title: 'B' }, new Date('2026-01-02T10:00:00Z'))
    index.touch({ path: '/a.tavolo', title: 'A2' }, new Date('2026-01-03T10:00:00Z'))
    expect(index.list().map((w) => [w.path, w.title, w.exists])).toEqual([
      ['/a.tavolo', 'A2', false],
      ['/b.tavolo', 'B', false],
    ])
    index.forget('/a.tavolo')
    expect(index.list().map((w) => w.path)).toEqual(['/b.tavolo'])
    writeFileSync(index.file, '{ broken')
    expect(index.list()).toEqual([])
    expect(existsSync(index.file)).toBe(true)
  })

  it('makes file names from titles', () => {
    expect(slug('Riverside quarter: from empty shops')).toBe('riverside-quarter-from-empty-shops')
    expect(slug('Łódź — Śródmieście')).toBe('łodz-srodmiescie')
    expect(slug('!!!')).toBe('workshop')
  })
})
