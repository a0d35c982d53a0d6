// Anonymity and private writing.
//
// Anonymous mode hides authors in the UI and strips them from every export (applyAnonymity).
// Private writing hides new cards from everyone but their author until the facilitator reveals
// them: a card created while it is on carries `hiddenUntilReveal: true` and its author's client
// and user. This is a social device, not secrecy: the card is in every peer's document from the
// start (a modified client can read it); the UI simply does not show it.
import type * as Y from 'yjs'
import type { WorkshopDocument } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { assertBoardEditable } from './control.ts'
import {
  AUTHOR_CLIENT_FIELD,
  AUTHOR_USER_FIELD,
  HIDDEN_FIELD,
  KEY,
  PRIVATE_FIELDS,
} from './keys.ts'
import { actorOf, trustOf } from './trust.ts'
import { parseToggle } from './values.ts'
import { checkTime, requireFacilitator, writeSession } from './write.ts'

export interface ToggleState {
  on: boolean
  /** Who switched it, and when (absent when never set). */
  by?: string
  at?: number
  /** The stored value was removed or forged: read as on (the more private reading). */
  tampered?: boolean
}

function readToggle(doc: Y.Doc, key: string): ToggleState {
  const read = trustOf(doc).read(key, 'facilitator', parseToggle)
  if (read.status === 'unset') return { on: false }
  if (read.status === 'tampered') return { on: true, tampered: true }
  return { on: read.value.on, by: read.by, at: read.value.at }
}

export function getAnonymity(doc: Y.Doc): ToggleState {
  return readToggle(doc, KEY.anonymous)
}

/** Records who switched anonymous mode and when (facilitators). */
export function setAnonymous(
  doc: Y.Doc,
  on: boolean,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'anonymous')
  checkTime(now, 'anonymous')
  if (typeof on !== 'boolean') throw new ModelError('anonymous: must be true or false', 'on')
  writeSession(doc, { [KEY.anonymous]: { on, at: now } }, origin)
}

/**
 * The interchange data as exports must show it: without story authors when the session is
 * anonymous. Pass the document or a state read from it (`{ anonymous: getAnonymity(doc) }`).
 */
export function applyAnonymity(
  data: WorkshopDocument,
  session: Y.Doc | { anonymous: { on: boolean } },
): WorkshopDocument {
  const on = 'anonymous' in session ? session.anonymous.on : getAnonymity(session).on
  if (!on) return data
  return {
    ...data,
    boards: data.boards.map((board) =>
      board.kind !== 'user-stories'
        ? board
        : { ...board, stories: board.stories.map(({ authorId: _authorId, ...story }) => story) },
    ),
  }
}

export function getPrivateWriting(doc: Y.Doc): ToggleState {
  return readToggle(doc, KEY.privateWriting)
}

/** Switches private writing (facilitators). Switching it off does not reveal: revealPrivateCards does. */
export function setPrivateWriting(
  doc: Y.Doc,
  on: boolean,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): void {
  requireFacilitator(doc, 'privateWriting')
  checkTime(now, 'privateWriting')
  if (typeof on !== 'boolean') throw new ModelError('privateWriting: must be true or false', 'on')
  writeSession(doc, { [KEY.privateWriting]: { on, at: now } }, origin)
}

/**
 * Adds a card through `add` (a model mutation answering the new item id, e.g.
 * `() => addStory(doc, boardId, input)`) in one transaction with the session rules: refused on a
 * locked board; marked hidden-until-reveal with its author while private writing is on.
 */
export function addCard(
  doc: Y.Doc,
  boardId: string,
  add: () => string,
  origin: unknown = LOCAL_ORIGIN,
): string {
  assertBoardEditable(doc, boardId)
  const hide = getPrivateWriting(doc).on
  const author = actorOf(doc)
  let id = ''
  doc.transact(() => {
    id = add()
    const entity = entities(doc, ROOT.items).get(id)
    if (!hide || entity === undefined) return
    entity.set(HIDDEN_FIELD, true)
    entity.set(AUTHOR_CLIENT_FIELD, doc.clientID)
    if (author !== undefined) entity.set(AUTHOR_USER_FIELD, author)
  }, origin)
  return id
}

export interface Viewer {
  userId?: string
  clientId?: number
}

function hiddenFrom(entity: Y.Map<unknown>, viewer: Viewer): boolean {
  if (entity.get(HIDDEN_FIELD) !== true) return false
  if (viewer.userId !== undefined && entity.get(AUTHOR_USER_FIELD) === viewer.userId) return false
  if (viewer.clientId !== undefined && entity.get(AUTHOR_CLIENT_FIELD) === viewer.clientId)
    return false
  return true
}

export function isHiddenCard(doc: Y.Doc, itemId: string, viewer: Viewer): boolean {
  const entity = entities(doc, ROOT.items).get(itemId)
  return entity !== undefined && hiddenFrom(entity, viewer)
}

/** The items `viewer` may see: everything but other people's unrevealed private cards. */
export function visibleItems<T extends { id: string }>(
  doc: Y.Doc,
  items: readonly T[],
  viewer: Viewer,
): T[] {
  const all = entities(doc, ROOT.items)
  return items.filter((item) => {
    const entity = all.get(item.id)
    return entity === undefined || !hiddenFrom(entity, viewer)
  })
}

/** How many cards of a board are still hidden (all authors): what the facilitator sees. */
export function hiddenCount(doc: Y.Doc, boardId: string): number {
  let n = 0
  for (const entity of entities(doc, ROOT.items).values())
    if (entity.get('boardId') === boardId && entity.get(HIDDEN_FIELD) === true) n++
  return n
}

/**
 * Reveals the hidden cards (of one board, or all) and, when revealing all, ends private writing.
 * Answers how many cards were revealed.
 */
export function revealPrivateCards(
  doc: Y.Doc,
  boardId?: string,
  now: number = Date.now(),
  origin: unknown = LOCAL_ORIGIN,
): number {
  requireFacilitator(doc, 'privateWriting')
  checkTime(now, 'privateWriting')
  let n = 0
  doc.transact(() => {
    for (const entity of entities(doc, ROOT.items).values()) {
      if (boardId !== undefined && entity.get('boardId') !== boardId) continue
      if (entity.get(HIDDEN_FIELD) === true) n++
      for (const field of PRIVATE_FIELDS) if (entity.has(field)) entity.delete(field)
    }
    if (boardId === undefined)
      writeSession(doc, { [KEY.privateWriting]: { on: false, at: now } }, origin)
  }, origin)
  return n
}
