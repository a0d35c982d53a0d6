// Shared steps of the mutations: id allocation, inserting an entity at a list position, moving
// it by rewriting its order key, and the transaction wrapper; plus the add/update/move steps of the
// entities whose list is their whole root (agenda, objectives, participants, stakeholders, boards).
import type * as Y from 'yjs'
import type { z } from 'zod'
import { ModelError } from '../errors.ts'
import { idInUse, newId } from '../ids.ts'
import { applyPatch, parsePatch, requireEntity, writeFields } from '../input.ts'
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

const all = (): boolean => true

/** Adds an entity to its root's single list (at the end, or at `index`); returns its id. */
export function addToRoot(
  doc: Y.Doc,
  rootName: EntityRoot,
  prefix: string,
  wanted: string | undefined,
  fields: Record<string, unknown>,
  index: number | undefined,
  origin: unknown,
): string {
  const id = allocateId(doc, wanted, prefix)
  doc.transact(() => insertEntity(doc, rootName, id, fields, all, index), origin)
  return id
}

/** Checks `patch` against `schema` and applies it to entity `id` of the root (`what` names it). */
export function updateInRoot(
  doc: Y.Doc,
  rootName: EntityRoot,
  id: string,
  what: string,
  schema: z.ZodObject,
  patch: object,
  origin: unknown,
): void {
  const entity = requireEntity(entities(doc, rootName), id, what)
  const checked = parsePatch(schema, patch, what)
  doc.transact(() => applyPatch(entity, checked), origin)
}

/** Moves entity `id` to `index` of its root's single list. */
export function moveInRoot(
  doc: Y.Doc,
  rootName: EntityRoot,
  id: string,
  what: string,
  index: number,
  origin: unknown,
): void {
  const root = entities(doc, rootName)
  requireEntity(root, id, what)
  const to = checkIndex(index) ?? 0
  doc.transact(() => moveEntity(root, id, all, to), origin)
}
