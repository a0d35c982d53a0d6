// Where the renderer's document comes from. Desktop and browser connect the same way (a
// y-websocket provider to a Tavolo host); they differ only in how they learn the address:
// the desktop app asks main through `window.tavolo`, a browser served by `tavolo serve` reads the
// token from its own URL and asks the host that served it.
import { z } from 'zod'
import type { OpenedWorkshop, PeerRoomInfo } from '../../../shared/ipc/contract.ts'

export interface Session {
  mode: 'desktop' | 'browser'
  workshopId: string
  title: string
  /** y-websocket server URL, e.g. ws://127.0.0.1:4000/sync */
  wsUrl: string
  token: string
  /** The join link for browsers. */
  joinUrl: string
  /** Desktop only: the .tavolo file. */
  path?: string
  /** Desktop, joined from another facilitator's host: the remote session's WebRTC room. */
  peerRoom?: PeerRoomInfo
  /** Desktop, hosting the workshop: the owner's secret key (this window runs the session). */
  ownerKey?: string
}

export function isDesktop(): boolean {
  return window.tavolo !== undefined
}

export function sessionFromOpened(opened: OpenedWorkshop): Session {
  return {
    mode: 'desktop',
    workshopId: opened.connection.workshopId,
    title: opened.title,
    wsUrl: opened.connection.wsUrl,
    token: opened.connection.token,
    joinUrl: opened.connection.joinUrl,
    path: opened.path,
    ...(opened.connection.peerRoom !== undefined && { peerRoom: opened.connection.peerRoom }),
    ...(opened.connection.ownerKey !== undefined && { ownerKey: opened.connection.ownerKey }),
  }
}

const summarySchema = z.looseObject({
  id: z.string().min(1).optional(),
  workshopId: z.string().min(1).optional(),
  title: z.string().optional(),
})

export class SessionError extends Error {
  override name = 'SessionError'
  readonly reason: 'no-token' | 'denied' | 'unreachable' | 'bad-answer'

  constructor(reason: SessionError['reason'], message: string) {
    super(message)
    this.reason = reason
  }
}

/** The token of the join link this page was opened with, if any. */
export function tokenFromLocation(location: Pick<Location, 'search'>): string | undefined {
  const token = new URLSearchParams(location.search).get('token')
  return token === null || token === '' ? undefined : token
}

/** The served workshop, for a page opened from `http://HOST:PORT/?token=T`. */
export async function resolveBrowserSession(
  location: Pick<Location, 'search' | 'protocol' | 'host' | 'origin'>,
  fetchImpl: typeof fetch = fetch,
): Promise<Session> {
  const token = tokenFromLocation(location)
  if (token === undefined) throw new SessionError('no-token', 'no token in the page address')
  let response: Response
  try {
    response = await fetchImpl(`${location.origin}/api/session`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    })
  } catch (err) {
    throw new SessionError('unreachable', err instanceof Error ? err.message : String(err))
  }
  if (response.status === 401 || response.status === 403)
    throw new SessionError('denied', `the host refused the token (${response.status})`)
  if (!response.ok) throw new SessionError('unreachable', `the host answered ${response.status}`)
  const parsed = summarySchema.safeParse(await response.json().catch(() => null))
  const workshopId = parsed.success ? (parsed.data.workshopId ?? parsed.data.id) : undefined
  if (!parsed.success || workshopId === undefined)
    throw new SessionError('bad-answer', 'the host sent no workshop id')
  const wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:'
  return {
    mode: 'browser',
    workshopId,
    title: parsed.data.title ?? '',
    wsUrl: `${wsProtocol}//${location.host}/sync`,
    token,
    joinUrl: `${location.origin}/?token=${encodeURIComponent(token)}`,
  }
}
