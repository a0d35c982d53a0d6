// Shared steps of the mutations: id allocation, inserting an entity at a list position, moving
// it by rewriting its order key, and the transaction wrapper.
import type * as Y from 'yjs'
import { ModelError } from '../errors.ts'
import { idInUse, newId } from '../ids.ts'
import { writeFields } from '../input.ts'
import { ORDER, entities, type Entity, type EntityMap, type EntityRoot } from '../layout.ts'
import { keyForIndex, sortedEntries } from '../order.ts'
import * as YMap from '../ymap.ts'

/** Where to put a new entity in its list; at the end when omitted. */
export interface Placement {
  index?: number
}

export function allocateId(doc: Y.Doc, wanted: string | undefined, prefix: string): string {
  if (wanted === undefined) {
    let id = newId(prefix)
    while (idInUse(doc, id)) id = newId(prefix)
    return id
  }
  if (typeof wanted !== 'string' || wanted === '')
    throw new ModelError('id: must be a non-empty id', 'id')
  if (idInUse(doc, wanted))
    throw new ModelError(`id: "${wanted}" is already used in this workshop`, 'id')
  return wanted
}

/** The sorted list an entity belongs to, without `exceptId` (the entity being moved). */
export function siblings(root: EntityMap, keep: (e: Entity) => boolean, exceptId?: string) {
  return sortedEntries(root, (e, id) => id !== exceptId && keep(e))
}

function rekeyIn(root: EntityMap) {
  return (id: string, order: string): void => {
    root.get(id)?.set(ORDER, order)
  }
}

export function insertEntity(
  doc: Y.Doc,
  rootName: EntityRoot,
  id: string,
  fields: Record<string, unknown>,
  keep: (e: Entity) => boolean,
  index: number | undefined,
): Entity {
  const root = entities(doc, rootName)
  const list = siblings(root, keep)
  const order = keyForIndex(list, index ?? list.length, rekeyIn(root))
  const entity = YMap.create()
  root.set(id, entity)
  writeFields(entity, { id, ...fields, [ORDER]: order })
  return entity
}

/** Moves `id` to `index` of the list selected by `keep` (computed without the entity itself). */
export function moveEntity(
  root: EntityMap,
  id: string,
  keep: (e: Entity) => boolean,
  index: number,
): void {
  const entity = root.get(id)
  if (entity === undefined) return
  const list = siblings(root, keep, id)
  entity.set(ORDER, keyForIndex(list, index, rekeyIn(root)))
}

export function checkIndex(index: unknown): number | undefined {
  if (index === undefined) return undefined
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0)
    throw new ModelError('index: must be a whole number >= 0', 'index')
  return index
}

/** Splits the list position off an add input. */
export function takePlacement<T extends Placement & { id?: string }>(
  input: T,
): { id: string | undefined; index: number | undefined; fields: Omit<T, 'index' | 'id'> } {
  const { index, id, ...fields } = input
  return { id, index: checkIndex(index), fields }
}
