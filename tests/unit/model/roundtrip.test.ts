import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { validateWorkshopDocument } from '../../../src/shared/interchange/validate.ts'
import {
  ModelError,
  SCHEMA_VERSION,
  canonicalJson,
  createWorkshopDoc,
  documentVersion,
  exportWorkshop,
  getWorkshopInfo,
  importWorkshop,
  listBoardStakeholders,
  listStakeholders,
  addStakeholder,
} from '../../../src/shared/model/index.ts'
import { fork, riversideData, riversideDoc } from './helpers.ts'

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys)
  if (typeof value !== 'object' || value === null) return value
  const entries = Object.entries(value).reverse()
  return Object.fromEntries(entries.map(([k, v]) => [k, reverseKeys(v)]))
}

describe('interchange round trip', () => {
  it('import then export of riverside.json gives back the input', () => {
    const data = riversideData()
    const doc = riversideDoc()
    expect(exportWorkshop(doc)).toStrictEqual(data)
  })

  it('survives encoding the doc and loading it elsewhere', () => {
    const copy = fork(riversideDoc())
    expect(exportWorkshop(copy)).toStrictEqual(riversideData())
  })

  it('canonicalJson is stable across docs and key order of the input', () => {
    const a = canonicalJson(riversideDoc())
    const data = riversideData()
    const b = createWorkshopDoc()
    importWorkshop(b, reverseKeys(data) as typeof data)
    expect(canonicalJson(b)).toBe(a)
    expect(canonicalJson(fork(b))).toBe(a)
    expect(JSON.parse(a)).toStrictEqual(data)
  })

  it('export is a valid interchange document', () => {
    const result = validateWorkshopDocument(exportWorkshop(riversideDoc()))
    expect(result.ok).toBe(true)
  })

  it('registry-only stakeholders go to the top-level extension, omitted when empty', () => {
    const doc = riversideDoc()
    expect(exportWorkshop(doc).stakeholders).toBeUndefined()
    const id = addStakeholder(doc, {
      name: 'Regional development agency',
      influence: 4,
      interest: 2,
    })
    const out = exportWorkshop(doc)
    expect(out.stakeholders).toStrictEqual([
      { id, name: 'Regional development agency', influence: 4, interest: 2 },
    ])
    const again = createWorkshopDoc()
    importWorkshop(again, out)
    expect(exportWorkshop(again)).toStrictEqual(out)
    expect(listStakeholders(again).map((k) => k.id)).toContain(id)
    expect(listBoardStakeholders(again, 'b-map')).toHaveLength(7)
  })

  it('omits actionPlan.title when absent', () => {
    const data = riversideData()
    delete data.actionPlan.title
    const doc = createWorkshopDoc()
    importWorkshop(doc, data)
    expect('title' in exportWorkshop(doc).actionPlan).toBe(false)
    expect(exportWorkshop(doc)).toStrictEqual(data)
  })

  it('refuses invalid data and writes nothing', () => {
    const data = riversideData()
    data.actionPlan.actions[0]!.end = '2020-01-01'
    const doc = createWorkshopDoc({ id: 'w-x', title: 'Empty' })
    const before = Y.encodeStateAsUpdate(doc)
    expect(() => importWorkshop(doc, data)).toThrow(
      /actionPlan\.actions\[0\]\.end: must not be before start/,
    )
    expect(Y.encodeStateAsUpdate(doc)).toStrictEqual(before)
  })

  it('refuses to import into a workshop that already has content', () => {
    const doc = riversideDoc()
    expect(() => importWorkshop(doc, riversideData())).toThrow(ModelError)
  })

  it('imports into a bare Y.Doc and records the schema version', () => {
    const doc = new Y.Doc()
    importWorkshop(doc, riversideData())
    expect(documentVersion(doc)).toBe(SCHEMA_VERSION)
    expect(getWorkshopInfo(doc).title).toBe(riversideData().workshop.title)
  })

  it('createWorkshopDoc gives a valid empty workshop', () => {
    const doc = createWorkshopDoc({ title: 'ULG meeting 4', city: 'Ghent' })
    const out = exportWorkshop(doc)
    expect(out.workshop.title).toBe('ULG meeting 4')
    expect(out.workshop.city).toBe('Ghent')
    expect(out.workshop.id).toMatch(/^w-[0-9A-Za-z]{12}$/)
    expect(validateWorkshopDocument(out).ok).toBe(true)
    expect(documentVersion(doc)).toBe(SCHEMA_VERSION)
    expect(() => createWorkshopDoc({ title: '' })).toThrow(/workshop\.title/)
  })
})
