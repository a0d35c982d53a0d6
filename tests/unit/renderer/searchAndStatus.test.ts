import { describe, expect, it } from 'vitest'
import {
  addBoard,
  addMilestone,
  addParticipant,
  addStakeholder,
  addStory,
  createWorkshopDoc,
  placeStakeholder,
} from '../../../src/shared/model/index.ts'
import { projectWorkshop } from '../../../src/renderer/src/doc/projection.ts'
import { normalise, searchWorkshop } from '../../../src/renderer/src/workshop/searchModel.ts'
import { OFFLINE_AFTER_MS, deriveStatus } from '../../../src/renderer/src/sync/status.ts'

describe('workshop search', () => {
  const doc = createWorkshopDoc({ title: 'Riverside' })
  const stories = addBoard(doc, 'user-stories', 'Needs')
  const future = addBoard(doc, 'future-back', 'To 2035', { presentYear: 2026, horizonYear: 2035 })
  const map = addBoard(doc, 'stakeholder-map', 'Map')
  const story = addStory(doc, stories, {
    role: 'café owner',
    goal: 'put tables outside',
    benefit: 'the street feels alive',
  })
  const milestone = addMilestone(doc, future, { year: 2028, text: 'Seating permits in 10 days' })
  const city = addStakeholder(doc, { name: 'Ciudad de Málaga' })
  placeStakeholder(doc, city, map)
  const registryOnly = addStakeholder(doc, { name: 'Cafe network' })
  addParticipant(doc, { name: 'João Calçada', organisation: 'Shopkeepers' })
  const snapshot = projectWorkshop(doc)

  it('ignores case and accents', () => {
    expect(normalise('Éva Szőke')).toBe('eva szoke')
    expect(searchWorkshop(snapshot, 'CAFE').map((r) => r.id)).toEqual([story, registryOnly])
    expect(searchWorkshop(snapshot, 'malaga')).toMatchObject([
      { kind: 'stakeholder', id: city, section: { kind: 'board', boardId: map } },
    ])
    expect(searchWorkshop(snapshot, 'calcada')).toMatchObject([
      { kind: 'participant', section: { kind: 'participants' } },
    ])
  })

  it('needs every word to match and points at the board holding the item', () => {
    expect(searchWorkshop(snapshot, 'seating 10')).toMatchObject([
      {
        kind: 'milestone',
        id: milestone,
        board: 'To 2035',
        section: { kind: 'board', boardId: future },
      },
    ])
    expect(searchWorkshop(snapshot, 'seating bench')).toEqual([])
    expect(searchWorkshop(snapshot, '   ')).toEqual([])
  })

  it('sends a stakeholder on no map to the registry', () => {
    expect(searchWorkshop(snapshot, 'network')).toMatchObject([
      { id: registryOnly, section: { kind: 'stakeholders' } },
    ])
  })
})

describe('connection status', () => {
  const base = {
    synced: false,
    everSynced: false,
    downSince: undefined,
    denied: false,
    online: true,
    now: 10_000,
  }
  it('is connecting before the first sync and connected once synced', () => {
    expect(deriveStatus(base)).toBe('connecting')
    expect(deriveStatus({ ...base, synced: true, everSynced: true })).toBe('connected')
  })
  it('reconnects for a moment, then says offline (edits are kept)', () => {
    const down = { ...base, everSynced: true, downSince: 10_000 }
    expect(deriveStatus({ ...down, now: 10_000 + OFFLINE_AFTER_MS - 1 })).toBe('reconnecting')
    expect(deriveStatus({ ...down, now: 10_000 + OFFLINE_AFTER_MS })).toBe('offline')
    expect(deriveStatus({ ...down, online: false })).toBe('offline')
  })
  it('says denied when the host refused the token', () => {
    expect(deriveStatus({ ...base, denied: true, synced: true })).toBe('denied')
  })
  it('says removed, not just denied, when the facilitator removed this person', () => {
    expect(deriveStatus({ ...base, denied: true, removed: true, everSynced: true })).toBe('removed')
  })
})
