// The one stakeholder registry shared by all boards and the action plan. A stakeholder may be
// placed on one stakeholder-map board (`boardId`); otherwise it lives in the registry only.
import type * as Y from 'yjs'
import { stakeholderSchema, type Stakeholder } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { clampInt } from '../fields.ts'
import { parseInput, requireEntity } from '../input.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { requireBoard } from './boards.ts'
import { addToRoot, moveInRoot, takePlacement, updateInRoot, type Placement } from './common.ts'
import { clearStakeholderRefs, dropSources, removeRelationsOf } from './references.ts'

export type StakeholderInput = Omit<Stakeholder, 'id' | 'influence' | 'interest'> &
  Partial<Pick<Stakeholder, 'influence' | 'interest'>> &
  Placement & {
    id?: string
    /** a stakeholder-map board to place it on */
    boardId?: string
  }

/** Grid position of a new stakeholder when none is given: the middle of the grid. */
export const DEFAULT_SCALE = 3

/** Adds a stakeholder to the registry (at `index` of the registry list), optionally placed on a map board. */
export function addStakeholder(
  doc: Y.Doc,
  input: StakeholderInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const { id: wanted, index, fields } = takePlacement(input)
  const { boardId, ...rest } = fields
  const checked = parseInput(
    stakeholderSchema.omit({ id: true }),
    {
      ...rest,
      influence: rest.influence ?? DEFAULT_SCALE,
      interest: rest.interest ?? DEFAULT_SCALE,
    },
    'stakeholder',
  )
  if (boardId !== undefined) requireBoard(doc, boardId, 'stakeholder-map')
  return addToRoot(doc, ROOT.stakeholders, 'k', wanted, { ...checked, boardId }, index, origin)
}

export function updateStakeholder(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Stakeholder, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  updateInRoot(doc, ROOT.stakeholders, id, 'stakeholder', stakeholderSchema, patch, origin)
}

/**
 * Places a stakeholder on a stakeholder-map board, or with `null` takes it off its board (it stays
 * in the registry). Relations and action sources on the board it leaves are removed with it.
 */
export function placeStakeholder(
  doc: Y.Doc,
  id: string,
  boardId: string | null,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const entity = requireEntity(entities(doc, ROOT.stakeholders), id, 'stakeholder')
  if (boardId !== null) requireBoard(doc, boardId, 'stakeholder-map')
  const previous = entity.get('boardId')
  if (previous === (boardId ?? undefined)) return
  doc.transact(() => {
    if (typeof previous === 'string') {
      removeRelationsOf(doc, id, previous)
      dropSources(doc, previous, id)
    }
    if (boardId === null) entity.delete('boardId')
    else entity.set('boardId', boardId)
  }, origin)
}

/** Drags a stakeholder on the power/interest grid: values are rounded and clamped to 1..5. */
export function moveStakeholderOnGrid(
  doc: Y.Doc,
  id: string,
  influence: number,
  interest: number,
  origin: unknown = LOCAL_ORIGIN,
): { influence: number; interest: number } {
  const entity = requireEntity(entities(doc, ROOT.stakeholders), id, 'stakeholder')
  for (const [name, value] of [
    ['influence', influence],
    ['interest', interest],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new ModelError(`stakeholder.${name}: must be a number`, name)
  }
  const at = { influence: clampInt(influence, 1, 5), interest: clampInt(interest, 1, 5) }
  doc.transact(() => {
    if (entity.get('influence') !== at.influence) entity.set('influence', at.influence)
    if (entity.get('interest') !== at.interest) entity.set('interest', at.interest)
  }, origin)
  return at
}

/** Moves a stakeholder to `index` of the whole registry list. */
export function moveStakeholder(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  moveInRoot(doc, ROOT.stakeholders, id, 'stakeholder', index, origin)
}

/**
 * Removes a stakeholder from the registry with its relations, and clears every reference to it
 * (stories' stakeholderId, milestones' actorIds, actions' responsible and partners, sources).
 */
export function removeStakeholder(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  const root = entities(doc, ROOT.stakeholders)
  const entity = requireEntity(root, id, 'stakeholder')
  doc.transact(() => {
    const boardId = entity.get('boardId')
    if (typeof boardId === 'string') dropSources(doc, boardId, id)
    clearStakeholderRefs(doc, id)
    root.delete(id)
  }, origin)
}
