import * as Y from 'yjs'
import { workshopInfoSchema, type WorkshopInfo } from '../interchange/schema.ts'
import { newId } from './ids.ts'
import { parseInput, writeFields } from './input.ts'
import { ROOT, SCHEMA_VERSION_KEY, plainMap } from './layout.ts'
import { SCHEMA_VERSION } from './migrations.ts'
import { IMPORT_ORIGIN } from './origins.ts'

/** A new workshop document at the current schema version. */
export function createWorkshopDoc(info: Partial<WorkshopInfo> = {}): Y.Doc {
  const full = parseInput(
    workshopInfoSchema,
    { ...info, id: info.id ?? newId('w'), title: info.title ?? 'Untitled workshop' },
    'workshop',
  )
  const doc = new Y.Doc()
  doc.transact(() => {
    plainMap(doc, ROOT.meta).set(SCHEMA_VERSION_KEY, SCHEMA_VERSION)
    writeFields(plainMap(doc, ROOT.workshop), full)
  }, IMPORT_ORIGIN)
  return doc
}
