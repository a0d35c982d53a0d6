// Reading a workshop file without opening it for editing (CLI info/export, merge inputs): the
// file is never written, even if it is open in another Tavolo at the same time.
import nodePath from 'node:path'
import * as Y from 'yjs'
import { applyStored, explainFailure, readStateSafely } from './readState.ts'
import { STORE_ORIGIN } from './origins.ts'

export interface WorkshopFileContents {
  path: string
  doc: Y.Doc
  workshopId: string
  title: string
  created: string
  lastCompaction: string | null
  fileVersion: number
  sizeBytes: number
  logRows: number
  snapshots: number
}

export function readWorkshopFile(path: string): WorkshopFileContents {
  const abs = nodePath.resolve(path)
  const { facts, state, marks } = readStateSafely(abs)
  const doc = new Y.Doc()
  try {
    applyStored(doc, state.snapshot, state.log, STORE_ORIGIN, abs)
  } catch (error) {
    doc.destroy()
    throw explainFailure(error, abs, facts, 'reading')
  }
  return {
    path: abs,
    doc,
    workshopId: state.meta.workshop_id ?? '',
    title: state.meta.title ?? '',
    created: state.meta.created ?? '',
    lastCompaction: state.meta.last_compaction || null,
    fileVersion: state.fileVersion,
    sizeBytes: facts.fileBytes,
    logRows: marks.logRows,
    snapshots: state.snapshotCount,
  }
}
