// Folding two copies of one workshop, edited apart (break-out groups offline), into a new file:
// a Yjs merge of the two full states, so every edit of both sides is kept. Inputs are only read.
import fs from 'node:fs'
import nodePath from 'node:path'
import * as Y from 'yjs'
import { WorkshopFileError } from './errors.ts'
import { docWorkshopInfo, writeNewFile } from './newFile.ts'
import { readWorkshopFile } from './readOnly.ts'
import { STORE_ORIGIN } from './origins.ts'
import { differentWorkshops } from './WorkshopFile.ts'

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
  const left = readWorkshopFile(absA)
  const right = readWorkshopFile(absB)
  try {
    if (left.workshopId !== right.workshopId && !options.force) {
      throw differentWorkshops(absA, { workshop_id: left.workshopId, title: left.title }, absB, {
        workshop_id: right.workshopId,
        title: right.title,
      })
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
    const workshopId = left.workshopId || right.workshopId
    const title = docWorkshopInfo(merged).title ?? (left.title || right.title)
    writeNewFile(absOut, merged, { workshopId, title }, options.overwrite ?? false)
    merged.destroy()
    return { out: absOut, workshopId, title }
  } finally {
    left.doc.destroy()
    right.doc.destroy()
  }
}
