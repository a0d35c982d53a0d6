// The host's facilitator key. The session's owner is the host itself (`tavolo serve`, or the
// desktop app's main process), which has no screen of its own: the person at the host opens the
// facilitator link, whose fragment carries this key (`/?token=T#facilitator=K`; a fragment never
// travels in a request, a Referer or a log). The page presents the key once, with its user id,
// on `GET /api/facilitator?user=U` (header X-Tavolo-Facilitator); the host, as owner, writes the
// facilitator role for that user into the document, where it holds until a facilitator revokes
// it. A new key is made at every start, so an old link stops working.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type * as Y from 'yjs'
import { isUserId, roleOf, setRole } from '../../shared/model/index.ts'

export const FACILITATOR_PATH = '/api/facilitator'
export const FACILITATOR_HEADER = 'x-tavolo-facilitator'

export function generateFacilitatorKey(): string {
  return randomBytes(24).toString('base64url')
}

/** Checks a presented key in constant time. */
export function facilitatorKeyMatches(presented: unknown, key: string): boolean {
  if (typeof presented !== 'string') return false
  const a = Buffer.from(presented)
  const b = Buffer.from(key)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The facilitator link: the join link with the key in its fragment. */
export function facilitatorUrl(joinUrl: string, key: string): string {
  return `${joinUrl}#facilitator=${key}`
}

export type GrantResult = { status: 200; role: string } | { status: 400 | 403; message: string }

/**
 * Makes `userId` a facilitator, written by the owner's client in the host's document. The caller
 * has checked the key; `doc`'s client must be bound to the owner (startHost's initSession).
 */
export function grantFacilitator(doc: Y.Doc, userId: unknown): GrantResult {
  if (!isUserId(userId)) return { status: 400, message: 'user must be a Tavolo user id' }
  const role = roleOf(doc, userId)
  if (role === 'participant') setRole(doc, userId, 'facilitator')
  return { status: 200, role: roleOf(doc, userId) }
}
