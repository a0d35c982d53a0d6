import { describe, expect, it } from 'vitest'
import {
  addAction,
  addObjective,
  getAction,
  getObjective,
  listActions,
  listObjectives,
  moveAction,
  moveObjective,
  removeAction,
  removeObjective,
  updateAction,
  updateObjective,
} from '../../../src/shared/model/index.ts'
import { expectRefused, riversideDoc } from './helpers.ts'

describe('objectives', () => {
  it('adds, updates, moves and removes', () => {
    const doc = riversideDoc()
    const o = addObjective(doc, { title: 'Greener street', index: 1 })
    expect(listObjectives(doc).map((x) => x.id)).toStrictEqual(['o-1', o, 'o-2', 'o-3'])
    updateObjective(doc, o, { description: 'Trees and shade' })
    expect(getObjective(doc, o)).toStrictEqual({
      id: o,
      title: 'Greener street',
      description: 'Trees and shade',
    })
    moveObjective(doc, o, 3)
    expect(listObjectives(doc).at(-1)?.id).toBe(o)
    removeObjective(doc, o)
    expect(getObjective(doc, o)).toBeUndefined()
  })

  it('refuses to remove an objective with actions unless cascading', () => {
    const doc = riversideDoc()
    expectRefused(doc, () => removeObjective(doc, 'o-1'), 'id', /still has 2 action/)
    removeObjective(doc, 'o-1', { cascade: true })
    expect(listActions(doc).map((x) => x.id)).toStrictEqual(['x-3', 'x-4', 'x-5', 'x-6'])
  })

  it('refuses bad input', () => {
    const doc = riversideDoc()
    expectRefused(doc, () => addObjective(doc, { title: '' }), 'title')
    expectRefused(doc, () => updateObjective(doc, 'o-1', { title: undefined }), 'title')
    expectRefused(doc, () => updateObjective(doc, 'o-none', { title: 'x' }), 'id')
    expectRefused(doc, () => moveObjective(doc, 'o-1', -1), 'index')
    expectRefused(doc, () => removeObjective(doc, 'o-none'), 'id')
  })
})

describe('actions', () => {
  it('adds at the end of its objective or at an index among its actions', () => {
    const doc = riversideDoc()
    const a = addAction(doc, { objectiveId: 'o-1', title: 'Landlord breakfast', budget: 500 })
    const b = addAction(doc, { objectiveId: 'o-1', title: 'Vacancy walk', index: 0 })
    expect(listActions(doc, 'o-1').map((x) => x.id)).toStrictEqual([b, 'x-1', 'x-2', a])
    expect(getAction(doc, a)).toStrictEqual({
      id: a,
      objectiveId: 'o-1',
      title: 'Landlord breakfast',
      budget: 500,
    })
  })

  it('updates fields, replacing plain arrays whole', () => {
    const doc = riversideDoc()
    updateAction(doc, 'x-2', {
      partners: ['k-city'],
      outputIndicators: [{ name: 'Pop-ups', target: '20' }],
      sources: [{ boardId: 'b-map', itemId: 'k-youth' }],
      end: undefined,
      status: 'done',
    })
    expect(getAction(doc, 'x-2')).toMatchObject({
      partners: ['k-city'],
      outputIndicators: [{ name: 'Pop-ups', target: '20' }],
      sources: [{ boardId: 'b-map', itemId: 'k-youth' }],
      status: 'done',
    })
    expect(getAction(doc, 'x-2')).not.toHaveProperty('end')
    updateAction(doc, 'x-2', { start: '2030-01-01' })
    expect(getAction(doc, 'x-2')?.start).toBe('2030-01-01')
  })

  it('moves within and across objectives', () => {
    const doc = riversideDoc()
    moveAction(doc, 'x-2', { index: 0 })
    expect(listActions(doc, 'o-1').map((x) => x.id)).toStrictEqual(['x-2', 'x-1'])
    moveAction(doc, 'x-2', { objectiveId: 'o-3', index: 1 })
    expect(listActions(doc, 'o-1').map((x) => x.id)).toStrictEqual(['x-1'])
    expect(listActions(doc, 'o-3').map((x) => x.id)).toStrictEqual(['x-5', 'x-2', 'x-6'])
    removeAction(doc, 'x-2')
    expect(getAction(doc, 'x-2')).toBeUndefined()
  })

  it('refuses bad input', () => {
    const doc = riversideDoc()
    const base = { objectiveId: 'o-1', title: 'T' }
    expectRefused(
      doc,
      () => addAction(doc, { ...base, objectiveId: 'o-none' }),
      'objectiveId',
      /no objective "o-none"/,
    )
    expectRefused(doc, () => addAction(doc, { ...base, title: '' }), 'title')
    expectRefused(doc, () => addAction(doc, { ...base, budget: -1 }), 'budget', />= 0/)
    expectRefused(doc, () => addAction(doc, { ...base, start: '2026-13-01' }), 'start')
    expectRefused(
      doc,
      () => addAction(doc, { ...base, start: '2026-05-01', end: '2026-04-30' }),
      'end',
      /not be before start/,
    )
    expectRefused(doc, () => addAction(doc, { ...base, status: 'late' as never }), 'status')
    expectRefused(
      doc,
      () => addAction(doc, { ...base, outputIndicators: [{ name: '', target: '1' }] }),
      'outputIndicators.0.name',
    )
    expectRefused(
      doc,
      () => addAction(doc, { ...base, sources: [{ boardId: 'b-none', itemId: 's-1' }] }),
      'sources',
      /no board/,
    )
    expectRefused(
      doc,
      () => addAction(doc, { ...base, sources: [{ boardId: 'b-future', itemId: 's-1' }] }),
      'sources',
      /no item "s-1" on board "b-future"/,
    )
    expectRefused(doc, () => updateAction(doc, 'x-1', { end: '2026-01-01' }), 'end')
    expectRefused(doc, () => updateAction(doc, 'x-1', { start: '2027-01-01' }), 'end')
    expectRefused(doc, () => updateAction(doc, 'x-1', { objectiveId: 'o-none' }), 'objectiveId')
    expectRefused(doc, () => updateAction(doc, 'x-1', { title: undefined }), 'title')
    expectRefused(doc, () => moveAction(doc, 'x-1', { objectiveId: 'o-none' }), 'objectiveId')
    expectRefused(doc, () => moveAction(doc, 'x-none', {}), 'id')
    expectRefused(doc, () => removeAction(doc, 'x-none'), 'id')
  })
})
