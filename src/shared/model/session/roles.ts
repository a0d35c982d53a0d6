// Identity in the document and the facilitator role. A device binds its Yjs client to its user
// (signed); the owner (the host's user, recorded when the session starts) is always facilitator
// and may hand the role to co-facilitators, who may hand it on. A grant counts only when written
// by a client bound to a facilitator, so a participant cannot grant it to themselves.
import * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { bindingText, isUserId, signText, type SessionIdentity } from './identity.ts'
import { KEY, PREFIX, classifyKey, parseBallotKey } from './keys.ts'
import { entryItem, sessionMap, trustOf } from './trust.ts'
import { compact, parsePerson, parseRole, type PersonValue } from './values.ts'
import { checkTime, requireActor, requireFacilitator, writeSession } from './write.ts'

export type SessionRole = 'owner' | 'facilitator' | 'participant'

/**
 * Binds this document's Yjs client to `identity` (signed with its secret key). Call it once per
 * Y.Doc instance before any session action (each app start has a new client id). No-op when
 * already bound to the same user; refuses a client already bound to someone else.
 */
export function bindClient(
  doc: Y.Doc,
  identity: SessionIdentity,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const trust = trustOf(doc)
  const current = trust.selfBound(doc.clientID)
  if (current === identity.userId) return
  if (current !== undefined)
    throw new ModelError('session: this window is already bound to another user', 'userId')
  const sig = signText(identity, bindingText(trust.workshopId, doc.clientID, identity.userId))
  writeSession(doc, { [PREFIX.client + doc.clientID]: { userId: identity.userId, sig } }, origin)
}

/** Binds again if a forged edit overwrote this client's binding (cheap to call on every update). */
export function ensureClientBound(
  doc: Y.Doc,
  identity: SessionIdentity,
  origin: unknown = LOCAL_ORIGIN,
): boolean {
  const trust = trustOf(doc)
  if (trust.selfBound(doc.clientID) === identity.userId) return false
  const sig = signText(identity, bindingText(trust.workshopId, doc.clientID, identity.userId))
  writeSession(doc, { [PREFIX.client + doc.clientID]: { userId: identity.userId, sig } }, origin)
  return true
}

/**
 * Starts facilitation on a document by its owner: binds the client and records the owner when
 * none is recorded yet. Answers the owner (which may be someone else's, recorded earlier).
 */
export function initSession(
  doc: Y.Doc,
  identity: SessionIdentity,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): string {
  checkTime(now, 'session')
  doc.transact(() => {
    bindClient(doc, identity, origin)
    if (entryItem(sessionMap(doc), KEY.owner) === undefined)
      sessionMap(doc).set(KEY.owner, { userId: identity.userId, at: now })
  }, origin)
  return trustOf(doc).ownerId ?? identity.userId
}

/**
 * Makes `identity` the owner (someone opening a copied workshop file to run it themselves). Only
 * meaningful on the host's own copy: the host refuses an owner change from any connection.
 */
export function claimOwnership(
  doc: Y.Doc,
  identity: SessionIdentity,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  checkTime(now, 'session')
  doc.transact(() => {
    bindClient(doc, identity, origin)
    sessionMap(doc).set(KEY.owner, { userId: identity.userId, at: now })
  }, origin)
}

export function roleOf(doc: Y.Doc, userId: string | undefined): SessionRole {
  const trust = trustOf(doc)
  if (userId !== undefined && userId === trust.ownerId) return 'owner'
  return trust.isFacilitator(userId) ? 'facilitator' : 'participant'
}

/** The owner and every user whose facilitator grant currently counts. */
export function listFacilitators(
  doc: Y.Doc,
): Array<{ userId: string; role: 'owner' | 'facilitator' }> {
  const trust = trustOf(doc)
  const out: Array<{ userId: string; role: 'owner' | 'facilitator' }> = []
  const owner = trust.ownerId
  if (owner !== undefined) out.push({ userId: owner, role: 'owner' })
  for (const key of [...sessionMap(doc).keys()].sort()) {
    const kind = classifyKey(key)
    if (kind.kind === 'role' && kind.userId !== owner && trust.isFacilitator(kind.userId))
      out.push({ userId: kind.userId, role: 'facilitator' })
  }
  return out
}

/**
 * Grants or revokes the facilitator role (facilitators only; the owner's role cannot change).
 * Revoking re-writes, as the acting facilitator, the session values the revoked user wrote, so
 * that what they did while facilitator (a lock, a vote, a grant) stays in force.
 */
export function setRole(
  doc: Y.Doc,
  userId: string,
  role: 'facilitator' | 'participant',
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'role')
  if (!isUserId(userId)) throw new ModelError('role.userId: not a user id', 'userId')
  if (parseRole(role) === undefined)
    throw new ModelError('role: must be facilitator or participant', 'role')
  const trust = trustOf(doc)
  if (userId === trust.ownerId)
    throw new ModelError("role: the owner's role cannot change", 'userId')
  const reassert =
    role === 'participant' && trust.isFacilitator(userId) ? writtenBy(doc, userId) : []
  doc.transact(() => {
    sessionMap(doc).set(PREFIX.role + userId, role)
    for (const { map, key, value } of reassert) map.set(key, value)
  }, origin)
}

type Rewrite = { map: Y.Map<unknown>; key: string; value: unknown }

/** Session values (and proxy ballot entries) currently standing on `userId`'s authorship. */
function writtenBy(doc: Y.Doc, userId: string): Rewrite[] {
  const trust = trustOf(doc)
  const session = sessionMap(doc)
  const out: Rewrite[] = []
  const copyOf = (value: unknown): unknown =>
    typeof value === 'object' && value !== null ? structuredClone(value) : value
  for (const key of session.keys()) {
    const item = entryItem(session, key)
    if (item === undefined || item.deleted || trust.userOfClient(item.id.client) !== userId)
      continue
    const kind = classifyKey(key)
    if (kind.kind === 'client' || kind.kind === 'ballot') continue
    out.push({ map: session, key, value: copyOf(session.get(key)) })
  }
  for (const key of session.keys()) {
    if (parseBallotKey(key) === undefined) continue
    const ballot = session.get(key)
    if (!(ballot instanceof Y.Map)) continue
    const map = ballot as Y.Map<unknown>
    for (const itemId of map.keys()) {
      const item = entryItem(map, itemId)
      if (item !== undefined && !item.deleted && trust.userOfClient(item.id.client) === userId)
        out.push({ map, key: itemId, value: map.get(itemId) })
    }
  }
  return out
}

/**
 * Says who this device's user is: a display name and/or the workshop participant they are. Used
 * by the session summary (who took part). A facilitator may write it for someone else.
 */
export function joinSession(
  doc: Y.Doc,
  who: { name?: string; participantId?: string },
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
  userId?: string,
): void {
  checkTime(now, 'session')
  const actor = requireActor(doc)
  const target = userId ?? actor
  if (target !== actor && !trustOf(doc).isFacilitator(actor))
    throw new ModelError('person: only a facilitator can say who someone else is', 'userId')
  if (!isUserId(target)) throw new ModelError('person.userId: not a user id', 'userId')
  if (who.name !== undefined && (typeof who.name !== 'string' || who.name.length > 200))
    throw new ModelError('person.name: must be text of at most 200 characters', 'name')
  if (who.participantId !== undefined && !entities(doc, ROOT.participants).has(who.participantId))
    throw new ModelError(
      `person.participantId: no participant "${who.participantId}"`,
      'participantId',
    )
  writeSession(
    doc,
    {
      [PREFIX.person + target]: compact({
        name: who.name,
        participantId: who.participantId,
        at: now,
      }),
    },
    origin,
  )
}

export interface SessionPerson extends PersonValue {
  userId: string
  role: SessionRole
}

/** Everyone who said who they are (entries written by themselves or a facilitator). */
export function listPeople(doc: Y.Doc): SessionPerson[] {
  const trust = trustOf(doc)
  const out: SessionPerson[] = []
  for (const key of [...sessionMap(doc).keys()].sort()) {
    const kind = classifyKey(key)
    if (kind.kind !== 'person') continue
    const read = trust.read(key, (u) => u === kind.userId || trust.isFacilitator(u), parsePerson)
    if (read.status === 'ok')
      out.push({ userId: kind.userId, role: roleOf(doc, kind.userId), ...read.value })
  }
  return out
}
