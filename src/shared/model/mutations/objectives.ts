import type * as Y from 'yjs'
import { objectiveSchema, type Objective } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { parseInput, requireEntity } from '../input.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { addToRoot, moveInRoot, takePlacement, updateInRoot, type Placement } from './common.ts'

export type ObjectiveInput = Omit<Objective, 'id'> & Placement & { id?: string }

export function addObjective(
  doc: Y.Doc,
  input: ObjectiveInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(objectiveSchema.omit({ id: true }), fields, 'objective')
  return addToRoot(doc, ROOT.objectives, 'o', wanted, checked, index, origin)
}

export function updateObjective(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Objective, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  updateInRoot(doc, ROOT.objectives, id, 'objective', objectiveSchema, patch, origin)
}

export function moveObjective(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  moveInRoot(doc, ROOT.objectives, id, 'objective', index, origin)
}

/** Removes an objective. One that still has actions is refused unless `cascade` removes them too. */
export function removeObjective(
  doc: Y.Doc,
  id: string,
  options: { cascade?: boolean } = {},
  origin: unknown = LOCAL_ORIGIN,
): void {
  const root = entities(doc, ROOT.objectives)
  requireEntity(root, id, 'objective')
  const actions = entities(doc, ROOT.actions)
  const owned = [...actions]
    .filter(([, a]) => a.get('objectiveId') === id)
    .map(([actionId]) => actionId)
  if (owned.length > 0 && options.cascade !== true)
    throw new ModelError(
      `objective "${id}" still has ${owned.length} action(s): move or remove them first, or remove with cascade`,
      'id',
    )
  doc.transact(() => {
    for (const actionId of owned) actions.delete(actionId)
    root.delete(id)
  }, origin)
}
