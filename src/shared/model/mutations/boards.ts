import type * as Y from 'yjs'
import { z } from 'zod'
import { BOARD_KINDS, futureBackBoardSchema, type BoardKind } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { parseInput, requireEntity } from '../input.ts'
import { ROOT, entities, type Entity } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { readBoardInfo } from '../records.ts'
import { addToRoot, checkIndex, moveInRoot } from './common.ts'
import { clearBoardRefs, removeItemEntity } from './references.ts'

const titleSchema = futureBackBoardSchema.shape.title
const yearSchema = futureBackBoardSchema.shape.presentYear

/** Default span of a new future-back board: from this year to ten years ahead. */
export const DEFAULT_HORIZON_SPAN = 10

export interface BoardOptions {
  id?: string
  index?: number
  /** future-back only; default: this year and DEFAULT_HORIZON_SPAN years later */
  presentYear?: number
  horizonYear?: number
}

function checkYears(presentYear: number, horizonYear: number): void {
  parseInput(yearSchema, presentYear, 'board.presentYear')
  parseInput(yearSchema, horizonYear, 'board.horizonYear')
  if (presentYear >= horizonYear)
    throw new ModelError(
      `board.horizonYear: must be after presentYear (${presentYear})`,
      'horizonYear',
    )
}

export function addBoard(
  doc: Y.Doc,
  kind: BoardKind,
  title: string,
  options: BoardOptions = {},
  origin: unknown = LOCAL_ORIGIN,
): string {
  parseInput(z.enum(BOARD_KINDS), kind, 'board.kind')
  parseInput(titleSchema, title, 'board.title')
  const index = checkIndex(options.index)
  const fields: Record<string, unknown> = { kind, title }
  if (kind === 'future-back') {
    const presentYear = options.presentYear ?? new Date().getFullYear()
    const horizonYear = options.horizonYear ?? presentYear + DEFAULT_HORIZON_SPAN
    checkYears(presentYear, horizonYear)
    fields.presentYear = presentYear
    fields.horizonYear = horizonYear
  }
  return addToRoot(doc, ROOT.boards, 'b', options.id, fields, index, origin)
}

export function renameBoard(
  doc: Y.Doc,
  id: string,
  title: string,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const board = requireEntity(entities(doc, ROOT.boards), id, 'board')
  parseInput(titleSchema, title, 'board.title')
  doc.transact(() => board.set('title', title), origin)
}

export function moveBoard(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  moveInRoot(doc, ROOT.boards, id, 'board', index, origin)
}

export function requireBoard(doc: Y.Doc, id: string, kind: BoardKind): Entity {
  const board = requireEntity(entities(doc, ROOT.boards), id, 'board')
  if (board.get('kind') !== kind)
    throw new ModelError(`board "${id}" is not a ${kind} board`, 'boardId')
  return board
}

/**
 * Sets a future-back board's years. Refuses presentYear >= horizonYear; milestones left
 * outside the new range are moved to its nearest end.
 */
export function setBoardYears(
  doc: Y.Doc,
  id: string,
  presentYear: number,
  horizonYear: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const board = requireBoard(doc, id, 'future-back')
  checkYears(presentYear, horizonYear)
  doc.transact(() => {
    board.set('presentYear', presentYear)
    board.set('horizonYear', horizonYear)
    for (const item of entities(doc, ROOT.items).values()) {
      if (item.get('boardId') !== id || item.get('type') !== 'milestone') continue
      const year = item.get('year')
      if (typeof year !== 'number') continue
      const clamped = Math.max(presentYear, Math.min(horizonYear, year))
      if (clamped !== year) item.set('year', clamped)
    }
  }, origin)
}

/** The year range of a future-back board (as read, i.e. always a valid range). */
export function boardYears(doc: Y.Doc, id: string): { presentYear: number; horizonYear: number } {
  const board = requireBoard(doc, id, 'future-back')
  const info = readBoardInfo(id, board)
  const presentYear = info?.presentYear ?? new Date().getFullYear()
  return { presentYear, horizonYear: info?.horizonYear ?? presentYear + 1 }
}

/**
 * Removes a board with all its items; stakeholders placed on it stay in the registry, unplaced.
 * Agenda steps lose their link to it and actions lose their sources on it.
 */
export function removeBoard(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  const boards = entities(doc, ROOT.boards)
  requireEntity(boards, id, 'board')
  doc.transact(() => {
    const doomed: string[] = []
    for (const [itemId, item] of entities(doc, ROOT.items))
      if (item.get('boardId') === id) doomed.push(itemId)
    for (const itemId of doomed) removeItemEntity(doc, itemId)
    for (const k of entities(doc, ROOT.stakeholders).values())
      if (k.get('boardId') === id) k.delete('boardId')
    clearBoardRefs(doc, id)
    boards.delete(id)
  }, origin)
}
