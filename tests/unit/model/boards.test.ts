import { describe, expect, it } from 'vitest'
import {
  addBoard,
  exportWorkshop,
  getBoard,
  getStakeholder,
  listAgenda,
  listBoards,
  listItems,
  listMilestones,
  getAction,
  moveBoard,
  removeBoard,
  renameBoard,
  setBoardYears,
  DEFAULT_HORIZON_SPAN,
} from '../../../src/shared/model/index.ts'
import { validateWorkshopDocument } from '../../../src/shared/interchange/validate.ts'
import { expectRefused, riversideDoc } from './helpers.ts'

describe('boards', () => {
  it('adds boards of each kind, with default years for future-back', () => {
    const doc = riversideDoc()
    const us = addBoard(doc, 'user-stories', 'More stories')
    const fb = addBoard(doc, 'future-back', 'To 2040', { presentYear: 2026, horizonYear: 2040 })
    const fbDefault = addBoard(doc, 'future-back', 'Default span', { index: 0 })
    const map = addBoard(doc, 'stakeholder-map', 'Map 2')
    expect(getBoard(doc, us)).toStrictEqual({ id: us, kind: 'user-stories', title: 'More stories' })
    expect(getBoard(doc, fb)).toStrictEqual({
      id: fb,
      kind: 'future-back',
      title: 'To 2040',
      presentYear: 2026,
      horizonYear: 2040,
    })
    const d = getBoard(doc, fbDefault)
    expect(d?.presentYear).toBe(new Date().getFullYear())
    expect(d?.horizonYear).toBe(new Date().getFullYear() + DEFAULT_HORIZON_SPAN)
    expect(listBoards(doc).map((b) => b.id)).toStrictEqual([
      fbDefault,
      'b-stories',
      'b-future',
      'b-map',
      us,
      fb,
      map,
    ])
    expect(validateWorkshopDocument(exportWorkshop(doc)).ok).toBe(true)
  })

  it('renames and moves', () => {
    const doc = riversideDoc()
    renameBoard(doc, 'b-map', 'Allies')
    moveBoard(doc, 'b-map', 0)
    expect(listBoards(doc)[0]).toStrictEqual({
      id: 'b-map',
      kind: 'stakeholder-map',
      title: 'Allies',
    })
  })

  it('refuses bad kinds, titles, years and unknown boards', () => {
    const doc = riversideDoc()
    expectRefused(doc, () => addBoard(doc, 'kanban' as never, 'X'), 'kind', /board\.kind/)
    expectRefused(doc, () => addBoard(doc, 'user-stories', ''), 'title', /board\.title/)
    expectRefused(
      doc,
      () => addBoard(doc, 'future-back', 'X', { presentYear: 2030, horizonYear: 2030 }),
      'horizonYear',
    )
    expectRefused(
      doc,
      () => addBoard(doc, 'future-back', 'X', { presentYear: 2030.5, horizonYear: 2040 }),
      'presentYear',
      /whole year/,
    )
    expectRefused(doc, () => renameBoard(doc, 'b-none', 'X'), 'id', /no board/)
    expectRefused(doc, () => renameBoard(doc, 'b-map', ''), 'title', /board\.title/)
    expectRefused(
      doc,
      () => setBoardYears(doc, 'b-future', 2035, 2026),
      'horizonYear',
      /must be after presentYear/,
    )
    expectRefused(
      doc,
      () => setBoardYears(doc, 'b-map', 2020, 2030),
      'boardId',
      /not a future-back board/,
    )
    expectRefused(doc, () => removeBoard(doc, 'b-none'), 'id')
  })

  it('setting years clamps milestones into the new range', () => {
    const doc = riversideDoc()
    setBoardYears(doc, 'b-future', 2028, 2030)
    expect(listMilestones(doc, 'b-future').map((m) => m.year)).toStrictEqual([
      2030, 2029, 2028, 2028,
    ])
    expect(validateWorkshopDocument(exportWorkshop(doc)).ok).toBe(true)
  })

  it('removing a board removes its items, unplaces its stakeholders and clears references', () => {
    const doc = riversideDoc()
    removeBoard(doc, 'b-stories')
    expect(listItems(doc, 'b-stories')).toStrictEqual([])
    expect(listAgenda(doc).find((a) => a.id === 'a-stories')).not.toHaveProperty('boardId')
    expect(getAction(doc, 'x-1')?.sources).toStrictEqual([{ boardId: 'b-future', itemId: 'f-1' }])
    removeBoard(doc, 'b-map')
    expect(getStakeholder(doc, 'k-city')).not.toHaveProperty('boardId')
    expect(listItems(doc, 'b-map')).toStrictEqual([])
    const out = exportWorkshop(doc)
    expect(out.boards.map((b) => b.id)).toStrictEqual(['b-future'])
    expect(out.stakeholders?.map((k) => k.id)).toStrictEqual([
      'k-city',
      'k-shops',
      'k-landlords',
      'k-uni',
      'k-council',
      'k-youth',
      'k-elderly',
    ])
    expect(validateWorkshopDocument(out).ok).toBe(true)
  })
})
