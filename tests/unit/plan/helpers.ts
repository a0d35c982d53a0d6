// Shared fixtures for the plan view-model tests: the Riverside sample workshop in a real Y.Doc and
// the renderer's projection of it.
import type * as Y from 'yjs'
import { riversideDoc } from '../model/helpers.ts'
import { projectWorkshop } from '../../../src/renderer/src/doc/projection.ts'
import { planDocument } from '../../../src/renderer/src/plan/planDocument.ts'

export { riversideDoc }

/** What the plan view reads: the store's projection, as a WorkshopDocument. */
export function planOf(doc: Y.Doc) {
  return planDocument(projectWorkshop(doc))
}
