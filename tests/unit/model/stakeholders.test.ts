import { describe, expect, it } from 'vitest'
import {
  addMilestone,
  addRelation,
  addStakeholder,
  exportWorkshop,
  getAction,
  getItem,
  getStakeholder,
  listBoardStakeholders,
  listRelations,
  listStakeholders,
  moveRelation,
  moveStakeholder,
  moveStakeholderOnGrid,
  placeStakeholder,
  removeRelation,
  removeStakeholder,
  updateAction,
  updateRelation,
  updateStakeholder,
  addBoard,
  updateStory,
} from '../../../src/shared/model/index.ts'
import { validateWorkshopDocument } from '../../../src/shared/interchange/validate.ts'
import { expectRefused, riversideDoc } from './helpers.ts'

describe('stakeholder registry', () => {
  it('adds to the registry, optionally placed on a map, with grid defaults', () => {
    const doc = riversideDoc()
    const a = addStakeholder(doc, { name: 'Chamber of commerce', sector: 'business' })
    const b = addStakeholder(doc, {
      name: 'Police',
      influence: 4,
      interest: 2,
      boardId: 'b-map',
      index: 0,
    })
    expect(getStakeholder(doc, a)).toStrictEqual({
      id: a,
      name: 'Chamber of commerce',
      sector: 'business',
      influence: 3,
      interest: 3,
    })
    expect(listStakeholders(doc)[0]).toStrictEqual({
      id: b,
      name: 'Police',
      influence: 4,
      interest: 2,
      boardId: 'b-map',
    })
    expect(listBoardStakeholders(doc, 'b-map')[0]?.id).toBe(b)
    expect(listBoardStakeholders(doc, 'b-map')).toHaveLength(8)
  })

  it('updates, moves in the registry and on the grid (clamped)', () => {
    const doc = riversideDoc()
    updateStakeholder(doc, 'k-youth', { attitude: 'supportive', notes: 'Via the Youth Hub' })
    expect(getStakeholder(doc, 'k-youth')).toMatchObject({
      attitude: 'supportive',
      notes: 'Via the Youth Hub',
    })
    expect(moveStakeholderOnGrid(doc, 'k-youth', 9, -2)).toStrictEqual({
      influence: 5,
      interest: 1,
    })
    expect(moveStakeholderOnGrid(doc, 'k-youth', 2.4, 3.6)).toStrictEqual({
      influence: 2,
      interest: 4,
    })
    expect(getStakeholder(doc, 'k-youth')).toMatchObject({ influence: 2, interest: 4 })
    moveStakeholder(doc, 'k-youth', 0)
    expect(listStakeholders(doc)[0]?.id).toBe('k-youth')
    expect(exportWorkshop(doc).boards[2]).toMatchObject({
      stakeholders: [{ id: 'k-youth' }, { id: 'k-city' }, {}, {}, {}, {}, {}],
    })
  })

  it('placing on another board or none drops relations and sources on the board it leaves', () => {
    const doc = riversideDoc()
    const map2 = addBoard(doc, 'stakeholder-map', 'Second map')
    updateAction(doc, 'x-1', {
      sources: [
        { boardId: 'b-map', itemId: 'k-city' },
        { boardId: 'b-map', itemId: 'k-uni' },
      ],
    })
    placeStakeholder(doc, 'k-city', map2)
    expect(getStakeholder(doc, 'k-city')?.boardId).toBe(map2)
    expect(listRelations(doc, 'b-map').map((r) => r.id)).toStrictEqual(['r-4'])
    expect(getAction(doc, 'x-1')?.sources).toStrictEqual([{ boardId: 'b-map', itemId: 'k-uni' }])
    placeStakeholder(doc, 'k-council', null)
    expect(getStakeholder(doc, 'k-council')).not.toHaveProperty('boardId')
    expect(listRelations(doc, 'b-map')).toStrictEqual([])
    const out = exportWorkshop(doc)
    expect(out.stakeholders?.map((k) => k.id)).toStrictEqual(['k-council'])
    expect(validateWorkshopDocument(out).ok).toBe(true)
  })

  it('removal clears every reference to the stakeholder', () => {
    const doc = riversideDoc()
    addMilestone(doc, 'b-future', { year: 2030, text: 't', actorIds: ['k-city', 'k-uni'] })
    updateStory(doc, 's-4', { stakeholderId: 'k-city' })
    updateAction(doc, 'x-5', { sources: [{ boardId: 'b-map', itemId: 'k-city' }] })
    removeStakeholder(doc, 'k-city')
    expect(getStakeholder(doc, 'k-city')).toBeUndefined()
    expect(listRelations(doc, 'b-map').map((r) => r.id)).toStrictEqual(['r-4'])
    expect(getItem(doc, 's-4')).not.toHaveProperty('stakeholderId')
    const out = exportWorkshop(doc)
    const fb = out.boards[1]
    expect(fb?.kind === 'future-back' && fb.milestones.at(-1)?.actorIds).toStrictEqual(['k-uni'])
    expect(getAction(doc, 'x-1')).not.toHaveProperty('responsible')
    expect(getAction(doc, 'x-5')?.partners).toStrictEqual([])
    expect(getAction(doc, 'x-5')?.sources).toStrictEqual([])
    expect(getAction(doc, 'x-3')?.responsible).toBe('City of Riverside, Planning')
    expect(validateWorkshopDocument(out).ok).toBe(true)
  })

  it('refuses bad input', () => {
    const doc = riversideDoc()
    expectRefused(doc, () => addStakeholder(doc, { name: '' }), 'name')
    expectRefused(
      doc,
      () => addStakeholder(doc, { name: 'X', influence: 6 }),
      'influence',
      /stakeholder\.influence/,
    )
    expectRefused(doc, () => addStakeholder(doc, { name: 'X', interest: 0 }), 'interest')
    expectRefused(
      doc,
      () => addStakeholder(doc, { name: 'X', attitude: 'hostile' as never }),
      'attitude',
    )
    expectRefused(
      doc,
      () => addStakeholder(doc, { name: 'X', group: 'tertiary' as never }),
      'group',
    )
    expectRefused(
      doc,
      () => addStakeholder(doc, { name: 'X', boardId: 'b-stories' }),
      'boardId',
      /not a stakeholder-map board/,
    )
    expectRefused(doc, () => updateStakeholder(doc, 'k-city', { influence: 2.5 }), 'influence')
    expectRefused(
      doc,
      () => updateStakeholder(doc, 'k-city', { boardId: 'b-map' } as never),
      'boardId',
      /unknown field/,
    )
    expectRefused(doc, () => updateStakeholder(doc, 'k-none', { name: 'X' }), 'id')
    expectRefused(doc, () => placeStakeholder(doc, 'k-city', 'b-future'), 'boardId')
    expectRefused(doc, () => moveStakeholderOnGrid(doc, 'k-city', Number.NaN, 2), 'influence')
    expectRefused(doc, () => moveStakeholder(doc, 'k-city', -1), 'index')
    expectRefused(doc, () => removeStakeholder(doc, 'k-none'), 'id')
  })
})

describe('relations', () => {
  it('adds, updates, moves and removes', () => {
    const doc = riversideDoc()
    const r = addRelation(doc, 'b-map', { from: 'k-youth', to: 'k-uni', label: 'studies at' })
    expect(listRelations(doc, 'b-map').at(-1)).toStrictEqual({
      id: r,
      from: 'k-youth',
      to: 'k-uni',
      label: 'studies at',
    })
    updateRelation(doc, r, { to: 'k-shops', label: undefined })
    expect(getItem(doc, r)).toStrictEqual({
      type: 'relation',
      boardId: 'b-map',
      id: r,
      from: 'k-youth',
      to: 'k-shops',
    })
    moveRelation(doc, r, 0)
    expect(listRelations(doc, 'b-map')[0]?.id).toBe(r)
    removeRelation(doc, r)
    expect(listRelations(doc, 'b-map').map((x) => x.id)).toStrictEqual(['r-1', 'r-2', 'r-3', 'r-4'])
  })

  it('refuses ends that are not on the same board', () => {
    const doc = riversideDoc()
    const registryOnly = addStakeholder(doc, { name: 'Bank' })
    const map2 = addBoard(doc, 'stakeholder-map', 'Map 2')
    expectRefused(
      doc,
      () => addRelation(doc, 'b-map', { from: 'k-city', to: 'k-none' }),
      'to',
      /no stakeholder "k-none" on this board/,
    )
    expectRefused(
      doc,
      () => addRelation(doc, 'b-map', { from: registryOnly, to: 'k-city' }),
      'from',
    )
    expectRefused(doc, () => addRelation(doc, map2, { from: 'k-city', to: 'k-uni' }), 'from')
    expectRefused(
      doc,
      () => addRelation(doc, 'b-future', { from: 'k-city', to: 'k-uni' }),
      'boardId',
    )
    expectRefused(doc, () => addRelation(doc, 'b-map', { from: '', to: 'k-uni' }), 'from')
    expectRefused(doc, () => updateRelation(doc, 'r-1', { from: registryOnly }), 'from')
    expectRefused(doc, () => updateRelation(doc, 'r-1', { to: undefined }), 'to', /required/)
    expectRefused(doc, () => updateRelation(doc, 's-1', { label: 'x' }), 'id', /not a relation/)
    expectRefused(doc, () => removeRelation(doc, 'k-city'), 'id')
  })
})
