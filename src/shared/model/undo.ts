import * as Y from 'yjs'
import { ENTITY_ROOTS, ROOT, entities, plainMap } from './layout.ts'
import { LOCAL_ORIGIN } from './origins.ts'

/**
 * An undo manager over the whole workshop content that tracks only local edits (LOCAL_ORIGIN):
 * undo never reverts a peer's edit, an import or a migration. Edits within `captureTimeout` ms
 * merge into one undo step (Yjs default 500).
 */
export function createUndoManager(
  doc: Y.Doc,
  options: { captureTimeout?: number } = {},
): Y.UndoManager {
  const scope = [
    ...ENTITY_ROOTS.map((root) => entities(doc, root).ymap),
    plainMap(doc, ROOT.workshop),
    plainMap(doc, ROOT.actionPlanInfo),
  ]
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: options.captureTimeout ?? 500,
  })
}
