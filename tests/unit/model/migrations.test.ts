import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ModelError,
  NewerSchemaError,
  SCHEMA_VERSION,
  documentVersion,
  exportWorkshop,
  importWorkshop,
  migrate,
  migrations,
  type Migration,
} from '../../../src/shared/model/index.ts'
import { fork, riversideData, sync } from './helpers.ts'

/** Ids of the migrations some test below has run; the meta-test checks none is left out. */
const exercised = new Set<number>()

/** Migrates a document that stops just before `id`, the way an older app version left it. */
function migrateFrom(doc: Y.Doc, id: number): void {
  migrate(doc, migrations.slice(0, id - 1))
  expect(documentVersion(doc)).toBe(id - 1)
  migrate(doc)
  exercised.add(id)
}

describe('migrations list', () => {
  it('has contiguous ids from 1 and SCHEMA_VERSION is the last', () => {
    expect(migrations.map((m) => m.id)).toStrictEqual(migrations.map((_, i) => i + 1))
    expect(SCHEMA_VERSION).toBe(migrations.length)
  })
})

describe('migration 1: initial layout', () => {
  it('records the schema version on a document that has none', () => {
    const doc = new Y.Doc()
    migrateFrom(doc, 1)
    expect(documentVersion(doc)).toBe(SCHEMA_VERSION)
  })

  it('keeps content written before the version was recorded', () => {
    const source = new Y.Doc()
    importWorkshop(source, riversideData())
    source.getMap('meta').delete('schemaVersion')
    expect(documentVersion(source)).toBe(0)
    migrateFrom(source, 1)
    expect(exportWorkshop(source)).toStrictEqual(riversideData())
  })
})

describe('migrate', () => {
  it('is idempotent: a second run writes nothing', () => {
    const doc = new Y.Doc()
    migrate(doc)
    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    migrate(doc)
    expect(updates).toStrictEqual([])
  })

  it('two peers migrating at once converge', () => {
    const a = new Y.Doc()
    importWorkshop(a, riversideData())
    a.getMap('meta').delete('schemaVersion')
    const b = fork(a)
    migrate(a)
    migrate(b)
    sync(a, b)
    expect(documentVersion(a)).toBe(SCHEMA_VERSION)
    expect(Y.encodeStateVector(a)).toStrictEqual(Y.encodeStateVector(b))
    expect(exportWorkshop(a)).toStrictEqual(exportWorkshop(b))
  })

  it('refuses a document newer than this code and leaves it untouched', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1)
    const before = Y.encodeStateAsUpdate(doc)
    expect(() => migrate(doc)).toThrow(NewerSchemaError)
    expect(() => migrate(doc)).toThrow(ModelError)
    expect(() => migrate(doc)).toThrow(/newer than this version of Tavolo/)
    expect(Y.encodeStateAsUpdate(doc)).toStrictEqual(before)
    expect(() => importWorkshop(doc, riversideData())).toThrow(NewerSchemaError)
  })

  it('runs later migrations in order, each in its own transaction', () => {
    const seen: number[] = []
    const extra: Migration[] = [
      ...migrations,
      {
        id: SCHEMA_VERSION + 1,
        description: 'test',
        up: (d) => void seen.push(documentVersion(d)),
      },
    ]
    const doc = new Y.Doc()
    migrate(doc, extra)
    expect(seen).toStrictEqual([SCHEMA_VERSION])
    expect(documentVersion(doc)).toBe(SCHEMA_VERSION + 1)
  })
})

// Meta-test, last in the file (tests of a file run in order): every migration was exercised.
describe('meta', () => {
  it('every migration has been run by a test above', () => {
    const missing = migrations.map((m) => m.id).filter((id) => !exercised.has(id))
    expect(missing, `migrations without a test: ${missing.join(', ')}`).toStrictEqual([])
  })
})
