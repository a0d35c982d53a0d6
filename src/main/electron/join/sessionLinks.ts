// The links main keeps for the open workshop, beside its loopback host: to the facilitator's host
// when this app joined someone else's session (document sync, plus the signaling bridge that lets
// the window link directly to the other participants), and to a sync server when the facilitator
// chose one ("Connect to a sync server"). Both write into the open .tavolo file's document. They
// are let go whenever the workshop is closed or another one opened (the IPC handlers call
// closeAll, and a link whose file is no longer the open one closes itself when next asked).
import type {
  OpenedWorkshop,
  SyncServerState,
  SyncServerTarget,
} from '../../../shared/ipc/contract.ts'
import { hostSignalingUrl, peerRoomName } from '../../../renderer/src/sync/peerRoom.ts'
import type { WorkshopFile } from '../../store/index.ts'
import type { DesktopSession } from '../desktopSession.ts'
import { parseJoinLink } from './joinLink.ts'
import { localCopyPath, openLocalCopy } from './localCopy.ts'
import { linkToServer, type RemoteLink } from './remoteLink.ts'
import { fetchRemoteSession, type RemoteSession } from './remoteSession.ts'
import { bridgeSignaling, type SignalBridge } from './signalBridge.ts'

interface Attached {
  file: WorkshopFile
  link: RemoteLink | null
  bridge?: SignalBridge
}

export class SessionLinks {
  private readonly session: DesktopSession
  private readonly userDataDir: string
  private readonly fetchImpl: typeof fetch | undefined
  private joined: (Attached & { remote: RemoteSession }) | null = null
  private server: (Attached & { link: RemoteLink }) | null = null

  constructor(session: DesktopSession, userDataDir: string, fetchImpl?: typeof fetch) {
    this.session = session
    this.userDataDir = userDataDir
    this.fetchImpl = fetchImpl
  }

  /**
   * Joins the session behind a join link: this person's copy (created on first join) is opened as
   * the current workshop and kept in step with the remote host.
   */
  async join(linkText: string): Promise<OpenedWorkshop> {
    const remote = await fetchRemoteSession(parseJoinLink(linkText), this.fetchImpl)
    // Creates the copy when new and checks an existing one holds this workshop.
    openLocalCopy(this.userDataDir, remote.workshopId, remote.title).close()
    this.closeAll()
    const opened = await this.session.open(localCopyPath(this.userDataDir, remote.workshopId), {
      owner: false,
    })
    const file = this.session.file
    if (file === null) return opened
    const link =
      remote.syncUrl === null
        ? null
        : linkToServer(file.doc, {
            kind: 'y-websocket',
            url: remote.syncUrl,
            room: remote.workshopId,
            token: remote.token,
          })
    const local = hostSignalingUrl(opened.connection.wsUrl, opened.connection.token)
    const bridge = bridgeSignaling(
      local,
      remote.signalingUrl,
      peerRoomName(remote.workshopId, remote.token),
    )
    this.joined = { file, link, bridge, remote }
    return this.describe(opened) ?? opened
  }

  /** The open workshop as the window needs it: with the remote room when it was joined. */
  describe(opened: OpenedWorkshop | null): OpenedWorkshop | null {
    const joined = this.current(this.joined)
    if (opened === null || joined === null) return opened
    const peerRoom = { workshopId: joined.remote.workshopId, token: joined.remote.token }
    return { ...opened, connection: { ...opened.connection, peerRoom } }
  }

  /** The host this workshop was joined from, if any. */
  joinedSession(): RemoteSession | null {
    return this.current(this.joined)?.remote ?? null
  }

  connectServer(target: SyncServerTarget): SyncServerState {
    const file = this.session.file
    if (file === null) throw new Error('Open a workshop before connecting it to a sync server.')
    const link = linkToServer(file.doc, target)
    this.server?.link.close()
    this.server = { file, link }
    return this.serverState() as SyncServerState
  }

  disconnectServer(): void {
    this.server?.link.close()
    this.server = null
  }

  serverState(): SyncServerState | null {
    const server = this.current(this.server)
    if (server === null) return null
    const { kind, url, room } = server.link.target
    return { kind, url, room, status: server.link.status, synced: server.link.synced }
  }

  closeAll(): void {
    for (const attached of [this.joined, this.server]) {
      attached?.link?.close()
      attached?.bridge?.close()
    }
    this.joined = null
    this.server = null
  }

  /** A link is only good while its file is still the open workshop. */
  private current<T extends Attached>(attached: T | null): T | null {
    if (attached === null) return null
    if (this.session.file === attached.file) return attached
    attached.link?.close()
    attached.bridge?.close()
    return null
  }
}
