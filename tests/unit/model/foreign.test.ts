// A workshop may have been written by another Yjs client, an older Tavolo or a buggy one: reads
// must not crash on values of the wrong type, and an export must still pass validation.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { validateWorkshopDocument } from '../../../src/shared/interchange/validate.ts'
import {
  addStory,
  exportWorkshop,
  getItem,
  getWorkshopInfo,
  listStakeholders,
  listStories,
  moveStory,
} from '../../../src/shared/model/index.ts'
import { riversideDoc } from './helpers.ts'

function entity(doc: Y.Doc, root: string, id: string): Y.Map<unknown> {
  const value = doc.getMap<unknown>(root).get(id)
  if (!(value instanceof Y.Map)) throw new Error(`no entity ${id}`)
  return value as Y.Map<unknown>
}

describe('reading documents written by other clients', () => {
  it('skips root values that are not entity maps', () => {
    const doc = riversideDoc()
    doc.getMap('items').set('junk', 'not a map')
    doc.getMap('items').set('', new Y.Map())
    doc.getMap('stakeholders').set('k-junk', 42)
    expect(listStories(doc, 'b-stories')).toHaveLength(5)
    expect(listStakeholders(doc)).toHaveLength(7)
    expect(getItem(doc, 'junk')).toBeUndefined()
    expect(validateWorkshopDocument(exportWorkshop(doc)).ok).toBe(true)
  })

  it('reads wrong-typed fields as absent and required ones as safe values', () => {
    const doc = riversideDoc()
    doc.transact(() => {
      const story = entity(doc, 'items', 's-1')
      story.set('votes', -3)
      story.set('priority', 'urgent')
      story.set('role', 7)
      story.delete('order')
      entity(doc, 'stakeholders', 'k-city').set('influence', 11)
      entity(doc, 'stakeholders', 'k-shops').set('interest', 'high')
      entity(doc, 'participants', 'p-ana').set('name', '')
      const action = entity(doc, 'actions', 'x-1')
      action.set('start', '1 April 2026')
      action.set('partners', ['k-shops', 3, null])
      action.set('outputIndicators', [{ name: '', target: '1' }, { name: 'ok', target: '2' }, 'x'])
      action.set('sources', 'b-stories/s-1')
      action.set('budget', Number.NaN)
      const board = entity(doc, 'boards', 'b-future')
      board.set('presentYear', 2040)
      doc.getMap('workshop').set('title', 'x'.repeat(300))
      doc.getMap('workshop').set('date', '2026-02-30')
    })
    const s1 = getItem(doc, 's-1')
    expect(s1).toMatchObject({ id: 's-1', role: '' })
    expect(s1).not.toHaveProperty('votes')
    expect(s1).not.toHaveProperty('priority')
    expect(listStories(doc, 'b-stories')[0]?.id).toBe('s-1')
    expect(listStakeholders(doc)[0]).toMatchObject({ influence: 5 })
    expect(listStakeholders(doc)[1]).toMatchObject({ interest: 3 })
    expect(getWorkshopInfo(doc).title).toHaveLength(200)
    const out = exportWorkshop(doc)
    const checked = validateWorkshopDocument(out)
    expect(checked.ok ? [] : checked.problems).toStrictEqual([])
    expect(out.actionPlan.actions[0]).toMatchObject({
      partners: ['k-shops'],
      outputIndicators: [{ name: 'ok', target: '2' }],
    })
    expect(out.actionPlan.actions[0]).not.toHaveProperty('sources')
    expect(out.boards[1]).toMatchObject({ presentYear: 2040, horizonYear: 2041 })
  })

  it('inserting next to an entity without an order key still works', () => {
    const doc = riversideDoc()
    entity(doc, 'items', 's-1').delete('order')
    entity(doc, 'items', 's-3').set('order', '!!')
    const id = addStory(doc, 'b-stories', {
      role: 'r',
      goal: 'g',
      benefit: 'b',
      theme: 'vacancy',
      index: 1,
    })
    moveStory(doc, 's-1', { index: 2 })
    const vacancy = listStories(doc, 'b-stories')
      .filter((s) => s.theme === 'vacancy')
      .map((s) => s.id)
    expect(vacancy).toStrictEqual([id, 's-3', 's-1'])
  })
})
