// Promotion from a board item to the plan, on a real Y.Doc: the action keeps its source,
// milestones bring their year as dates, a new objective and its action are one undo step, and a
// refused promotion writes nothing.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  ModelError,
  createUndoManager,
  exportWorkshop,
  getAction,
  listActions,
  listObjectives,
  removeStory,
} from '../../../src/shared/model/index.ts'
import {
  PromoteError,
  initialObjective,
  previewPromotion,
  promote,
} from '../../../src/renderer/src/plan/promote.ts'
import { planOf, riversideDoc } from './helpers.ts'

describe('previewPromotion', () => {
  it('turns a story into an action draft that names the story as its source', () => {
    const doc = riversideDoc()
    const preview = previewPromotion(planOf(doc), { boardId: 'b-stories', itemId: 's-4' })
    expect(preview.kind).toBe('story')
    expect(preview.defaultAs).toBe('action')
    expect(preview.votes).toBe(3)
    expect(preview.boardTitle).toBe('Who needs what')
    expect(preview.action).toMatchObject({
      title: 'Know footfall per street each month',
      status: 'planned',
      sources: [{ boardId: 'b-stories', itemId: 's-4' }],
    })
    expect(preview.action.description).toContain('city planner')
    // The same story as an objective keeps its words, not its source (objectives have none).
    expect(preview.objective).toEqual({
      title: 'Know footfall per street each month',
      description: preview.action.description,
    })
  })

  it('dates a milestone over its year and proposes a vision headline as an objective', () => {
    const doc = riversideDoc()
    const milestone = previewPromotion(planOf(doc), { boardId: 'b-future', itemId: 'm-3' })
    expect(milestone.year).toBe(2028)
    expect(milestone.action).toMatchObject({ start: '2028-01-01', end: '2028-12-31' })
    const vision = previewPromotion(planOf(doc), { boardId: 'b-future', itemId: 'v-3' })
    expect(vision.defaultAs).toBe('objective')
    expect(vision.objective.title).toBe('Residents of every age walk the street daily')
    expect(vision.action.sources).toEqual([{ boardId: 'b-future', itemId: 'v-3' }])
  })

  it('makes a stakeholder on a map responsible for an "Engage" action', () => {
    const preview = previewPromotion(planOf(riversideDoc()), {
      boardId: 'b-map',
      itemId: 'k-landlords',
    })
    expect(preview.kind).toBe('stakeholder')
    expect(preview.action).toMatchObject({
      title: 'Engage Property owners',
      responsible: 'k-landlords',
    })
  })

  it('refuses relations and items that are gone', () => {
    const data = planOf(riversideDoc())
    expect(() => previewPromotion(data, { boardId: 'b-map', itemId: 'r-1' })).toThrow(PromoteError)
    expect(() => previewPromotion(data, { boardId: 'b-stories', itemId: 'nope' })).toThrow(
      /no item "nope"/,
    )
  })
})

describe('promote', () => {
  it('adds the action under the chosen objective with its source, as the export shows it', () => {
    const doc = riversideDoc()
    const preview = previewPromotion(planOf(doc), { boardId: 'b-stories', itemId: 's-4' })
    const result = promote(doc, preview, 'action', { objectiveId: 'o-3' })
    expect(result.newObjective).toBe(false)
    const action = getAction(doc, result.actionId ?? '')
    expect(action).toMatchObject({
      objectiveId: 'o-3',
      sources: [{ boardId: 'b-stories', itemId: 's-4' }],
    })
    // Last among the objective's actions.
    expect(listActions(doc, 'o-3').at(-1)?.id).toBe(result.actionId)
    const exported = exportWorkshop(doc).actionPlan.actions.find((a) => a.id === result.actionId)
    expect(exported?.sources).toEqual([{ boardId: 'b-stories', itemId: 's-4' }])
  })

  it('carries a milestone year into the dates of the action', () => {
    const doc = riversideDoc()
    const preview = previewPromotion(planOf(doc), { boardId: 'b-future', itemId: 'm-1' })
    const { actionId } = promote(doc, preview, 'action', { objectiveId: 'o-1' })
    expect(getAction(doc, actionId ?? '')).toMatchObject({ start: '2032-01-01', end: '2032-12-31' })
  })

  it('creates a new objective and its action as one undo step', () => {
    const doc = riversideDoc()
    // No capture window: only one transaction can make one undo step.
    const undo = createUndoManager(doc, { captureTimeout: 0 })
    const before = exportWorkshop(doc)
    const preview = previewPromotion(planOf(doc), { boardId: 'b-future', itemId: 'f-3' })
    const result = promote(doc, preview, 'action', { newTitle: '  Measure what works  ' })
    expect(result.newObjective).toBe(true)
    expect(listObjectives(doc).at(-1)).toMatchObject({
      id: result.objectiveId,
      title: 'Measure what works',
    })
    expect(getAction(doc, result.actionId ?? '')?.objectiveId).toBe(result.objectiveId)
    undo.undo()
    expect(exportWorkshop(doc)).toEqual(before)
  })

  it('adds a vision headline as an objective', () => {
    const doc = riversideDoc()
    const preview = previewPromotion(planOf(doc), { boardId: 'b-future', itemId: 'v-2' })
    const { objectiveId, actionId } = promote(doc, preview, 'objective')
    expect(actionId).toBeUndefined()
    expect(listObjectives(doc).find((o) => o.id === objectiveId)?.title).toBe(
      'Half of the ground floors host local makers, food and culture',
    )
  })

  it('writes nothing when the new objective has no title, the objective or the item is gone', () => {
    const doc = riversideDoc()
    const preview = previewPromotion(planOf(doc), { boardId: 'b-stories', itemId: 's-2' })
    const state = () => Y.encodeStateAsUpdate(doc)
    const before = state()
    expect(() => promote(doc, preview, 'action', { newTitle: '   ' })).toThrow(ModelError)
    expect(() => promote(doc, preview, 'action', { objectiveId: 'o-gone' })).toThrow(
      /no objective "o-gone"/,
    )
    expect(() => promote(doc, preview, 'action')).toThrow(ModelError)
    expect(state()).toStrictEqual(before)
    removeStory(doc, 's-2')
    const after = state()
    expect(() => promote(doc, preview, 'action', { newTitle: 'New' })).toThrow(
      /no longer on its board/,
    )
    expect(state()).toStrictEqual(after)
  })
})

describe('initialObjective', () => {
  const objectives = [{ id: 'o-1' }, { id: 'o-2' }]
  it('remembers the last objective while it exists, else takes the first, else a new one', () => {
    expect(initialObjective('o-2', objectives)).toBe('o-2')
    expect(initialObjective('o-9', objectives)).toBe('o-1')
    expect(initialObjective(undefined, objectives)).toBe('o-1')
    expect(initialObjective('o-2', [])).toBe('new')
  })
})
