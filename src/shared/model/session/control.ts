// Control of the room: board locks, "follow me" and the spotlight.
//
// "Follow me" is stored in the document, not only in awareness: awareness is unauthenticated (any
// peer can announce any state, including "I am the facilitator, follow me to board X"), while a
// document value counts only when a facilitator's client wrote it; and it must survive a
// participant's reconnect (awareness states are dropped on disconnect). It is a single value
// replaced on each change, so the file keeps only the latest one after compaction. The UI should
// write it when the facilitator stops panning (not on every frame).
import type * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { getBoard } from '../read.ts'
import { KEY, PREFIX } from './keys.ts'
import { actorOf, sessionMap, trustOf } from './trust.ts'
import { compact, parseFollow, parseLock, parseSpotlight, type Viewport } from './values.ts'
import { checkTime, requireFacilitator, writeSession } from './write.ts'

export interface LockState {
  boardId: string
  locked: boolean
  by?: string
  at?: number
  /** The stored value was removed or written by a non-facilitator: the board reads as locked. */
  tampered?: boolean
}

export function getLock(doc: Y.Doc, boardId: string): LockState {
  const read = trustOf(doc).read(PREFIX.lock + boardId, 'facilitator', parseLock)
  if (read.status === 'unset') return { boardId, locked: false }
  if (read.status === 'tampered') return { boardId, locked: true, tampered: true }
  return { boardId, locked: read.value.locked, by: read.by, at: read.value.at }
}

export function isBoardLocked(doc: Y.Doc, boardId: string): boolean {
  return getLock(doc, boardId).locked
}

/** Every board with a lock entry (locked or not). */
export function listLocks(doc: Y.Doc): LockState[] {
  const out: LockState[] = []
  for (const key of [...sessionMap(doc).keys()].sort())
    if (key.startsWith(PREFIX.lock)) out.push(getLock(doc, key.slice(PREFIX.lock.length)))
  return out
}

function setLock(doc: Y.Doc, boardId: string, locked: boolean, now: number, origin: unknown): void {
  requireFacilitator(doc, 'lock')
  checkTime(now, 'lock')
  if (getBoard(doc, boardId) === undefined)
    throw new ModelError(`lock: no board "${boardId}"`, 'boardId')
  writeSession(doc, { [PREFIX.lock + boardId]: { locked, at: now } }, origin)
}

export function lockBoard(
  doc: Y.Doc,
  boardId: string,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  setLock(doc, boardId, true, now, origin)
}

/** Unlocks by writing `{ locked: false }` (never by deleting: a deletion has no author). */
export function unlockBoard(
  doc: Y.Doc,
  boardId: string,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  setLock(doc, boardId, false, now, origin)
}

/** Whether `userId` (default: this device's user) may edit the board now. */
export function canEditBoard(
  doc: Y.Doc,
  boardId: string,
  userId: string | undefined = actorOf(doc),
): boolean {
  return !isBoardLocked(doc, boardId) || trustOf(doc).isFacilitator(userId)
}

export function assertBoardEditable(doc: Y.Doc, boardId: string): void {
  if (!canEditBoard(doc, boardId))
    throw new ModelError(`board "${boardId}" is locked by the facilitator`, 'boardId')
}

/**
 * Runs `edit` (model mutations on one board) in one transaction when the board is editable for
 * this device's user; refuses otherwise. The UI routes board edits through this; the host
 * enforces the same rule for every peer.
 */
export function editBoard<T>(
  doc: Y.Doc,
  boardId: string,
  edit: () => T,
  origin: unknown = LOCAL_ORIGIN,
): T {
  assertBoardEditable(doc, boardId)
  let result: T | undefined
  doc.transact(() => {
    result = edit()
  }, origin)
  return result as T
}

/** The board an entity of `items` or `stakeholders` is on (a stakeholder may be on none). */
export function entityBoard(
  doc: Y.Doc,
  root: 'items' | 'stakeholders',
  id: string,
): string | undefined {
  const boardId = entities(doc, root === 'items' ? ROOT.items : ROOT.stakeholders)
    .get(id)
    ?.get('boardId')
  return typeof boardId === 'string' ? boardId : undefined
}

/** The board an item (card, or stakeholder placed on a map) is on. */
export function boardOfItem(doc: Y.Doc, itemId: string): string | undefined {
  const entity =
    entities(doc, ROOT.items).get(itemId) ?? entities(doc, ROOT.stakeholders).get(itemId)
  const boardId = entity?.get('boardId')
  return typeof boardId === 'string' ? boardId : undefined
}

// ---------------------------------------------------------------------------------------------

export interface FollowState {
  facilitatorClientId: number
  facilitatorUserId: string
  boardId?: string
  viewport?: Viewport
  at: number
}

/** Where the facilitator asks everyone to look (undefined when "follow me" is off). */
export function getFollow(doc: Y.Doc): FollowState | undefined {
  const read = trustOf(doc).read(KEY.follow, 'facilitator', parseFollow)
  if (read.status !== 'ok' || !read.value.active) return undefined
  const { active: _active, ...rest } = read.value
  return { ...rest, facilitatorUserId: read.by }
}

export function setFollow(
  doc: Y.Doc,
  target: { boardId?: string; viewport?: Viewport },
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'follow')
  checkTime(now, 'follow')
  if (target.boardId !== undefined && getBoard(doc, target.boardId) === undefined)
    throw new ModelError(`follow.boardId: no board "${target.boardId}"`, 'boardId')
  const v = target.viewport
  if (
    v !== undefined &&
    (![v.x, v.y, v.zoom].every((n) => typeof n === 'number' && Number.isFinite(n)) || v.zoom <= 0)
  )
    throw new ModelError('follow.viewport: x, y and a zoom > 0 must be numbers', 'viewport')
  writeSession(
    doc,
    {
      [KEY.follow]: compact({
        active: true,
        facilitatorClientId: doc.clientID,
        boardId: target.boardId,
        viewport: v && { x: v.x, y: v.y, zoom: v.zoom },
        at: now,
      }),
    },
    origin,
  )
}

export function stopFollow(
  doc: Y.Doc,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'follow')
  checkTime(now, 'follow')
  writeSession(
    doc,
    { [KEY.follow]: { active: false, facilitatorClientId: doc.clientID, at: now } },
    origin,
  )
}

export interface SpotlightState {
  itemId: string
  by: string
  at: number
}

export function getSpotlight(doc: Y.Doc): SpotlightState | undefined {
  const read = trustOf(doc).read(KEY.spotlight, 'facilitator', parseSpotlight)
  if (read.status !== 'ok' || read.value.itemId === null) return undefined
  return { itemId: read.value.itemId, by: read.by, at: read.value.at }
}

/** Spotlights one card for everyone (`null` ends it). */
export function setSpotlight(
  doc: Y.Doc,
  itemId: string | null,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'spotlight')
  checkTime(now, 'spotlight')
  if (itemId !== null && boardOfItem(doc, itemId) === undefined)
    throw new ModelError(`spotlight: no card "${itemId}"`, 'itemId')
  writeSession(doc, { [KEY.spotlight]: { itemId, at: now } }, origin)
}
