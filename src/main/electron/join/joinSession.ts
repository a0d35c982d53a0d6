// Joining another facilitator's session from the desktop app: read the join link, ask the host
// which workshop it serves, open (or create) this person's own copy of it, and keep that copy in
// step with the host. The app then opens the copy like any workshop (its loopback host serves
// the window), so the window syncs with the local copy, and the copy with the remote host; the
// window also links directly to the other participants over WebRTC through the remote host's
// signaling (see src/renderer/src/sync), so the room survives the facilitator's laptop sleeping.
import type { WorkshopFile } from '../../store/index.ts'
import { parseJoinLink } from './joinLink.ts'
import { openLocalCopy } from './localCopy.ts'
import { fetchRemoteSession, type RemoteSession } from './remoteSession.ts'
import { linkToServer, type RemoteLink } from './remoteLink.ts'

export interface JoinedSession {
  remote: RemoteSession
  /** This person's copy; the caller owns it (and closes it). */
  file: WorkshopFile
  /** Null when the host serves no sync endpoint (WebRTC only). */
  link: RemoteLink | null
  /** Stops syncing with the host; leaves the file open. */
  leave(): void
}

export interface JoinOptions {
  userDataDir: string
  fetchImpl?: typeof fetch
}

export async function joinSession(linkText: string, options: JoinOptions): Promise<JoinedSession> {
  const link = parseJoinLink(linkText)
  const remote = await fetchRemoteSession(link, options.fetchImpl)
  const file = openLocalCopy(options.userDataDir, remote.workshopId, remote.title)
  let sync: RemoteLink | null = null
  try {
    sync =
      remote.syncUrl === null
        ? null
        : linkToServer(file.doc, {
            kind: 'y-websocket',
            url: remote.syncUrl,
            room: remote.workshopId,
            token: remote.token,
          })
  } catch (err) {
    file.close()
    throw err
  }
  return {
    remote,
    file,
    link: sync,
    leave: () => sync?.close(),
  }
}
