// The facilitator link: `tavolo serve` prints, besides the join link, a facilitator link that
// carries the host's facilitator key in its fragment (`/?token=T#facilitator=K`; a fragment is
// never sent to a server, nor in a Referer). The page hands the key to its host once, with its
// own user id, and the host (the session's owner) writes the facilitator role for that user into
// the document. The key is then removed from the address bar, so it does not stay in the history
// or get copied on.

export const FACILITATOR_HEADER = 'X-Tavolo-Facilitator'
const PARAM = 'facilitator'

/** The facilitator key in a page address's fragment, if any. */
export function facilitatorKeyFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
  const key = params.get(PARAM)
  return key === null || !/^[A-Za-z0-9_-]{16,128}$/.test(key) ? undefined : key
}

/** The fragment without the facilitator key ('' when nothing else is left). */
export function hashWithoutKey(hash: string): string {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)
  params.delete(PARAM)
  const rest = params.toString()
  return rest === '' ? '' : `#${rest}`
}

/** The host's http origin from its sync URL (`ws://h:p/sync` → `http://h:p`). */
export function httpOriginOf(wsUrl: string): string {
  const url = new URL(wsUrl)
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:'
  return url.origin
}

export type GrantOutcome = 'granted' | 'wrong-key' | 'unreachable'

/** Asks the host to make `userId` a facilitator, proving the key. */
export async function requestFacilitatorRole(
  origin: string,
  token: string,
  key: string,
  userId: string,
  fetchImpl: typeof fetch = fetch,
): Promise<GrantOutcome> {
  try {
    const response = await fetchImpl(
      `${origin}/api/facilitator?user=${encodeURIComponent(userId)}`,
      {
        headers: { Authorization: `Bearer ${token}`, [FACILITATOR_HEADER]: key },
        cache: 'no-store',
      },
    )
    if (response.ok) return 'granted'
    return response.status === 403 || response.status === 401 ? 'wrong-key' : 'unreachable'
  } catch {
    return 'unreachable'
  }
}

/** The session owner the host reports (`GET /api/session` → ownerId), to pin it. */
export async function fetchOwnerId(
  origin: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string | undefined> {
  try {
    const response = await fetchImpl(`${origin}/api/session`, {
      headers: { Authorization: `Bearer ${token}` },
      cache: 'no-store',
    })
    if (!response.ok) return undefined
    const body: unknown = await response.json()
    const ownerId =
      typeof body === 'object' && body !== null
        ? (body as Record<string, unknown>).ownerId
        : undefined
    return typeof ownerId === 'string' ? ownerId : undefined
  } catch {
    return undefined
  }
}
