import type * as Y from 'yjs'
import { participantSchema, type Participant } from '../../interchange/schema.ts'
import { applyPatch, parseInput, parsePatch, requireEntity } from '../input.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import {
  allocateId,
  insertEntity,
  moveEntity,
  takePlacement,
  checkIndex,
  type Placement,
} from './common.ts'
import { clearParticipantRefs } from './references.ts'

const all = (): boolean => true
export type ParticipantInput = Omit<Participant, 'id'> & Placement & { id?: string }

/** Adds a participant (at the end, or at `index`); returns its id. */
export function addParticipant(
  doc: Y.Doc,
  input: ParticipantInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(participantSchema.omit({ id: true }), fields, 'participant')
  const id = allocateId(doc, wanted, 'p')
  doc.transact(() => insertEntity(doc, ROOT.participants, id, checked, all, index), origin)
  return id
}

export function updateParticipant(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Participant, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const entity = requireEntity(entities(doc, ROOT.participants), id, 'participant')
  const checked = parsePatch(participantSchema, patch, 'participant')
  doc.transact(() => applyPatch(entity, checked), origin)
}

export function moveParticipant(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const root = entities(doc, ROOT.participants)
  requireEntity(root, id, 'participant')
  const to = checkIndex(index) ?? 0
  doc.transact(() => moveEntity(root, id, all, to), origin)
}

/** Removes a participant; stories they wrote keep their text and lose the author. */
export function removeParticipant(doc: Y.Doc, id: string, origin: unknown = LOCAL_ORIGIN): void {
  const root = entities(doc, ROOT.participants)
  requireEntity(root, id, 'participant')
  doc.transact(() => {
    root.delete(id)
    clearParticipantRefs(doc, id)
  }, origin)
}
