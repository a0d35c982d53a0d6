// Reading a workshop file without opening it for editing (CLI info/export, merge inputs): the
// file is never written, even if it is open in another Tavolo at the same time.
import nodePath from 'node:path'
import * as Y from 'yjs'
import { applyStored, readStateSafely } from './readState.ts'
import { STORE_ORIGIN } from './WorkshopFile.ts'

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
  applyStored(doc, state.snapshot, state.log, STORE_ORIGIN, abs)
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
