import type * as Y from 'yjs'
import { relationSchema, type Relation } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { applyPatch, parseInput, parsePatch } from '../input.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { requireBoard } from './boards.ts'
import { takePlacement, type Placement } from './common.ts'
import { addItem, moveItemTo, removeItemOf, requireItem } from './items.ts'

export type RelationInput = Omit<Relation, 'id'> & Placement & { id?: string }

function checkEnd(doc: Y.Doc, boardId: string, end: 'from' | 'to', stakeholderId: string): void {
  const k = entities(doc, ROOT.stakeholders).get(stakeholderId)
  if (k === undefined || k.get('boardId') !== boardId)
    throw new ModelError(`relation.${end}: no stakeholder "${stakeholderId}" on this board`, end)
}

/** Adds a relation between two stakeholders placed on the same stakeholder-map board. */
export function addRelation(
  doc: Y.Doc,
  boardId: string,
  input: RelationInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  requireBoard(doc, boardId, 'stakeholder-map')
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(relationSchema.omit({ id: true }), fields, 'relation')
  checkEnd(doc, boardId, 'from', checked.from)
  checkEnd(doc, boardId, 'to', checked.to)
  return addItem(doc, boardId, 'relation', 'r', wanted, checked, index, origin)
}

export function updateRelation(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Relation, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const item = requireItem(doc, id, ['relation'])
  const checked = parsePatch(relationSchema, patch, 'relation')
  const boardId = String(item.get('boardId'))
  for (const end of ['from', 'to'] as const) {
    const value = checked.set[end]
    if (typeof value === 'string') checkEnd(doc, boardId, end, value)
  }
  doc.transact(() => applyPatch(item, checked), origin)
}

export function moveRelation(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  moveItemTo(doc, id, index, ['relation'], origin)
}

export function removeRelation(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  removeItemOf(doc, id, ['relation'], origin)
}
