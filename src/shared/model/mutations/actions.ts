import type * as Y from 'yjs'
import { actionSchema, type Action, type Source } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { applyPatch, parseInput, parsePatch, requireEntity } from '../input.ts'
import { ORDER, ROOT, entities, type Entity } from '../layout.ts'
import { keyForIndex } from '../order.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import {
  allocateId,
  checkIndex,
  insertEntity,
  siblings,
  takePlacement,
  type Placement,
} from './common.ts'

export type ActionInput = Omit<Action, 'id'> & Placement & { id?: string }

function ofObjective(objectiveId: string) {
  return (e: Entity): boolean => e.get('objectiveId') === objectiveId
}

function checkObjective(doc: Y.Doc, objectiveId: string): void {
  if (!entities(doc, ROOT.objectives).has(objectiveId))
    throw new ModelError(`action.objectiveId: no objective "${objectiveId}"`, 'objectiveId')
}

/** A source must name a board and an item on it (a board item, or a stakeholder placed on a map). */
function checkSources(doc: Y.Doc, sources: readonly Source[] | undefined): void {
  sources?.forEach((s, i) => {
    if (!entities(doc, ROOT.boards).has(s.boardId))
      throw new ModelError(`action.sources.${i}.boardId: no board "${s.boardId}"`, 'sources')
    const item =
      entities(doc, ROOT.items).get(s.itemId) ?? entities(doc, ROOT.stakeholders).get(s.itemId)
    if (item === undefined || item.get('boardId') !== s.boardId)
      throw new ModelError(
        `action.sources.${i}.itemId: no item "${s.itemId}" on board "${s.boardId}"`,
        'sources',
      )
  })
}

function checkDates(start: unknown, end: unknown): void {
  if (typeof start === 'string' && typeof end === 'string' && end < start)
    throw new ModelError('action.end: must not be before start', 'end')
}

/** Adds an action to an objective: at the end of that objective's actions, or at `index` among them. */
export function addAction(doc: Y.Doc, input: ActionInput, origin: unknown = LOCAL_ORIGIN): string {
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(actionSchema.omit({ id: true }), fields, 'action')
  checkObjective(doc, checked.objectiveId)
  checkDates(checked.start, checked.end)
  checkSources(doc, checked.sources)
  const id = allocateId(doc, wanted, 'x')
  doc.transact(
    () => insertEntity(doc, ROOT.actions, id, checked, ofObjective(checked.objectiveId), index),
    origin,
  )
  return id
}

/** Updates an action's fields; plain-array fields (partners, indicators, sources) are replaced whole. */
export function updateAction(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Action, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const entity = requireEntity(entities(doc, ROOT.actions), id, 'action')
  const checked = parsePatch(actionSchema, patch, 'action')
  const after = (key: 'start' | 'end'): unknown =>
    checked.clear.includes(key)
      ? undefined
      : key in checked.set
        ? checked.set[key]
        : entity.get(key)
  checkDates(after('start'), after('end'))
  const objectiveId = checked.set.objectiveId
  if (typeof objectiveId === 'string') checkObjective(doc, objectiveId)
  const sources = checked.set.sources
  if (Array.isArray(sources)) checkSources(doc, actionSchema.shape.sources.parse(sources))
  doc.transact(() => applyPatch(entity, checked), origin)
}

export interface ActionMove {
  /** The destination objective; omitted: the current one. */
  objectiveId?: string
  /** Position among the destination objective's actions; omitted: the end. */
  index?: number
}

export function moveAction(
  doc: Y.Doc,
  id: string,
  to: ActionMove,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const actions = entities(doc, ROOT.actions)
  const entity = requireEntity(actions, id, 'action')
  const index = checkIndex(to.index)
  if (to.objectiveId !== undefined) checkObjective(doc, to.objectiveId)
  const objectiveId = to.objectiveId ?? String(entity.get('objectiveId'))
  doc.transact(() => {
    const list = siblings(actions, ofObjective(objectiveId), id)
    const order = keyForIndex(list, index ?? list.length, (otherId, key) =>
      actions.get(otherId)?.set(ORDER, key),
    )
    if (entity.get('objectiveId') !== objectiveId) entity.set('objectiveId', objectiveId)
    entity.set(ORDER, order)
  }, origin)
}

export function removeAction(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  const actions = entities(doc, ROOT.actions)
  requireEntity(actions, id, 'action')
  doc.transact(() => actions.delete(id), origin)
}
