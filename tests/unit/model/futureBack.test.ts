import { describe, expect, it } from 'vitest'
import {
  addFirstStep,
  addMilestone,
  addStakeholder,
  addVisionItem,
  getAction,
  getItem,
  listFirstSteps,
  listMilestones,
  listVision,
  moveMilestone,
  moveTextItem,
  removeMilestone,
  removeStakeholder,
  removeTextItem,
  setMilestoneYear,
  updateMilestone,
  updateTextItem,
} from '../../../src/shared/model/index.ts'
import { expectRefused, riversideDoc } from './helpers.ts'

describe('future-back boards', () => {
  it('vision and first steps: add, update, move, remove', () => {
    const doc = riversideDoc()
    const v = addVisionItem(doc, 'b-future', { text: 'A green riverside', index: 0 })
    const f = addFirstStep(doc, 'b-future', { text: 'Call the landlords' })
    expect(listVision(doc, 'b-future')[0]).toStrictEqual({ id: v, text: 'A green riverside' })
    expect(listFirstSteps(doc, 'b-future').at(-1)).toStrictEqual({
      id: f,
      text: 'Call the landlords',
    })
    updateTextItem(doc, v, 'A greener riverside')
    moveTextItem(doc, v, 2)
    expect(listVision(doc, 'b-future').map((x) => x.text)[2]).toBe('A greener riverside')
    removeTextItem(doc, 'f-1')
    expect(getAction(doc, 'x-1')?.sources).toStrictEqual([{ boardId: 'b-stories', itemId: 's-1' }])
    removeTextItem(doc, v)
    expect(listVision(doc, 'b-future').map((x) => x.id)).toStrictEqual(['v-1', 'v-2', 'v-3'])
  })

  it('milestones: add, update, move, drag the year (clamped), remove', () => {
    const doc = riversideDoc()
    const k = addStakeholder(doc, { name: 'Landlords forum' })
    const m = addMilestone(doc, 'b-future', {
      year: 2030,
      text: 'Half the units rented',
      actorIds: [k, 'k-city'],
    })
    expect(getItem(doc, m)).toMatchObject({ year: 2030, actorIds: [k, 'k-city'] })
    updateMilestone(doc, m, { text: 'Most units rented', year: 2031 })
    expect(setMilestoneYear(doc, m, 2050)).toBe(2035)
    expect(setMilestoneYear(doc, m, 2000)).toBe(2026)
    expect(setMilestoneYear(doc, m, 2029.6)).toBe(2030)
    expect(getItem(doc, m)).toMatchObject({ year: 2030, text: 'Most units rented' })
    moveMilestone(doc, m, 0)
    expect(listMilestones(doc, 'b-future')[0]?.id).toBe(m)
    removeStakeholder(doc, k)
    expect(getItem(doc, m)).toMatchObject({ actorIds: ['k-city'] })
    removeMilestone(doc, 'm-4')
    expect(getAction(doc, 'x-6')?.sources).toStrictEqual([])
    expect(listMilestones(doc, 'b-future').map((x) => x.id)).toStrictEqual([m, 'm-1', 'm-2', 'm-3'])
  })

  it('plain arrays written are copies of the caller’s', () => {
    const doc = riversideDoc()
    const actors = ['k-city']
    const m = addMilestone(doc, 'b-future', { year: 2030, text: 't', actorIds: actors })
    actors.push('k-uni')
    expect(getItem(doc, m)).toMatchObject({ actorIds: ['k-city'] })
  })

  it('refuses bad input', () => {
    const doc = riversideDoc()
    expectRefused(
      doc,
      () => addVisionItem(doc, 'b-stories', { text: 'x' }),
      'boardId',
      /not a future-back board/,
    )
    expectRefused(doc, () => addFirstStep(doc, 'b-none', { text: 'x' }), 'id')
    expectRefused(doc, () => addVisionItem(doc, 'b-future', { text: 3 } as never), 'text')
    expectRefused(
      doc,
      () => updateTextItem(doc, 'm-1', 'x'),
      'id',
      /not a vision item or first step/,
    )
    expectRefused(
      doc,
      () => addMilestone(doc, 'b-future', { year: 2040, text: 'x' }),
      'year',
      /between 2026 and 2035/,
    )
    expectRefused(doc, () => addMilestone(doc, 'b-future', { year: 2025, text: 'x' }), 'year')
    expectRefused(doc, () => addMilestone(doc, 'b-future', { year: 2030.5, text: 'x' }), 'year')
    expectRefused(
      doc,
      () => addMilestone(doc, 'b-future', { year: 2030, text: 'x', actorIds: ['k-none'] }),
      'actorIds',
    )
    expectRefused(doc, () => updateMilestone(doc, 'm-1', { year: 2099 }), 'year')
    expectRefused(doc, () => updateMilestone(doc, 'm-1', { actorIds: ['k-none'] }), 'actorIds')
    expectRefused(doc, () => setMilestoneYear(doc, 'm-1', Number.NaN), 'year')
    expectRefused(doc, () => setMilestoneYear(doc, 'v-1', 2030), 'id', /not a milestone/)
    expectRefused(doc, () => moveMilestone(doc, 'm-1', -3), 'index')
    expectRefused(doc, () => removeMilestone(doc, 'f-1'), 'id')
  })
})
