import { describe, expect, it } from 'vitest'
import {
  addAgendaStep,
  addParticipant,
  addStory,
  exportWorkshop,
  getItem,
  getWorkshopInfo,
  listAgenda,
  listParticipants,
  moveAgendaStep,
  moveParticipant,
  removeAgendaStep,
  removeParticipant,
  setActionPlanTitle,
  updateAgendaStep,
  updateParticipant,
  updateWorkshopInfo,
  getActionPlanTitle,
} from '../../../src/shared/model/index.ts'
import { expectRefused, riversideDoc } from './helpers.ts'

describe('workshop info', () => {
  it('updates and clears optional fields', () => {
    const doc = riversideDoc()
    updateWorkshopInfo(doc, { title: 'New title', city: undefined, date: '2026-04-01' })
    const info = getWorkshopInfo(doc)
    expect(info.title).toBe('New title')
    expect(info.date).toBe('2026-04-01')
    expect('city' in info).toBe(false)
  })

  it('refuses bad values, the id, unknown fields and clearing the title', () => {
    const doc = riversideDoc()
    expectRefused(
      doc,
      () => updateWorkshopInfo(doc, { title: 'x'.repeat(201) }),
      'title',
      /workshop\.title/,
    )
    expectRefused(doc, () => updateWorkshopInfo(doc, { title: '' }), 'title')
    expectRefused(doc, () => updateWorkshopInfo(doc, { title: undefined }), 'title', /required/)
    expectRefused(doc, () => updateWorkshopInfo(doc, { date: '18/03/2026' }), 'date', /YYYY-MM-DD/)
    expectRefused(
      doc,
      () => updateWorkshopInfo(doc, { id: 'w2' } as never),
      'id',
      /cannot be changed/,
    )
    expectRefused(
      doc,
      () => updateWorkshopInfo(doc, { venue: 'x' } as never),
      'venue',
      /unknown field/,
    )
  })

  it('sets and clears the action plan title', () => {
    const doc = riversideDoc()
    setActionPlanTitle(doc, 'Plan B')
    expect(getActionPlanTitle(doc)).toBe('Plan B')
    setActionPlanTitle(doc, undefined)
    expect(getActionPlanTitle(doc)).toBeUndefined()
    expect('title' in exportWorkshop(doc).actionPlan).toBe(false)
  })
})

describe('participants', () => {
  it('adds at the end or at an index, updates, moves and removes', () => {
    const doc = riversideDoc()
    const id = addParticipant(doc, { name: 'Zoë', sector: 'citizen' })
    expect(listParticipants(doc).at(-1)).toStrictEqual({ id, name: 'Zoë', sector: 'citizen' })
    const first = addParticipant(doc, { name: 'Ahmed', index: 0 })
    expect(listParticipants(doc)[0]?.id).toBe(first)
    updateParticipant(doc, id, { email: 'zoe@example.org', sector: undefined })
    expect(listParticipants(doc).at(-1)).toStrictEqual({
      id,
      name: 'Zoë',
      email: 'zoe@example.org',
    })
    moveParticipant(doc, id, 1)
    expect(listParticipants(doc)[1]?.id).toBe(id)
    removeParticipant(doc, id)
    expect(listParticipants(doc).some((p) => p.id === id)).toBe(false)
  })

  it('removing a participant clears authorId of their stories', () => {
    const doc = riversideDoc()
    removeParticipant(doc, 'p-joao')
    expect(getItem(doc, 's-1')).not.toHaveProperty('authorId')
    expect(getItem(doc, 's-2')).toHaveProperty('authorId', 'p-liis')
  })

  it('refuses bad input', () => {
    const doc = riversideDoc()
    expectRefused(doc, () => addParticipant(doc, { name: '' }), 'name', /participant\.name/)
    expectRefused(doc, () => addParticipant(doc, { name: 'X', sector: 'press' as never }), 'sector')
    expectRefused(
      doc,
      () => addParticipant(doc, { name: 'X', phone: '1' } as never),
      'phone',
      /participant: unknown field "phone"/,
    )
    expectRefused(doc, () => addParticipant(doc, { name: 'X', id: 'p-ana' }), 'id', /already used/)
    expectRefused(doc, () => addParticipant(doc, { name: 'X', id: 's-1' }), 'id', /already used/)
    expectRefused(doc, () => addParticipant(doc, { name: 'X', index: -1 }), 'index')
    expectRefused(
      doc,
      () => updateParticipant(doc, 'p-nobody', { name: 'X' }),
      'id',
      /no participant "p-nobody"/,
    )
    expectRefused(doc, () => updateParticipant(doc, 'p-ana', { name: undefined }), 'name')
    expectRefused(doc, () => removeParticipant(doc, 'p-nobody'), 'id')
    expectRefused(doc, () => moveParticipant(doc, 'p-ana', 1.5), 'index')
  })
})

describe('agenda', () => {
  it('adds, updates, moves and removes steps', () => {
    const doc = riversideDoc()
    const id = addAgendaStep(doc, { title: 'Coffee', minutes: 15, index: 2 })
    expect(listAgenda(doc)[2]).toStrictEqual({ id, title: 'Coffee', minutes: 15 })
    updateAgendaStep(doc, id, { boardId: 'b-map', minutes: 20 })
    expect(listAgenda(doc)[2]).toStrictEqual({ id, title: 'Coffee', minutes: 20, boardId: 'b-map' })
    moveAgendaStep(doc, id, 99)
    expect(listAgenda(doc).at(-1)?.id).toBe(id)
    moveAgendaStep(doc, id, 0)
    expect(listAgenda(doc)[0]?.id).toBe(id)
    removeAgendaStep(doc, id)
    expect(listAgenda(doc).map((a) => a.id)).toStrictEqual([
      'a-welcome',
      'a-stories',
      'a-vote',
      'a-future',
      'a-map',
      'a-plan',
    ])
  })

  it('refuses unknown boards, negative minutes and unknown steps', () => {
    const doc = riversideDoc()
    expectRefused(
      doc,
      () => addAgendaStep(doc, { title: 'X', minutes: 5, boardId: 'b-none' }),
      'boardId',
      /no board "b-none"/,
    )
    expectRefused(doc, () => addAgendaStep(doc, { title: 'X', minutes: -5 }), 'minutes')
    expectRefused(doc, () => addAgendaStep(doc, { title: '', minutes: 5 }), 'title')
    expectRefused(doc, () => updateAgendaStep(doc, 'a-welcome', { boardId: 'b-none' }), 'boardId')
    expectRefused(doc, () => moveAgendaStep(doc, 'a-none', 0), 'id')
    expectRefused(doc, () => removeAgendaStep(doc, 'a-none'), 'id')
  })

  it('stories keep their author when added with one', () => {
    const doc = riversideDoc()
    const s = addStory(doc, 'b-stories', { role: 'r', goal: 'g', benefit: 'b', authorId: 'p-ana' })
    expect(getItem(doc, s)).toMatchObject({ authorId: 'p-ana' })
  })
})
