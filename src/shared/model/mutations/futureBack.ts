// Items of future-back boards: vision headlines, milestones on the timeline, first steps.
import type * as Y from 'yjs'
import { milestoneSchema, textItemSchema, type Milestone } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { clampInt } from '../fields.ts'
import { applyPatch, parseInput, parsePatch } from '../input.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { boardYears, requireBoard } from './boards.ts'
import { takePlacement, type Placement } from './common.ts'
import { addItem, moveItemTo, removeItemOf, requireItem } from './items.ts'

export type TextItemInput = { text: string } & Placement & { id?: string }
type TextType = 'vision' | 'firstStep'
const TEXT_TYPES = ['vision', 'firstStep'] as const

function addText(
  doc: Y.Doc,
  boardId: string,
  type: TextType,
  input: TextItemInput,
  origin: unknown,
): string {
  requireBoard(doc, boardId, 'future-back')
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(textItemSchema.omit({ id: true }), fields, type)
  return addItem(doc, boardId, type, type === 'vision' ? 'v' : 'f', wanted, checked, index, origin)
}

export function addVisionItem(
  doc: Y.Doc,
  boardId: string,
  input: TextItemInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  return addText(doc, boardId, 'vision', input, origin)
}

export function addFirstStep(
  doc: Y.Doc,
  boardId: string,
  input: TextItemInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  return addText(doc, boardId, 'firstStep', input, origin)
}

/** Changes the text of a vision item or a first step. */
export function updateTextItem(
  doc: Y.Doc,
  id: string,
  text: string,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const item = requireItem(doc, id, TEXT_TYPES)
  parseInput(textItemSchema.shape.text, text, 'text')
  doc.transact(() => item.set('text', text), origin)
}

/** Moves a vision item or first step within its list. */
export function moveTextItem(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  moveItemTo(doc, id, index, TEXT_TYPES, origin)
}

export function removeTextItem(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  removeItemOf(doc, id, TEXT_TYPES, origin)
}

export type MilestoneInput = Omit<Milestone, 'id'> & Placement & { id?: string }

function checkYear(doc: Y.Doc, boardId: string, year: number): void {
  const { presentYear, horizonYear } = boardYears(doc, boardId)
  if (year < presentYear || year > horizonYear)
    throw new ModelError(
      `milestone.year: must be between ${presentYear} and ${horizonYear}`,
      'year',
    )
}

function checkActors(doc: Y.Doc, actorIds: readonly string[] | undefined): void {
  const registry = entities(doc, ROOT.stakeholders)
  actorIds?.forEach((k, i) => {
    if (!registry.has(k))
      throw new ModelError(`milestone.actorIds.${i}: no stakeholder "${k}"`, 'actorIds')
  })
}

/** Adds a milestone; its year must lie in the board's range (presentYear..horizonYear). */
export function addMilestone(
  doc: Y.Doc,
  boardId: string,
  input: MilestoneInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  requireBoard(doc, boardId, 'future-back')
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(milestoneSchema.omit({ id: true }), fields, 'milestone')
  checkYear(doc, boardId, checked.year)
  checkActors(doc, checked.actorIds)
  return addItem(doc, boardId, 'milestone', 'm', wanted, checked, index, origin)
}

/** Updates text, actors or year (a year outside the board's range is refused here). */
export function updateMilestone(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Milestone, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const item = requireItem(doc, id, ['milestone'])
  const checked = parsePatch(milestoneSchema, patch, 'milestone')
  const boardId = String(item.get('boardId'))
  if (typeof checked.set.year === 'number') checkYear(doc, boardId, checked.set.year)
  const actors = checked.set.actorIds
  if (Array.isArray(actors)) checkActors(doc, actors.map(String))
  doc.transact(() => applyPatch(item, checked), origin)
}

/** Drags a milestone along the timeline: the year is rounded and clamped to the board's range. */
export function setMilestoneYear(
  doc: Y.Doc,
  id: string,
  year: number,
  origin: unknown = LOCAL_ORIGIN,
): number {
  const item = requireItem(doc, id, ['milestone'])
  if (typeof year !== 'number' || !Number.isFinite(year))
    throw new ModelError('milestone.year: must be a number', 'year')
  const { presentYear, horizonYear } = boardYears(doc, String(item.get('boardId')))
  const clamped = clampInt(year, presentYear, horizonYear)
  doc.transact(() => item.set('year', clamped), origin)
  return clamped
}

export function moveMilestone(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  moveItemTo(doc, id, index, ['milestone'], origin)
}

export function removeMilestone(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  removeItemOf(doc, id, ['milestone'], origin)
}
