// The main-process side of every IPC call (the contract is src/shared/ipc/contract.ts). Arguments
// arrive here already validated (ipc.ts). Nothing in a handler throws at the renderer for an
// expected failure: a cancelled dialog, a refused file or an invalid import comes back as a
// result the UI can show.
import { readFile } from 'node:fs/promises'
import { networkInterfaces } from 'node:os'
import { basename, dirname, join } from 'node:path'
import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import {
  createWorkshopDoc,
  exportInput,
  getWorkshopInfo,
  importWorkshop,
} from '../../shared/model/index.ts'
import { parseWorkshopJson } from '../../shared/interchange/validate.ts'
import type {
  ExportResult,
  ImportResult,
  LanShareResult,
  LanShareState,
  OpenResult,
  TavoloApi,
} from '../../shared/ipc/contract.ts'
import type { PdfPrinter } from '../../shared/export/types.ts'
import { defaultExportName, exportWorkshopTo } from '../export/index.ts'
import type { DesktopSession } from './desktopSession.ts'
import { ExportJobs } from './exportJobs.ts'
import type { RecentIndex } from './recent.ts'
import { SessionLinks } from './join/sessionLinks.ts'
import { lanInterfaces, type InterfaceTable } from './lan.ts'
import { LanSettings } from './lanSettings.ts'

export interface HandlerDeps {
  session: DesktopSession
  recent: RecentIndex
  /** The window dialogs belong to (null: none open). */
  window: () => BrowserWindow | null
  /** Where save dialogs start. */
  documentsDir: string
  /** PDF through Electron's own Chromium (see pdf.ts). */
  pdfPrinter?: PdfPrinter
  /** Where joined sessions' copies go (`<userData>/joined`); default: the recent index's folder. */
  userDataDir?: string
  /** This computer's network interfaces (default: os.networkInterfaces; tests inject theirs). */
  interfaces?: () => InterfaceTable
}

const WORKSHOP_FILTER = { name: 'Tavolo workshop', extensions: ['tavolo'] }

/** "Riverside quarter: from empty…" → "riverside-quarter-from-empty…" (for default file names). */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return s === '' ? 'workshop' : s
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

export function createHandlers(deps: HandlerDeps): TavoloApi {
  const { session, recent } = deps
  const jobs = new ExportJobs()
  // Links to a joined host or a sync server belong to the open workshop (join/sessionLinks.ts).
  const links = new SessionLinks(session, deps.userDataDir ?? dirname(recent.file))
  const lanSettings = new LanSettings(deps.userDataDir ?? dirname(recent.file))
  const interfaces = deps.interfaces ?? networkInterfaces
  const lanState = (): LanShareState => ({
    ...session.lanShare(),
    lastAddress: lanSettings.lastAddress(),
  })

  const saveDialog = async (options: SaveDialogOptions): Promise<string | undefined> => {
    const win = deps.window()
    const result =
      win === null
        ? await dialog.showSaveDialog(options)
        : await dialog.showSaveDialog(win, options)
    return result.canceled || result.filePath === undefined || result.filePath === ''
      ? undefined
      : result.filePath
  }
  const openDialog = async (options: OpenDialogOptions): Promise<string | undefined> => {
    const win = deps.window()
    const result =
      win === null
        ? await dialog.showOpenDialog(options)
        : await dialog.showOpenDialog(win, options)
    return result.canceled ? undefined : result.filePaths[0]
  }
  const withTavoloExtension = (path: string) =>
    path.toLowerCase().endsWith('.tavolo') ? path : `${path}.tavolo`

  /** Opens (or creates) through `open`, then records the workshop in the recent list. */
  const opened = async (
    open: () => Promise<Awaited<ReturnType<DesktopSession['open']>>>,
  ): Promise<OpenResult> => {
    try {
      links.closeAll()
      const workshop = await open()
      const file = session.file
      const info = file === null ? undefined : getWorkshopInfo(file.doc)
      recent.touch({
        path: workshop.path,
        title: workshop.title,
        city: info?.city,
        date: info?.date,
      })
      return { status: 'opened', workshop }
    } catch (err) {
      return { status: 'failed', message: message(err) }
    }
  }

  return {
    listRecent: async () => recent.list(),

    forgetRecent: async (path) => {
      recent.forget(path)
      return recent.list()
    },

    newWorkshop: async (info) => {
      const chosen = await saveDialog({
        title: info.title,
        defaultPath: join(deps.documentsDir, `${slug(info.title)}.tavolo`),
        filters: [WORKSHOP_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      })
      if (chosen === undefined) return { status: 'cancelled' }
      return opened(() => session.create(withTavoloExtension(chosen), createWorkshopDoc(info)))
    },

    openWorkshop: async () => {
      const chosen = await openDialog({ filters: [WORKSHOP_FILTER], properties: ['openFile'] })
      if (chosen === undefined) return { status: 'cancelled' }
      return opened(() => session.open(chosen))
    },

    openRecent: async (path) => {
      // Only paths the app itself listed: the renderer cannot name an arbitrary file.
      if (!recent.has(path))
        return { status: 'failed', message: `${path} is not in the recent workshops list` }
      return opened(() => session.open(path))
    },

    importJson: async (): Promise<ImportResult> => {
      const chosen = await openDialog({
        filters: [{ name: 'JSON', extensions: ['json'] }],
        properties: ['openFile'],
      })
      if (chosen === undefined) return { status: 'cancelled' }
      let text: string
      try {
        text = await readFile(chosen, 'utf8')
      } catch (err) {
        return { status: 'failed', message: `cannot read ${chosen}: ${message(err)}` }
      }
      const parsed = parseWorkshopJson(text)
      if (!parsed.ok)
        return { status: 'invalid', file: basename(chosen), problems: parsed.problems }
      const target = await saveDialog({
        defaultPath: join(deps.documentsDir, `${slug(parsed.value.workshop.title)}.tavolo`),
        filters: [WORKSHOP_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      })
      if (target === undefined) return { status: 'cancelled' }
      return opened(async () => {
        const doc = createWorkshopDoc()
        importWorkshop(doc, parsed.value)
        return session.create(withTavoloExtension(target), doc)
      })
    },

    exportWorkshop: async (format, options = {}): Promise<ExportResult> => {
      const file = session.file
      if (file === null) return { status: 'failed', message: 'no workshop is open' }
      const job = jobs.start(options.jobId)
      if (job === undefined)
        return {
          status: 'failed',
          message: `an export "${options.jobId ?? ''}" is already running`,
        }
      try {
        // Commit what is pending first: the export shows what the file holds.
        file.flush()
        // An anonymous session leaves authors out; the session summary goes into the report.
        const { data, summary } = exportInput(file.doc, Date.now(), options.language)
        const target = await saveDialog({
          defaultPath: join(deps.documentsDir, defaultExportName(data, format)),
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        })
        if (target === undefined || job.signal.aborted) return { status: 'cancelled' }
        job.setPhase('render')
        // Same path as `tavolo export`: render, then write atomically (a cancelled or failed
        // export removes its temporary file and leaves any existing file untouched).
        const result = await exportWorkshopTo(data, format, {
          out: target,
          names: options.names ?? true,
          summary,
          ...(options.language !== undefined && { language: options.language }),
          signal: job.signal,
          onProgress: job.onProgress,
          ...(deps.pdfPrinter !== undefined && { pdfPrinter: deps.pdfPrinter }),
        })
        return { status: 'saved', path: result.path }
      } catch (err) {
        if (job.signal.aborted) return { status: 'cancelled' }
        return { status: 'failed', message: message(err) }
      } finally {
        job.finish()
      }
    },

    cancelExport: async (jobId) => jobs.cancel(jobId),

    exportProgress: async (jobId) => jobs.progress(jobId),

    connection: async () => links.describe(session.connection()),

    closeWorkshop: async () => {
      links.closeAll()
      await session.close()
      return null
    },

    joinSession: async (link) => opened(() => links.join(link)),

    connectSyncServer: async (target) => {
      try {
        return { status: 'connected', state: links.connectServer(target) }
      } catch (err) {
        return { status: 'failed', message: message(err) }
      }
    },

    disconnectSyncServer: async () => {
      links.disconnectServer()
      return null
    },

    syncServerState: async () => links.serverState(),

    lanInterfaces: async () => lanInterfaces(interfaces()),

    shareOnLan: async (address): Promise<LanShareResult> => {
      // Only an address this computer has: the renderer cannot open the session anywhere else.
      const known = lanInterfaces(interfaces()).map((i) => i.address)
      if (!known.includes(address))
        return {
          status: 'failed',
          message: `${address} is not one of this computer's network addresses (${known.join(', ') || 'none found'})`,
        }
      try {
        await session.shareOnLan(address)
        lanSettings.remember(address)
        return { status: 'shared', state: lanState() }
      } catch (err) {
        return { status: 'failed', message: message(err) }
      }
    },

    stopSharingOnLan: async () => {
      await session.stopSharingOnLan()
      return lanState()
    },

    lanShareState: async () => lanState(),
  }
}
