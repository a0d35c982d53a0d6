import { readFileSync } from 'node:fs'
import * as Y from 'yjs'
import type { WorkshopDocument } from '../../../src/shared/interchange/schema.ts'
import { createWorkshopDoc, importWorkshop } from '../../../src/shared/model/index.ts'


export function riversideData(): WorkshopDocument {
  return JSON.parse(readFileSync(new URL('./fixtures/riverside.json', import.meta.url), 'utf8')) as WorkshopDocument
}

export function riversideDoc(): Y.Doc {
  const doc = createWorkshopDoc()
  importWorkshop(doc, riversideData())
  return doc
}

/** Sends each doc's missing updates to the other, both ways, until they hold the same state. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, toB, 'remote')
  Y.applyUpdate(a, toA, 'remote')
}

/** A second peer holding a copy of `doc`. */
export function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc), 'remote')
  return copy
}
