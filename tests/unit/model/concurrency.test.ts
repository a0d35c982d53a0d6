// Two peers edit copies of the same workshop without seeing each other, then exchange updates.
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { validateWorkshopDocument } from '../../../src/shared/interchange/validate.ts'
import {
  addAction,
  addRelation,
  addStory,
  canonicalJson,
  createUndoManager,
  exportWorkshop,
  getItem,
  listStories,
  listStoryColumns,
  listRelations,
  moveStory,
  removeObjective,
  removeParticipant,
  removeStakeholder,
  removeStory,
  setBoardYears,
  setMilestoneYear,
  updateStory,
  listActions,
  updateAction,
} from '../../../src/shared/model/index.ts'
import { fork, riversideDoc, sync } from './helpers.ts'

function peers(): [Y.Doc, Y.Doc] {
  const a = riversideDoc()
  return [a, fork(a)]
}

function converged(a: Y.Doc, b: Y.Doc): string {
  sync(a, b)
  const json = canonicalJson(a)
  expect(canonicalJson(b)).toBe(json)
  const checked = validateWorkshopDocument(exportWorkshop(a))
  expect(checked.ok ? [] : checked.problems).toStrictEqual([])
  return json
}

const column = (doc: Y.Doc, theme: string | undefined): string[] =>
  listStoryColumns(doc, 'b-stories')
    .find((c) => c.theme === theme)
    ?.stories.map((s) => s.id) ?? []

describe('concurrent editing', () => {
  it('edits of different fields of the same card are both kept', () => {
    const [a, b] = peers()
    updateStory(a, 's-1', { goal: 'find empty units' })
    updateStory(b, 's-1', { votes: 9 })
    converged(a, b)
    expect(getItem(a, 's-1')).toMatchObject({ goal: 'find empty units', votes: 9 })
  })

  it('edits of the same field converge to one of the two values', () => {
    const [a, b] = peers()
    updateStory(a, 's-1', { goal: 'from A' })
    updateStory(b, 's-1', { goal: 'from B' })
    converged(a, b)
    const story = getItem(a, 's-1')
    expect(['from A', 'from B']).toContain(story?.type === 'story' ? story.goal : '')
  })

  it('two peers moving the same card: it stays one card, at one of the two places', () => {
    const [a, b] = peers()
    moveStory(a, 's-1', { theme: 'data', index: 0 })
    moveStory(b, 's-1', { theme: 'permits', index: 1 })
    const afterA = { theme: 'data', column: column(a, 'data') }
    const afterB = { theme: 'permits', column: column(b, 'permits') }
    converged(a, b)
    const ids = listStories(a, 'b-stories').map((s) => s.id)
    expect(ids.filter((id) => id === 's-1')).toHaveLength(1)
    expect(ids).toHaveLength(5)
    const story = getItem(a, 's-1')
    const theme = story?.type === 'story' ? story.theme : undefined
    const outcome = { theme, column: column(a, theme) }
    expect([afterA, afterB]).toContainEqual(outcome)
  })

  it('a move and a concurrent edit of the same card are both kept', () => {
    const [a, b] = peers()
    moveStory(a, 's-3', { theme: 'public space', index: 0 })
    updateStory(b, 's-3', { notes: 'ask the youth hub' })
    converged(a, b)
    expect(column(a, 'public space')).toStrictEqual(['s-3', 's-2'])
    expect(getItem(a, 's-3')).toMatchObject({ notes: 'ask the youth hub' })
  })

  it('cards inserted at the same place by two peers are both kept, and a later insert fits between them', () => {
    const [a, b] = peers()
    const x = addStory(a, 'b-stories', {
      role: 'A',
      goal: 'g',
      benefit: 'b',
      theme: 'vacancy',
      index: 1,
    })
    const y = addStory(b, 'b-stories', {
      role: 'B',
      goal: 'g',
      benefit: 'b',
      theme: 'vacancy',
      index: 1,
    })
    converged(a, b)
    const col = column(a, 'vacancy')
    expect(col).toHaveLength(4)
    expect(col[0]).toBe('s-1')
    expect(col[3]).toBe('s-3')
    expect(new Set(col.slice(1, 3))).toStrictEqual(new Set([x, y]))
    const z = addStory(a, 'b-stories', {
      role: 'C',
      goal: 'g',
      benefit: 'b',
      theme: 'vacancy',
      index: 2,
    })
    converged(a, b)
    expect(column(b, 'vacancy')).toStrictEqual(['s-1', col[1], z, col[2], 's-3'])
  })

  it('delete wins over a concurrent edit of the deleted card', () => {
    const [a, b] = peers()
    removeStory(a, 's-2')
    updateStory(b, 's-2', { votes: 10 })
    moveStory(b, 's-2', { theme: 'data' })
    converged(a, b)
    expect(getItem(a, 's-2')).toBeUndefined()
    expect(listStories(b, 'b-stories').map((s) => s.id)).toStrictEqual(['s-1', 's-3', 's-4', 's-5'])
  })

  it('a reference made while its target is removed elsewhere is left out of the export', () => {
    const [a, b] = peers()
    removeStakeholder(a, 'k-uni')
    addRelation(b, 'b-map', { from: 'k-uni', to: 'k-shops', label: 'trains' })
    removeParticipant(a, 'p-mia')
    updateStory(b, 's-1', { authorId: 'p-mia' })
    converged(a, b)
    expect(listRelations(a, 'b-map').some((r) => r.from === 'k-uni')).toBe(true)
    const map = exportWorkshop(a).boards[2]
    expect(map?.kind === 'stakeholder-map' && map.relations.map((r) => r.id)).toStrictEqual([
      'r-1',
      'r-2',
      'r-4',
    ])
    expect(exportWorkshop(a).boards[0]).not.toHaveProperty('stories.0.authorId')
  })

  it('an action added to an objective removed elsewhere is left out of the export', () => {
    const [a, b] = peers()
    removeObjective(a, 'o-3', { cascade: true })
    const x = addAction(b, { objectiveId: 'o-3', title: 'Late idea' })
    converged(a, b)
    expect(listActions(a).some((action) => action.id === x)).toBe(true)
    expect(exportWorkshop(a).actionPlan.actions.some((action) => action.id === x)).toBe(false)
  })

  it('a milestone dragged while the range shrinks elsewhere is read inside the range', () => {
    const [a, b] = peers()
    setBoardYears(a, 'b-future', 2026, 2030)
    setMilestoneYear(b, 'm-1', 2034)
    converged(a, b)
    const fb = exportWorkshop(a).boards[1]
    expect(fb?.kind === 'future-back' && fb.milestones.map((m) => m.year)).toStrictEqual([
      2030, 2029, 2028, 2027,
    ])
  })

  it('dates changed by two peers into a reversed pair are exported without the end', () => {
    const [a, b] = peers()
    updateAction(a, 'x-1', { start: '2026-10-01' })
    updateAction(b, 'x-1', { end: '2026-05-01' })
    converged(a, b)
    expect(exportWorkshop(a).actionPlan.actions[0]).not.toHaveProperty('end')
  })
})

describe('undo of local edits', () => {
  it('undoes only edits made with LOCAL_ORIGIN, never a peer’s', () => {
    const [a, b] = peers()
    const undo = createUndoManager(a, { captureTimeout: 0 })
    moveStory(a, 's-3', { index: 0 })
    updateStory(b, 's-1', { votes: 42 })
    sync(a, b)
    undo.undo()
    expect(column(a, 'vacancy')).toStrictEqual(['s-1', 's-3'])
    expect(getItem(a, 's-1')).toMatchObject({ votes: 42 })
    undo.redo()
    expect(column(a, 'vacancy')).toStrictEqual(['s-3', 's-1'])
    undo.destroy()
  })
})
