// What a Tavolo host says about its session (`GET /api/session`, behind the join code): which
// workshop, and where to sync and signal. Asked once when a desktop app joins.
import { z } from 'zod'
import type { JoinLink } from './joinLink.ts'

export interface RemoteSession {
  workshopId: string
  title: string
  token: string
  /** y-websocket server URL (`ws://HOST:PORT/sync`), or null when the host does not sync. */
  syncUrl: string | null
  /** y-webrtc signaling (`ws://HOST:PORT/signal?token=T`). */
  signalingUrl: string
  /** The join link for browsers, as given. */
  joinUrl: string
}

export class RemoteSessionError extends Error {
  override name = 'RemoteSessionError'
  readonly reason: 'unreachable' | 'denied' | 'bad-answer'

  constructor(reason: RemoteSessionError['reason'], message: string) {
    super(message)
    this.reason = reason
  }
}

const answerSchema = z.looseObject({
  workshopId: z.string().min(1).max(256),
  title: z.string().max(1000).default(''),
  syncPath: z.string().startsWith('/').nullable().default('/sync'),
  signalingPath: z.string().startsWith('/').default('/signal'),
})

export async function fetchRemoteSession(
  link: JoinLink,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 8000,
): Promise<RemoteSession> {
  let response: Response
  try {
    response = await fetchImpl(`${link.origin}/api/session`, {
      headers: { Authorization: `Bearer ${link.token}` },
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (err) {
    throw new RemoteSessionError(
      'unreachable',
      `Could not reach the facilitator's computer at ${link.origin} (${err instanceof Error ? err.message : String(err)}). Are you on the same network?`,
    )
  }
  if (response.status === 401 || response.status === 403 || response.status === 429) {
    throw new RemoteSessionError(
      'denied',
      `The host at ${link.origin} refused this join code (${response.status}): ask the facilitator for the current link.`,
    )
  }
  if (!response.ok)
    throw new RemoteSessionError(
      'unreachable',
      `The host at ${link.origin} answered ${response.status}.`,
    )
  const parsed = answerSchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success)
    throw new RemoteSessionError(
      'bad-answer',
      `${link.origin} did not answer like a Tavolo host (no workshop id).`,
    )
  const a = parsed.data
  const signaling = new URL(`${link.wsOrigin}${a.signalingPath}`)
  signaling.searchParams.set('token', link.token)
  return {
    workshopId: a.workshopId,
    title: a.title,
    token: link.token,
    syncUrl: a.syncPath === null ? null : `${link.wsOrigin}${a.syncPath}`,
    signalingUrl: signaling.toString(),
    joinUrl: `${link.origin}/?token=${encodeURIComponent(link.token)}`,
  }
}
