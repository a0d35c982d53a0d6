// Shared steps of the session mutations: who is acting (the user this document's client is bound
// to), the facilitator check, and writing flat session keys in one transaction.
import type * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { plainCopy } from '../input.ts'
import { sessionMap, trustOf } from './trust.ts'

/** The user this document writes for; refuses when its client has not been bound yet. */
export function requireActor(doc: Y.Doc): string {
  const user = trustOf(doc).userOfClient(doc.clientID)
  if (user === undefined)
    throw new ModelError(
      'session: this window has not joined the session yet (call bindClient first)',
      'session',
    )
  return user
}

/** The acting user when they are the owner or a facilitator; refuses otherwise. */
export function requireFacilitator(doc: Y.Doc, what: string): string {
  const user = requireActor(doc)
  if (!trustOf(doc).isFacilitator(user))
    throw new ModelError(`${what}: only a facilitator can do this`, 'role')
  return user
}

/** Writes session keys (plain JSON values, copied in) in one transaction. */
export function writeSession(doc: Y.Doc, entries: Record<string, unknown>, origin: unknown): void {
  doc.transact(() => {
    const session = sessionMap(doc)
    for (const [key, value] of Object.entries(entries)) session.set(key, plainCopy(value))
  }, origin)
}

export function checkTime(now: number, what: string): number {
  if (typeof now !== 'number' || !Number.isFinite(now))
    throw new ModelError(`${what}: time must be epoch milliseconds`, 'now')
  return now
}
