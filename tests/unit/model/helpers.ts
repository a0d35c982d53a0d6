import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import * as Y from 'yjs'
import type { WorkshopDocument } from '../../../src/shared/interchange/schema.ts'
import { ModelError, createWorkshopDoc, importWorkshop } from '../../../src/shared/model/index.ts'

export function riversideData(): WorkshopDocument {
  return JSON.parse(
    readFileSync(new URL('../../../resources/examples/riverside.json', import.meta.url), 'utf8'),
  ) as WorkshopDocument
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

/** Runs `fn`, expects a ModelError naming `field`, and checks the doc did not change. */
export function expectRefused(
  doc: Y.Doc,
  fn: () => unknown,
  field: string | undefined,
  message?: RegExp,
): void {
  const before = Y.encodeStateAsUpdate(doc)
  let error: unknown
  try {
    fn()
  } catch (err) {
    error = err
  }
  expect(error).toBeInstanceOf(ModelError)
  expect((error as ModelError).field).toBe(field)
  if (message !== undefined) expect((error as ModelError).message).toMatch(message)
  expect(Y.encodeStateAsUpdate(doc)).toStrictEqual(before)
}
