import { describe, expect, it } from 'vitest'
import {
  addDecision,
  addProxyVoter,
  castDot,
  closeVote,
  endStep,
  joinSession,
  listDecisions,
  openVote,
  removeDecision,
  sessionSummary,
  startStep,
  updateDecision,
} from '../../../src/shared/model/index.ts'
import { computeSessionSummary, type SessionSummary } from '../../../src/shared/export/summary.ts'
import { exportWorkshop } from '../../../src/shared/model/index.ts'
import { alice, bob, joinPeer, workshop } from './helpers.ts'

const MIN = 60_000
const T0 = 1_700_000_000_000

describe('session summary', () => {
  it('who took part by sector, steps planned vs used, top votes per board, decisions', () => {
    const { doc, boardId, stories, steps, participants } = workshop()
    const [welcome = '', needs = ''] = steps
    const a = joinPeer(doc, alice)
    const b = joinPeer(doc, bob)
    joinSession(a, { participantId: participants.anna }, T0)
    joinSession(b, { name: 'Bob (guest)' }, T0)
    joinSession(doc, { name: 'Facilitator' }, T0)
    const proxy = addProxyVoter(doc, 'Chiara', participants.chiara)
    startStep(doc, welcome, T0)
    startStep(doc, needs, T0 + 12 * MIN)
    const vote = openVote(doc, { boardId, dotsPerPerson: 2 }, T0 + 20 * MIN)
    castDot(a, vote, stories[2] ?? '')
    castDot(a, vote, stories[1] ?? '')
    castDot(b, vote, stories[2] ?? '')
    castDot(doc, vote, stories[2] ?? '', { proxyId: proxy })
    closeVote(doc, vote, T0 + 40 * MIN)
    const d1 = addDecision(
      doc,
      { text: 'Start with the market square', boardId, itemIds: [stories[2] ?? ''] },
      T0 + 41 * MIN,
    )
    const d2 = addDecision(doc, { text: 'typo' }, T0 + 42 * MIN)
    removeDecision(doc, d2)
    updateDecision(doc, d1, { text: 'Start with the market square pilot' })
    expect(() => addDecision(a, { text: 'mine' })).toThrow(/only a facilitator/)
    endStep(doc, T0 + 45 * MIN)

    const summary = sessionSummary(a)
    expect(
      summary.agenda.map((s) => [s.title, s.minutes, s.usedMinutes, s.overrunMinutes]),
    ).toEqual([
      ['Welcome', 10, 12, 2],
      ['Needs', 30, 33, 3],
      ['Vision', 20, undefined, undefined],
    ])
    expect(summary.agenda[1]?.boardTitle).toBe('Needs')
    expect(summary).toMatchObject({ totalMinutes: 60, usedMinutes: 45, overrunMinutes: 5 })
    expect(summary.topVoted).toEqual([
      {
        boardId,
        boardTitle: 'Needs',
        items: [
          expect.objectContaining({
            id: stories[2],
            votes: 3,
            text: expect.stringContaining('markets'),
          }),
          expect.objectContaining({ id: stories[1], votes: 1 }),
        ],
      },
    ])
    expect(summary.participants).toEqual({
      source: 'session',
      count: 4,
      bySector: [
        { sector: 'public', names: ['Anna'] },
        { sector: 'civil-society', names: ['Chiara'] },
        { sector: 'unspecified', names: ['Bob (guest)', 'Facilitator'] },
      ],
    })
    expect(summary.decisions).toEqual([
      { id: d1, text: 'Start with the market square pilot', at: T0 + 41 * MIN, boardId },
    ])
    expect(summary.notes).toEqual(['Start with the market square pilot'])
    expect(listDecisions(doc)).toHaveLength(1)
    // It is an export SessionSummary, and agrees with the export helper's own on what both know.
    const asExport: SessionSummary = summary
    const basic = computeSessionSummary(exportWorkshop(doc))
    expect(asExport.topVoted).toEqual(basic.topVoted)
    expect(asExport.totalMinutes).toBe(basic.totalMinutes)
  })

  it('falls back to the registered participants, and counts a running step up to now', () => {
    const { doc, steps } = workshop()
    startStep(doc, steps[0] ?? '', T0)
    const summary = sessionSummary(doc, { now: T0 + 15 * MIN })
    expect(summary.participants).toMatchObject({ source: 'registered', count: 3 })
    expect(summary.agenda[0]).toMatchObject({ usedMinutes: 15, overrunMinutes: 5 })
    expect(summary.topVoted).toEqual([
      { boardId: expect.any(String), boardTitle: 'Needs', items: [] },
    ])
  })
})
