// The one contract between the renderer and Electron's main process: the name of every call,
// the validator of its arguments and the type of its result. Main validates every argument with
// these zod schemas (and checks the sender) before doing anything; the preload exposes exactly
// these names as `window.tavolo`, and the renderer's API type is derived from here, never written
// twice. The preload must stay free of runtime dependencies (a sandboxed preload cannot
// `require` packages), so it imports only types from this file and builds channel names with the
// same `tavolo:<name>` rule as `channelOf`.
import { z } from 'zod'
import type { Problem } from '../interchange/validate.ts'
import { EXPORT_FORMATS } from '../export/types.ts'
import { LANGUAGES } from '../i18n/languages.ts'

const optionalText = (max: number) => z.string().trim().max(max).optional()

/** What the facilitator types on the home screen to start a workshop. */
export const newWorkshopInfoSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, 'must have 1 to 200 characters')
    .max(200, 'must have 1 to 200 characters'),
  city: optionalText(200),
  ulg: optionalText(200),
  date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as "en" or "pt-PT"')
    .optional(),
  facilitator: optionalText(200),
})
export type NewWorkshopInfo = z.infer<typeof newWorkshopInfoSchema>

export { EXPORT_FORMATS }
export const exportFormatSchema = z.enum(EXPORT_FORMATS)
export type ExportFormat = z.infer<typeof exportFormatSchema>

/** Names one export so the renderer can follow its progress and cancel it. */
export const exportJobIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1 to 64 letters, digits, "-" or "_"')
export const exportOptionsSchema = z.strictObject({
  /** false leaves participant names out (counts by sector only); default true. */
  names: z.boolean().optional(),
  /** The document's language (a catalog Tavolo has); default the workshop's. */
  language: z.enum(LANGUAGES.map((l) => l.tag)).optional(),
  jobId: exportJobIdSchema.optional(),
})
export type ExportRequestOptions = z.infer<typeof exportOptionsSchema>

/** Where a running export is: choosing the file, rendering, writing (bytes), done. */
export interface ExportJobProgress {
  phase: 'dialog' | 'render' | 'write' | 'done'
  bytesWritten?: number
  totalBytes?: number
}

/** A path the renderer got from `listRecent`; main re-checks it against the recent index. */
export const workshopPathSchema = z.string().min(1).max(4096)

/** Where the renderer connects its Y.Doc: the session host main runs for the open workshop. */
export interface ConnectionInfo {
  workshopId: string
  /** `ws://127.0.0.1:PORT/sync`: the y-websocket server URL (the room is the workshop id). */
  wsUrl: string
  token: string
  /** `http://127.0.0.1:PORT/?token=T`: the same workshop in a browser. */
  joinUrl: string
  /**
   * Set when this workshop was joined from another facilitator's host: the window links directly
   * to that session's participants (WebRTC room named from these), signaling through the local
   * host, which main bridges to the remote one (src/main/electron/join/signalBridge.ts).
   */
  peerRoom?: PeerRoomInfo
  /**
   * The session owner's secret key (this computer's user, src/main/host/ownerIdentity.ts): the
   * desktop window hosting the workshop writes and proves itself as the owner, who facilitates.
   * Absent for a workshop joined from someone else's session.
   */
  ownerKey?: string
}

export interface PeerRoomInfo {
  workshopId: string
  token: string
}

export interface OpenedWorkshop {
  path: string
  title: string
  connection: ConnectionInfo
}

export interface RecentWorkshop {
  path: string
  title: string
  city?: string
  date?: string
  /** ISO timestamp of the last time it was opened here. */
  openedAt: string
  /** False when the file was moved or deleted since. */
  exists: boolean
}

export type OpenResult =
  | { status: 'opened'; workshop: OpenedWorkshop }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

export type ImportResult = OpenResult | { status: 'invalid'; file: string; problems: Problem[] }

export type ExportResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }

/** "Connect to a sync server": a y-websocket or Hocuspocus server, the document's name there. */
export const syncServerTargetSchema = z.strictObject({
  kind: z.enum(['y-websocket', 'hocuspocus']),
  url: z.string().trim().min(1).max(2048),
  room: z.string().trim().min(1).max(256),
  token: z.string().max(4096).optional(),
})
export type SyncServerTarget = z.infer<typeof syncServerTargetSchema>

export interface SyncServerState {
  kind: SyncServerTarget['kind']
  url: string
  room: string
  status: 'connecting' | 'connected' | 'offline' | 'denied'
  synced: boolean
}

export type SyncServerResult =
  { status: 'connected'; state: SyncServerState } | { status: 'failed'; message: string }

/** One of this computer's network addresses the workshop can be shared on (IPv4, not loopback). */
export interface LanInterface {
  /** The interface's name, e.g. "eth0" or "Wi-Fi". */
  name: string
  address: string
  family: 'IPv4'
}

/** Sharing the open workshop on the venue network (the desktop window itself stays on loopback). */
export interface LanShareState {
  /** The address shared on now, or null. */
  address: string | null
  /** The LAN join URL `http://ADDRESS:PORT/?token=T` while shared, or null. */
  url: string | null
  /** The address chosen last time (remembered across runs): the default of the choice. */
  lastAddress: string | null
}

export type LanShareResult =
  { status: 'shared'; state: LanShareState } | { status: 'failed'; message: string }

/** Every call: its argument validators (a tuple) and, in `IpcResults`, its result. */
export const ipcContract = {
  listRecent: z.tuple([]),
  forgetRecent: z.tuple([workshopPathSchema]),
  newWorkshop: z.tuple([newWorkshopInfoSchema]),
  openWorkshop: z.tuple([]),
  openRecent: z.tuple([workshopPathSchema]),
  importJson: z.tuple([]),
  exportWorkshop: z.tuple([exportFormatSchema, exportOptionsSchema.optional()]),
  cancelExport: z.tuple([exportJobIdSchema]),
  exportProgress: z.tuple([exportJobIdSchema]),
  connection: z.tuple([]),
  closeWorkshop: z.tuple([]),
  joinSession: z.tuple([z.string().trim().min(1).max(2048)]),
  connectSyncServer: z.tuple([syncServerTargetSchema]),
  disconnectSyncServer: z.tuple([]),
  syncServerState: z.tuple([]),
  lanInterfaces: z.tuple([]),
  shareOnLan: z.tuple([z.string().trim().min(1).max(64)]),
  stopSharingOnLan: z.tuple([]),
  lanShareState: z.tuple([]),
} as const

export interface IpcResults {
  listRecent: RecentWorkshop[]
  forgetRecent: RecentWorkshop[]
  newWorkshop: OpenResult
  openWorkshop: OpenResult
  openRecent: OpenResult
  importJson: ImportResult
  exportWorkshop: ExportResult
  /** True when a running export with that id was told to stop. */
  cancelExport: boolean
  /** null when no export with that id is running. */
  exportProgress: ExportJobProgress | null
  connection: OpenedWorkshop | null
  closeWorkshop: null
  /** Opens this person's copy of the session behind a join link, kept in step with its host. */
  joinSession: OpenResult
  connectSyncServer: SyncServerResult
  disconnectSyncServer: null
  syncServerState: SyncServerState | null
  lanInterfaces: LanInterface[]
  /** Shares the open workshop on one of `lanInterfaces`' addresses (remembered for next time). */
  shareOnLan: LanShareResult
  stopSharingOnLan: LanShareState
  lanShareState: LanShareState
}

export type IpcName = keyof typeof ipcContract
export type IpcArgs<K extends IpcName> = z.infer<(typeof ipcContract)[K]>
export type IpcChannel<K extends IpcName = IpcName> = `tavolo:${K}`

/** The object the preload exposes as `window.tavolo`. */
export type TavoloApi = {
  [K in IpcName]: (...args: IpcArgs<K>) => Promise<IpcResults[K]>
}

export const IPC_NAMES = Object.keys(ipcContract) as IpcName[]

export function channelOf<K extends IpcName>(name: K): IpcChannel<K> {
  return `tavolo:${name}`
}

export type ParsedArgs<K extends IpcName> =
  { ok: true; args: IpcArgs<K> } | { ok: false; message: string }

/** Checks a call's arguments; the message names each bad argument's path. */
export function parseArgs<K extends IpcName>(name: K, args: unknown[]): ParsedArgs<K> {
  const result = ipcContract[name].safeParse(args)
  if (result.success) return { ok: true, args: result.data as IpcArgs<K> }
  const message = result.error.issues
    .map(
      (issue) =>
        `${name}: argument ${issue.path.map(String).join('.') || '(all)'}: ${issue.message}`,
    )
    .join('; ')
  return { ok: false, message }
}
