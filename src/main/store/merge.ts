// Folding two copies of one workshop, edited apart (break-out groups offline), into a new file:
// a Yjs merge of the two full states, so every edit of both sides is kept. Inputs are only read.
import fs from 'node:fs'
import nodePath from 'node:path'
import * as Y from 'yjs'
import { WorkshopFileError } from './errors.ts'
import { writeNewFile } from './newFile.ts'
import { applyStored, readStateSafely, type StoredState } from './readState.ts'
import { STORE_ORIGIN, differentWorkshops } from './WorkshopFile.ts'

export interface MergeOptions {
  /** Merge even if the files hold different workshops (different ids in meta). */
  force?: boolean
  /** Replace an existing output file. */
  overwrite?: boolean
}

export interface MergeResult {
  out: string
  workshopId: string
  title: string
}

function realOrResolved(path: string): string {
  const abs = nodePath.resolve(path)
  try {
    return fs.realpathSync(abs)
  } catch {
    return abs
  }
}

function loadCopy(path: string): { doc: Y.Doc; meta: StoredState['meta'] } {
  const { state } = readStateSafely(path)
  const doc = new Y.Doc()
  applyStored(doc, state.snapshot, state.log, STORE_ORIGIN, path)
  return { doc, meta: state.meta }
}

export function mergeWorkshopFiles(
  a: string,
  b: string,
  out: string,
  options: MergeOptions = {},
): MergeResult {
  const [absA, absB, absOut] = [nodePath.resolve(a), nodePath.resolve(b), nodePath.resolve(out)]
  const realOut = realOrResolved(absOut)
  for (const input of [absA, absB]) {
    if (realOrResolved(input) === realOut) {
      throw new WorkshopFileError(
        'SAME_FILE',
        absOut,
        `The merge output ${absOut} is one of its inputs; inputs are never changed, choose a new name.`,
      )
    }
  }
  const left = loadCopy(absA)
  const right = loadCopy(absB)
  try {
    if (left.meta.workshop_id !== right.meta.workshop_id && !options.force) {
      throw differentWorkshops(absA, left.meta, absB, right.meta)
    }
    const merged = new Y.Doc()
    Y.transact(
      merged,
      () => {
        Y.applyUpdate(merged, Y.encodeStateAsUpdate(left.doc))
        Y.applyUpdate(merged, Y.encodeStateAsUpdate(right.doc))
      },
      STORE_ORIGIN,
    )
    const workshopId = left.meta.workshop_id ?? right.meta.workshop_id ?? ''
    const title = left.meta.title ?? right.meta.title ?? ''
    writeNewFile(absOut, merged, { workshopId, title }, options.overwrite ?? false)
    merged.destroy()
    return { out: absOut, workshopId, title }
  } finally {
    left.doc.destroy()
    right.doc.destroy()
  }
}
