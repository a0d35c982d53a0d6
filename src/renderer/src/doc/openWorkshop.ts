// One open workshop in the renderer: its Y.Doc, the connection to its host, the projection store
// React reads, and the person's undo history. Created when a workshop is opened, disposed when
// the person goes back home.
import * as Y from 'yjs'
import type { Session } from '../session/session.ts'
import { MARK_DOC_LOADED, markOnce } from '../app/marks.ts'
import { warmUpSignatures } from '../../../shared/model/session/identity.ts'
import { connectWorkshop, type Connection } from '../sync/connect.ts'
import { createUndo, type Undo } from './undo.ts'
import { createWorkshopStore, type WorkshopStore } from './workshopStore.ts'

export interface OpenWorkshop {
  session: Session
  doc: Y.Doc
  workshop: WorkshopStore
  undo: Undo
  connection: Connection
  dispose(): void
}

export function openWorkshop(session: Session): OpenWorkshop {
  const doc = new Y.Doc()
  const workshop = createWorkshopStore(doc)
  const undo = createUndo(doc)
  const connection = connectWorkshop(session, doc)
  // While the workshop travels from the host (or IndexedDB), not during the board's first render.
  const warmUp = window.setTimeout(warmUpSignatures, 0)
  const stopMark = connection.state.subscribe((state) => {
    if (state.loaded) {
      markOnce(MARK_DOC_LOADED)
      stopMark()
    }
  })
  return {
    session,
    doc,
    workshop,
    undo,
    connection,
    dispose: () => {
      stopMark()
      window.clearTimeout(warmUp)
      connection.dispose()
      undo.dispose()
      workshop.dispose()
      doc.destroy()
    },
  }
}
