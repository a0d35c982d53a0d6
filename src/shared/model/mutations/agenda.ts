import type * as Y from 'yjs'
import { agendaStepSchema, type AgendaStep } from '../../interchange/schema.ts'
import { ModelError } from '../errors.ts'
import { applyPatch, parseInput, parsePatch, requireEntity } from '../input.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { addToRoot, moveInRoot, takePlacement, type Placement } from './common.ts'

export type AgendaStepInput = Omit<AgendaStep, 'id'> & Placement & { id?: string }

function checkBoard(doc: Y.Doc, boardId: string | undefined): void {
  if (boardId !== undefined && !entities(doc, ROOT.boards).has(boardId))
    throw new ModelError(`agenda.boardId: no board "${boardId}"`, 'boardId')
}

export function addAgendaStep(
  doc: Y.Doc,
  input: AgendaStepInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(agendaStepSchema.omit({ id: true }), fields, 'agenda')
  checkBoard(doc, checked.boardId)
  return addToRoot(doc, ROOT.agenda, 'a', wanted, checked, index, origin)
}

export function updateAgendaStep(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<AgendaStep, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const entity = requireEntity(entities(doc, ROOT.agenda), id, 'agenda step')
  const checked = parsePatch(agendaStepSchema, patch, 'agenda')
  const boardId = checked.set.boardId
  checkBoard(doc, typeof boardId === 'string' ? boardId : undefined)
  doc.transact(() => applyPatch(entity, checked), origin)
}

export function moveAgendaStep(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  moveInRoot(doc, ROOT.agenda, id, 'agenda step', index, origin)
}

export function removeAgendaStep(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  const root = entities(doc, ROOT.agenda)
  requireEntity(root, id, 'agenda step')
  doc.transact(() => root.delete(id), origin)
}
