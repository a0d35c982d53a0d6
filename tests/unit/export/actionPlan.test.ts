import { describe, expect, it } from 'vitest'
import { checkCompleteness } from '../../../src/shared/actionPlan/completeness.ts'
import { DraftError, draftFromItem } from '../../../src/shared/actionPlan/draft.ts'
import { ganttModel } from '../../../src/shared/actionPlan/gantt.ts'
import { resolveSources } from '../../../src/shared/actionPlan/sources.ts'
import { computeSessionSummary } from '../../../src/shared/export/summary.ts'
import { validateWorkshopDocument } from '../../../src/shared/interchange/validate.ts'
import { riverside } from './fixtures.ts'

const action = (doc: ReturnType<typeof riverside>, id: string) => {
  const a = doc.actionPlan.actions.find((x) => x.id === id)
  if (!a) throw new Error(`no action ${id}`)
  return a
}

describe('checkCompleteness', () => {
  it('lists per action what is missing, and counts for the plan', () => {
    const report = checkCompleteness(riverside())
    expect(Object.fromEntries(report.actions.map((a) => [a.actionId, a.missing]))).toEqual({
      'x-1': [],
      'x-2': ['risks'],
      // Free-text responsible and a budget of 0 are answers, not gaps.
      'x-3': [],
      'x-4': ['risks'],
      'x-5': ['risks'],
      'x-6': ['budget', 'risks'],
    })
    expect(report.plan).toEqual({
      actionsTotal: 6,
      actionsComplete: 2,
      missingCounts: { responsible: 0, dates: 0, budget: 1, indicators: 0, risks: 4 },
      issues: [],
      complete: false,
    })
  })

  it('treats blank text, half dates and empty indicator lists as missing', () => {
    const doc = riverside()
    Object.assign(action(doc, 'x-1'), {
      responsible: '  ',
      risks: '',
      outputIndicators: [],
      resultIndicators: [],
    })
    delete action(doc, 'x-1').end
    expect(checkCompleteness(doc).actions[0]?.missing).toEqual([
      'responsible',
      'dates',
      'indicators',
      'risks',
    ])
  })

  it('reports plan-level issues: no objectives, no actions, objectives without actions', () => {
    const doc = riverside()
    doc.actionPlan.objectives.push({ id: 'o-4', title: 'Culture on the street' })
    expect(checkCompleteness(doc).plan.issues).toEqual([
      { kind: 'objective-without-actions', objectiveId: 'o-4', title: 'Culture on the street' },
    ])
    doc.actionPlan = { objectives: [], actions: [] }
    const empty = checkCompleteness(doc)
    expect(empty.plan.issues).toEqual([{ kind: 'no-objectives' }, { kind: 'no-actions' }])
    expect(empty.plan.complete).toBe(false)
  })

  it('calls a plan complete when every action is and there is no issue', () => {
    const doc = riverside()
    doc.actionPlan.actions = doc.actionPlan.actions.filter((a) => a.id === 'x-1' || a.id === 'x-3')
    // o-3 now has no action: that alone keeps the plan incomplete.
    expect(checkCompleteness(doc).plan.complete).toBe(false)
    doc.actionPlan.objectives = doc.actionPlan.objectives.filter((o) => o.id !== 'o-3')
    expect(checkCompleteness(doc).plan.complete).toBe(true)
  })
})

describe('ganttModel', () => {
  it('groups dated actions by objective with their ranges and the overall range', () => {
    const model = ganttModel(riverside())
    expect(model.range).toEqual({ start: '2026-04-01', end: '2027-12-31' })
    expect(
      model.groups.map((g) => [g.objectiveId, g.start, g.end, g.rows.map((r) => r.actionId)]),
    ).toEqual([
      ['o-1', '2026-04-01', '2027-05-31', ['x-1', 'x-2']],
      ['o-2', '2026-05-01', '2027-06-30', ['x-3', 'x-4']],
      ['o-3', '2026-09-15', '2027-12-31', ['x-5', 'x-6']],
    ])
    expect(model.groups[1]?.rows[0]).toEqual({
      actionId: 'x-3',
      title: 'One-page outdoor seating permit pilot',
      start: '2026-05-01',
      end: '2026-09-30',
      partial: false,
      status: 'in-progress',
    })
    expect(model.undated).toEqual([])
  })

  it('lists undated actions apart and gives half-dated ones a one-day row', () => {
    const doc = riverside()
    delete action(doc, 'x-1').start
    delete action(doc, 'x-1').end
    delete action(doc, 'x-2').start
    const model = ganttModel(doc)
    expect(model.undated).toEqual([
      { actionId: 'x-1', objectiveId: 'o-1', title: 'Open vacancy register' },
    ])
    expect(model.groups[0]?.rows).toMatchObject([
      { actionId: 'x-2', start: '2027-05-31', end: '2027-05-31', partial: true },
    ])
    expect(model.range?.start).toBe('2026-05-01')
    doc.actionPlan.actions = []
    expect(ganttModel(doc).range).toBeNull()
  })
})

describe('resolveSources', () => {
  it('resolves each source to the board item it came from, with votes and years', () => {
    const doc = riverside()
    expect(resolveSources(doc, action(doc, 'x-1'))).toEqual([
      {
        boardId: 'b-stories',
        itemId: 's-1',
        kind: 'story',
        text: 'As a shop owner, I want to see which vacant units are available and on what terms, so that I can expand without a broker.',
        boardTitle: 'Who needs what',
        votes: 6,
      },
      {
        boardId: 'b-future',
        itemId: 'f-1',
        kind: 'first-step',
        text: "List all vacant units with owners' consent",
        boardTitle: 'Riverside high street 2035',
      },
    ])
    expect(resolveSources(doc, action(doc, 'x-6'))).toEqual([
      {
        boardId: 'b-future',
        itemId: 'm-4',
        kind: 'milestone',
        text: 'Footfall data published monthly as open data',
        boardTitle: 'Riverside high street 2035',
        year: 2027,
      },
    ])
  })

  it('resolves stakeholders and relations, and reports a vanished item as missing', () => {
    const doc = riverside()
    action(doc, 'x-2').sources = [
      { boardId: 'b-map', itemId: 'k-landlords' },
      { boardId: 'b-map', itemId: 'r-1' },
      { boardId: 'b-stories', itemId: 's-gone' },
    ]
    expect(
      resolveSources(doc, action(doc, 'x-2')).map((s) => [s.kind, s.text, s.boardTitle]),
    ).toEqual([
      ['stakeholder', 'Property owners', 'Who must be on board'],
      [
        'relation',
        'City of Riverside → Property owners: negotiates leases',
        'Who must be on board',
      ],
      ['missing', 's-gone', 'Who needs what'],
    ])
    expect(resolveSources(doc, { ...action(doc, 'x-3'), sources: undefined })).toEqual([])
  })
})

describe('draftFromItem', () => {
  it('drafts an action from a story, titled after its goal, with the story as source', () => {
    expect(draftFromItem(riverside(), 'b-stories', 's-2')).toEqual({
      kind: 'action',
      action: {
        title: 'Find a bench and a toilet every 300 m',
        description:
          'As a resident over 70, I want to find a bench and a toilet every 300 m, so that I can walk to the market again.',
        status: 'planned',
        sources: [{ boardId: 'b-stories', itemId: 's-2' }],
      },
    })
  })

  it('dates an action drafted from a milestone over the milestone year', () => {
    const draft = draftFromItem(riverside(), 'b-future', 'm-2')
    expect(draft).toEqual({
      kind: 'action',
      action: {
        title: 'Open vacancy register used by all landlords',
        start: '2029-01-01',
        end: '2029-12-31',
        status: 'planned',
        sources: [{ boardId: 'b-future', itemId: 'm-2' }],
      },
    })
  })

  it('drafts an undated action from a first step, an objective from a vision, an engagement action from a stakeholder', () => {
    expect(draftFromItem(riverside(), 'b-future', 'f-2')).toEqual({
      kind: 'action',
      action: {
        title: 'Pilot a one-page seating permit on Kade street',
        status: 'planned',
        sources: [{ boardId: 'b-future', itemId: 'f-2' }],
      },
    })
    expect(draftFromItem(riverside(), 'b-future', 'v-3')).toEqual({
      kind: 'objective',
      objective: { title: 'Residents of every age walk the street daily' },
    })
    expect(draftFromItem(riverside(), 'b-map', 'k-uni')).toEqual({
      kind: 'action',
      action: {
        title: 'Engage Riverside University',
        responsible: 'k-uni',
        status: 'planned',
        sources: [{ boardId: 'b-map', itemId: 'k-uni' }],
      },
    })
  })

  it('gives drafts that make a valid document once the UI adds ids', () => {
    const doc = riverside()
    for (const [boardId, itemId] of [
      ['b-stories', 's-5'],
      ['b-future', 'm-1'],
      ['b-future', 'f-3'],
      ['b-map', 'k-city'],
    ] as const) {
      const draft = draftFromItem(doc, boardId, itemId)
      if (draft.kind !== 'action') throw new Error('expected an action')
      doc.actionPlan.actions.push({ ...draft.action, id: `new-${itemId}`, objectiveId: 'o-1' })
    }
    const vision = draftFromItem(doc, 'b-future', 'v-1')
    if (vision.kind !== 'objective') throw new Error('expected an objective')
    doc.actionPlan.objectives.push({ ...vision.objective, id: 'o-new' })
    expect(validateWorkshopDocument(doc)).toMatchObject({ ok: true })
  })

  it('refuses unknown boards and items, and relations, with a message naming them', () => {
    expect(() => draftFromItem(riverside(), 'b-nope', 's-1')).toThrow(
      new DraftError('no board "b-nope"'),
    )
    expect(() => draftFromItem(riverside(), 'b-stories', 's-9')).toThrow(
      'no story "s-9" on board "b-stories"',
    )
    expect(() => draftFromItem(riverside(), 'b-future', 'x')).toThrow(DraftError)
    expect(() => draftFromItem(riverside(), 'b-map', 'r-1')).toThrow(
      'relations cannot become actions',
    )
  })
})

describe('computeSessionSummary', () => {
  it('gives the agenda with minutes and the top-voted stories per board', () => {
    const summary = computeSessionSummary(riverside())
    expect(summary.totalMinutes).toBe(145)
    expect(summary.agenda[1]).toEqual({
      id: 'a-stories',
      title: 'User stories: who needs what from the high street',
      minutes: 30,
      boardTitle: 'Who needs what',
    })
    expect(summary.topVoted).toHaveLength(1)
    expect(summary.topVoted[0]?.items.map((i) => [i.id, i.votes])).toEqual([
      ['s-1', 6],
      ['s-3', 5],
      ['s-2', 4],
    ])
  })
})
