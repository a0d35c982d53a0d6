import type * as Y from 'yjs'
import { participantSchema, type Participant } from '../../interchange/schema.ts'
import { parseInput, requireEntity } from '../input.ts'
import { ROOT, entities } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'
import { addToRoot, moveInRoot, takePlacement, updateInRoot, type Placement } from './common.ts'
import { clearParticipantRefs } from './references.ts'

export type ParticipantInput = Omit<Participant, 'id'> & Placement & { id?: string }

/** Adds a participant (at the end, or at `index`); returns its id. */
export function addParticipant(
  doc: Y.Doc,
  input: ParticipantInput,
  origin: unknown = LOCAL_ORIGIN,
): string {
  const { id: wanted, index, fields } = takePlacement(input)
  const checked = parseInput(participantSchema.omit({ id: true }), fields, 'participant')
  return addToRoot(doc, ROOT.participants, 'p', wanted, checked, index, origin)
}

export function updateParticipant(
  doc: Y.Doc,
  id: string,
  patch: Partial<Omit<Participant, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  updateInRoot(doc, ROOT.participants, id, 'participant', participantSchema, patch, origin)
}

export function moveParticipant(
  doc: Y.Doc,
  id: string,
  index: number,
  origin: unknown = LOCAL_ORIGIN,
): void {
  moveInRoot(doc, ROOT.participants, id, 'participant', index, origin)
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
