// Shared steps for board items (stories, vision, milestones, first steps, relations): they live
// in the root `items` map with their board id and type; each (board, type) is one ordered list.
import type * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { requireEntity } from '../input.ts'
import { ROOT, entities, type Entity, type ItemType } from '../layout.ts'
import { allocateId, checkIndex, insertEntity, moveEntity } from './common.ts'
import { removeItemEntity } from './references.ts'

const LABEL: Record<ItemType, string> = {
  story: 'story',
  vision: 'vision item',
  milestone: 'milestone',
  firstStep: 'first step',
  relation: 'relation',
}

export function requireItem(doc: Y.Doc, id: string, types: readonly ItemType[]): Entity {
  const item = requireEntity(entities(doc, ROOT.items), id, LABEL[types[0] ?? 'story'])
  const type = item.get('type')
  if (!types.some((t) => t === type))
    throw new ModelError(`item "${id}" is not a ${types.map((t) => LABEL[t]).join(' or ')}`, 'id')
  return item
}

export function sameList(boardId: unknown, type: unknown) {
  return (e: Entity): boolean => e.get('boardId') === boardId && e.get('type') === type
}

/**
 * Adds an item of `type` to board `boardId` (already checked) at `index` of the list `keep`
 * selects: its (board, type) list unless given (stories are ordered per theme column).
 */
export function addItem(
  doc: Y.Doc,
  boardId: string,
  type: ItemType,
  prefix: string,
  wanted: string | undefined,
  fields: Record<string, unknown>,
  index: number | undefined,
  origin: unknown,
  keep: (e: Entity) => boolean = sameList(boardId, type),
): string {
  const id = allocateId(doc, wanted, prefix)
  doc.transact(
    () => insertEntity(doc, ROOT.items, id, { boardId, type, ...fields }, keep, index),
    origin,
  )
  return id
}

export function moveItemTo(
  doc: Y.Doc,
  id: string,
  index: number,
  types: readonly ItemType[],
  origin: unknown,
): void {
  const item = requireItem(doc, id, types)
  const to = checkIndex(index) ?? 0
  doc.transact(
    () =>
      moveEntity(
        entities(doc, ROOT.items),
        id,
        sameList(item.get('boardId'), item.get('type')),
        to,
      ),
    origin,
  )
}

export function removeItemOf(
  doc: Y.Doc,
  id: string,
  types: readonly ItemType[],
  origin: unknown,
): void {
  requireItem(doc, id, types)
  doc.transact(() => removeItemEntity(doc, id), origin)
}
