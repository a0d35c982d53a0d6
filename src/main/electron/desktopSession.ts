// The workshop open in the desktop app: its .tavolo file and the session host main runs for it
// on 127.0.0.1 (ephemeral port, fresh token). The renderer connects to that host exactly as a
// participant's browser does; one workshop is open at a time. On request (shareOnLan) the same host
// also serves the workshop on one LAN address for participants' laptops; the window stays on
// loopback.
import { existsSync } from 'node:fs'
import type * as Y from 'yjs'
import { WorkshopFile } from '../store/index.ts'
import { startHost, type Host } from '../host/index.ts'
import { getWorkshopInfo } from '../../shared/model/index.ts'
import type { OpenedWorkshop } from '../../shared/ipc/contract.ts'
import type { SessionIdentity } from '../../shared/model/index.ts'

export interface DesktopSessionOptions {
  /** Built renderer the host serves to browsers joining this workshop. */
  staticDir?: string
  /**
   * The owner's identity (this computer's user): the workshops this app hosts are run by them,
   * and the window writes as them (the key is handed to it with the connection).
   */
  identity?: SessionIdentity
}

interface Current {
  file: WorkshopFile
  host: Host
  /** The owner this app hosts the workshop as (absent for a copy of someone else's session). */
  owner?: SessionIdentity
}

export class DesktopSession {
  private current: Current | null = null
  /** The address the open workshop is shared on (it ends with the workshop's host). */
  private sharedOn: string | null = null
  private readonly options: DesktopSessionOptions

  constructor(options: DesktopSessionOptions = {}) {
    this.options = options
  }

  get file(): WorkshopFile | null {
    return this.current?.file ?? null
  }

  /**
   * Opens an existing workshop file (closing the one open before). `owner: false` for a copy of
   * someone else's session (joined): its owner is their host, not this app.
   */
  async open(path: string, { owner = true }: { owner?: boolean } = {}): Promise<OpenedWorkshop> {
    const file = WorkshopFile.open(path)
    return this.host(file, owner)
  }

  /** Creates a new workshop file from `doc` (refusing an existing path) and opens it. */
  async create(path: string, doc: Y.Doc): Promise<OpenedWorkshop> {
    if (existsSync(path)) throw new Error(`${path} already exists; choose another name`)
    const info = getWorkshopInfo(doc)
    const file = WorkshopFile.create(path, doc, { workshopId: info.id, title: info.title })
    return this.host(file)
  }

  private async host(file: WorkshopFile, owner = true): Promise<OpenedWorkshop> {
    await this.close()
    let host: Host
    const identity = owner ? this.options.identity : undefined
    try {
      host = await startHost({
        file,
        host: '127.0.0.1',
        port: 0,
        ...(this.options.staticDir !== undefined && { staticDir: this.options.staticDir }),
        ...(identity !== undefined && { identity }),
      })
    } catch (err) {
      file.close()
      throw err
    }
    this.current = { file, host, ...(identity !== undefined && { owner: identity }) }
    return this.describe()
  }

  describe(): OpenedWorkshop {
    const current = this.current
    if (current === null) throw new Error('no workshop is open')
    const info = getWorkshopInfo(current.file.doc)
    return {
      path: current.file.path,
      title: info.title,
      connection: {
        workshopId: info.id,
        wsUrl: `ws://127.0.0.1:${current.host.port}/sync`,
        token: current.host.token,
        joinUrl: current.host.url,
        ...(current.owner !== undefined && { ownerKey: current.owner.secretKey }),
      },
    }
  }

  /**
   * Also serves the open workshop on a LAN address so that laptops on that network can join;
   * the window keeps its loopback connection. Resolves to the LAN join URL.
   */
  async shareOnLan(address: string): Promise<string> {
    const current = this.current
    if (current === null) throw new Error('no workshop is open to share')
    const { url } = await current.host.shareOn(address)
    this.sharedOn = address
    return url
  }

  async stopSharingOnLan(): Promise<void> {
    this.sharedOn = null
    await this.current?.host.stopSharing()
  }

  /** The LAN address and join URL shared on now (the URL follows a rotated token), or nulls. */
  lanShare(): { address: string | null; url: string | null } {
    const url = this.current?.host.shared ?? null
    return url === null ? { address: null, url: null } : { address: this.sharedOn, url }
  }

  connection(): OpenedWorkshop | null {
    return this.current === null ? null : this.describe()
  }

  /** Closes the host (flushing the file) and the file. Safe to call when nothing is open. */
  async close(): Promise<void> {
    const current = this.current
    this.current = null
    this.sharedOn = null
    if (current === null) return
    try {
      await current.host.close()
    } finally {
      current.file.close()
    }
  }
}
