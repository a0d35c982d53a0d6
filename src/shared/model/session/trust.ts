// Who wrote what, and whether it counts. Every session value is honoured only when the Yjs client
// that wrote it is bound (by a signed statement) to a user allowed to write it. The author of a
// map entry is the client id of the Yjs item holding its current value: this module reads that
// from Yjs internals (`Y.Map._map`, `Item.id.client`, `Item.deleted`), which Yjs exposes but does
// not document; it is the only place in the model that does.
//
// Deletions carry no author in Yjs, so Tavolo never deletes a session key: unlocking writes
// `{ locked: false }`, revoking a role writes 'participant'. A key whose current item is deleted,
// or was written by someone not allowed to, is "tampered" and each reader falls back to the safe
// reading (a board stays locked, a vote stays hidden, a role is not granted).
import type * as Y from 'yjs'
import { getWorkshopInfo } from '../read.ts'
import { bindingText, isUserId, verifyText } from './identity.ts'
import { KEY, PREFIX, SESSION_ROOT } from './keys.ts'

export function sessionMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(SESSION_ROOT)
}

/** Yjs internals: the item holding a map key's current (possibly deleted) value. */
export function entryItem(map: Y.Map<unknown>, key: string): Y.Item | undefined {
  return map._map.get(key)
}

export type Trusted<T> =
  | { status: 'unset' }
  | { status: 'ok'; value: T; by: string; client: number }
  | { status: 'tampered'; reason: string }

export type Allowed = 'facilitator' | 'owner' | ((userId: string) => boolean)

export interface Binding {
  userId: string
  sig: string
}

export function parseBinding(value: unknown): Binding | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { userId, sig } = value as Record<string, unknown>
  return isUserId(userId) && typeof sig === 'string' ? { userId, sig } : undefined
}

export function parseOwner(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { userId } = value as Record<string, unknown>
  return isUserId(userId) ? userId : undefined
}

/**
 * The trust computed from one state of a document. Cached per document and dropped after every
 * transaction, so reads made while rendering one state share the signature checks.
 */
export class Trust {
  readonly doc: Y.Doc
  readonly workshopId: string
  private readonly pinned: string | undefined
  private owner: string | undefined | null = null
  private readonly self = new Map<number, string | undefined>()
  private readonly users = new Map<number, string | undefined>()
  private readonly facilitators = new Map<string, boolean>()

  constructor(doc: Y.Doc, pinned: string | undefined) {
    this.doc = doc
    this.workshopId = getWorkshopInfo(doc).id
    this.pinned = pinned
  }

  get session(): Y.Map<unknown> {
    return sessionMap(this.doc)
  }

  /** The owner: pinned by this peer (learnt from its host), else the claim in the document. */
  get ownerId(): string | undefined {
    if (this.owner !== null) return this.owner
    let owner = this.pinned
    if (owner === undefined) {
      const item = entryItem(this.session, KEY.owner)
      const claimed = parseOwner(this.session.get(KEY.owner))
      // The claim counts only when written by a client its claimed user bound with their key.
      if (
        item !== undefined &&
        !item.deleted &&
        claimed !== undefined &&
        this.selfBound(item.id.client) === claimed
      )
        owner = claimed
    }
    this.owner = owner
    return owner
  }

  /** A valid signed binding of `clientId` (whoever wrote the entry). */
  signedBinding(clientId: number): Binding | undefined {
    const binding = parseBinding(this.session.get(PREFIX.client + clientId))
    if (binding === undefined) return undefined
    return verifyText(
      binding.userId,
      bindingText(this.workshopId, clientId, binding.userId),
      binding.sig,
    )
      ? binding
      : undefined
  }

  /** The user of a client whose binding that client wrote itself. */
  selfBound(clientId: number): string | undefined {
    if (this.self.has(clientId)) return this.self.get(clientId)
    const item = entryItem(this.session, PREFIX.client + clientId)
    let user: string | undefined
    if (item !== undefined && !item.deleted && item.id.client === clientId)
      user = this.signedBinding(clientId)?.userId
    this.self.set(clientId, user)
    return user
  }

  /**
   * The user a Yjs client writes for: its own signed binding, or one the owner's client restored
   * (the host re-writes a binding a forger overwrote; the signature still has to be the user's).
   */
  userOfClient(clientId: number): string | undefined {
    if (this.users.has(clientId)) return this.users.get(clientId)
    let user = this.selfBound(clientId)
    if (user === undefined) {
      const item = entryItem(this.session, PREFIX.client + clientId)
      const owner = this.ownerId
      if (
        item !== undefined &&
        !item.deleted &&
        owner !== undefined &&
        this.selfBound(item.id.client) === owner
      )
        user = this.signedBinding(clientId)?.userId
    }
    this.users.set(clientId, user)
    return user
  }

  /**
   * The owner, or a user whose 'facilitator' role was written by a client bound to a facilitator
   * (walked back to the owner; a cycle without the owner grants nothing).
   */
  isFacilitator(userId: string | undefined, visiting: Set<string> = new Set()): boolean {
    if (userId === undefined) return false
    if (userId === this.ownerId) return true
    const known = this.facilitators.get(userId)
    if (known !== undefined) return known
    if (visiting.has(userId)) return false
    visiting.add(userId)
    const key = PREFIX.role + userId
    const item = entryItem(this.session, key)
    let ok = false
    if (item !== undefined && !item.deleted && this.session.get(key) === 'facilitator') {
      const granter = this.userOfClient(item.id.client)
      ok = granter !== undefined && this.isFacilitator(granter, visiting)
    }
    visiting.delete(userId)
    // Only cache answers computed from a complete walk (not cut short by a cycle).
    if (visiting.size === 0) this.facilitators.set(userId, ok)
    return ok
  }

  allows(allowed: Allowed, userId: string): boolean {
    if (allowed === 'facilitator') return this.isFacilitator(userId)
    if (allowed === 'owner') return userId === this.ownerId
    return allowed(userId)
  }

  /** A session value, honoured only when written by a client of an allowed user. */
  read<T>(key: string, allowed: Allowed, parse: (value: unknown) => T | undefined): Trusted<T> {
    return this.readIn(this.session, key, allowed, parse)
  }

  readIn<T>(
    map: Y.Map<unknown>,
    key: string,
    allowed: Allowed,
    parse: (value: unknown) => T | undefined,
  ): Trusted<T> {
    const item = entryItem(map, key)
    if (item === undefined) return { status: 'unset' }
    if (item.deleted) return { status: 'tampered', reason: 'deleted' }
    const value = parse(map.get(key))
    if (value === undefined) return { status: 'tampered', reason: 'malformed' }
    const by = this.userOfClient(item.id.client)
    if (by === undefined) return { status: 'tampered', reason: 'written by an unbound client' }
    if (!this.allows(allowed, by))
      return { status: 'tampered', reason: 'written by someone not allowed to' }
    return { status: 'ok', value, by, client: item.id.client }
  }
}

const cache = new WeakMap<Y.Doc, Trust>()
const watched = new WeakSet<Y.Doc>()
const pins = new WeakMap<Y.Doc, string>()

export function trustOf(doc: Y.Doc): Trust {
  let trust = cache.get(doc)
  if (trust === undefined) {
    if (!watched.has(doc)) {
      watched.add(doc)
      doc.on('afterTransaction', () => cache.delete(doc))
    }
    trust = new Trust(doc, pins.get(doc))
    cache.set(doc, trust)
  }
  return trust
}

/**
 * Pins the session owner for this peer's copy of `doc` (kept in memory, never in the document).
 * A peer learns the owner from its host (`GET /api/session` → `ownerId`); once pinned, no
 * document edit can change who the owner is. Unpinned, the owner is the document's claim.
 */
export function pinSessionOwner(doc: Y.Doc, userId: string | undefined): void {
  if (userId === undefined) pins.delete(doc)
  else {
    if (!isUserId(userId)) throw new Error('pinSessionOwner: not a user id')
    pins.set(doc, userId)
  }
  cache.delete(doc)
}

/** The user this document's own client writes for (undefined until bound). */
export function actorOf(doc: Y.Doc): string | undefined {
  return trustOf(doc).userOfClient(doc.clientID)
}

export function isFacilitator(doc: Y.Doc, userId: string | undefined): boolean {
  return trustOf(doc).isFacilitator(userId)
}

export function sessionOwner(doc: Y.Doc): string | undefined {
  return trustOf(doc).ownerId
}
