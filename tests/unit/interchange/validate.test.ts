// Every refusal rule of FORMAT.md, each checked with the JSON path its problem is reported at.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { WorkshopDocument } from '../../../src/shared/interchange/schema.ts'
import {
  describeProblems,
  formatPath,
  parseWorkshopJson,
  validateWorkshopDocument,
  type Problem,
} from '../../../src/shared/interchange/validate.ts'

const RIVERSIDE = readFileSync(
  new URL('../../../resources/examples/riverside.json', import.meta.url),
  'utf8',
)

/** A mutable deep copy of the sample, typed loosely so tests can break it at will. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests write invalid values on purpose
type Loose = any
function sample(): Loose {
  return JSON.parse(RIVERSIDE) as Loose
}

function problems(input: unknown): Problem[] {
  const result = validateWorkshopDocument(input)
  return result.ok ? [] : result.problems
}

/** Expects exactly one problem, at `path`, whose message matches `message`. */
function expectProblem(input: unknown, path: string, message?: RegExp): void {
  const found = problems(input)
  expect(found.map((p) => p.path)).toStrictEqual([path])
  if (message !== undefined) expect(found[0]?.message).toMatch(message)
}

describe('valid documents', () => {
  it('accepts the riverside sample and returns its value', () => {
    const result = validateWorkshopDocument(sample())
    expect(result.ok).toBe(true)
    expect(result.ok && result.value).toStrictEqual(JSON.parse(RIVERSIDE) as WorkshopDocument)
  })

  it('accepts a minimal document with empty lists', () => {
    const minimal = {
      format: 'tavolo-workshop',
      version: 1,
      workshop: { id: 'w', title: 'T' },
      participants: [],
      agenda: [],
      boards: [],
      actionPlan: { objectives: [], actions: [] },
    }
    expect(problems(minimal)).toStrictEqual([])
  })

  it('accepts a milestone on presentYear and on horizonYear, end equal to start, budget 0, votes 0', () => {
    const doc = sample()
    doc.boards[1].milestones[0].year = 2026
    doc.boards[1].milestones[1].year = 2035
    doc.actionPlan.actions[0].end = doc.actionPlan.actions[0].start
    doc.actionPlan.actions[0].budget = 0
    doc.boards[0].stories[0].votes = 0
    expect(problems(doc)).toStrictEqual([])
  })
})

describe('header', () => {
  it('refuses a wrong format string', () => {
    const doc = sample()
    doc.format = 'tavolo'
    expectProblem(doc, 'format')
  })

  it('refuses a missing format', () => {
    const doc = sample()
    delete doc.format
    expectProblem(doc, 'format')
  })

  it.each([2, 0, '1', null])('refuses version %j', (version) => {
    const doc = sample()
    doc.version = version
    expectProblem(doc, 'version')
  })

  it('refuses a document that is not an object', () => {
    expectProblem([], '(document)')
    expectProblem('workshop', '(document)')
  })

  it('refuses unknown top-level and nested keys', () => {
    const doc = sample()
    doc.extra = true
    expectProblem(doc, '(document)', /extra/)
    const nested = sample()
    nested.workshop.venue = 'Town hall'
    expectProblem(nested, 'workshop', /venue/)
  })
})

describe('required fields', () => {
  it.each([
    [['workshop'], 'workshop'],
    [['workshop', 'id'], 'workshop.id'],
    [['workshop', 'title'], 'workshop.title'],
    [['participants'], 'participants'],
    [['participants', 0, 'name'], 'participants[0].name'],
    [['agenda'], 'agenda'],
    [['agenda', 1, 'minutes'], 'agenda[1].minutes'],
    [['agenda', 1, 'title'], 'agenda[1].title'],
    [['boards'], 'boards'],
    [['boards', 0, 'title'], 'boards[0].title'],
    [['boards', 0, 'stories'], 'boards[0].stories'],
    [['boards', 0, 'stories', 2, 'goal'], 'boards[0].stories[2].goal'],
    [['boards', 1, 'presentYear'], 'boards[1].presentYear'],
    [['boards', 1, 'vision'], 'boards[1].vision'],
    [['boards', 1, 'milestones', 0, 'year'], 'boards[1].milestones[0].year'],
    [['boards', 1, 'firstSteps', 0, 'text'], 'boards[1].firstSteps[0].text'],
    [['boards', 2, 'relations'], 'boards[2].relations'],
    [['boards', 2, 'stakeholders', 3, 'interest'], 'boards[2].stakeholders[3].interest'],
    [['actionPlan'], 'actionPlan'],
    [['actionPlan', 'objectives'], 'actionPlan.objectives'],
    [['actionPlan', 'actions', 2, 'title'], 'actionPlan.actions[2].title'],
    [['actionPlan', 'actions', 2, 'outputIndicators'], null],
  ] as Array<[Array<string | number>, string | null]>)(
    'missing %j is reported at %s',
    (path, expected) => {
      const doc = sample()
      let parent: Loose = doc
      for (const part of path.slice(0, -1)) parent = parent[part]
      delete parent[path[path.length - 1] as string | number]
      if (expected === null) expect(problems(doc)).toStrictEqual([])
      else expectProblem(doc, expected)
    },
  )

  it('refuses empty ids', () => {
    const doc = sample()
    doc.participants[2].id = ''
    expectProblem(doc, 'participants[2].id', /non-empty id/)
  })
})

describe('field values', () => {
  it('workshop title must have 1..200 characters', () => {
    for (const title of ['', 'x'.repeat(201)]) {
      const doc = sample()
      doc.workshop.title = title
      expectProblem(doc, 'workshop.title', /1 to 200 characters/)
    }
    const ok = sample()
    ok.workshop.title = 'x'.repeat(200)
    expect(problems(ok)).toStrictEqual([])
  })

  it.each([
    [['participants', 0, 'sector'], 'government', 'participants[0].sector'],
    [['boards', 0, 'kind'], 'kanban', 'boards[0].kind'],
    [['boards', 0, 'stories', 0, 'priority'], 'urgent', 'boards[0].stories[0].priority'],
    [['boards', 2, 'stakeholders', 0, 'sector'], 'media', 'boards[2].stakeholders[0].sector'],
    [['boards', 2, 'stakeholders', 0, 'group'], 'tertiary', 'boards[2].stakeholders[0].group'],
    [['boards', 2, 'stakeholders', 0, 'attitude'], 'hostile', 'boards[2].stakeholders[0].attitude'],
    [['actionPlan', 'actions', 0, 'status'], 'late', 'actionPlan.actions[0].status'],
  ] as Array<[Array<string | number>, string, string]>)(
    'refuses enum value at %j',
    (path, value, expected) => {
      const doc = sample()
      let parent: Loose = doc
      for (const part of path.slice(0, -1)) parent = parent[part]
      parent[path[path.length - 1] as string | number] = value
      expectProblem(doc, expected)
    },
  )

  it.each([-1, 1.5, '3'])('refuses votes %j', (votes) => {
    const doc = sample()
    doc.boards[0].stories[0].votes = votes
    expectProblem(doc, 'boards[0].stories[0].votes')
  })

  it.each([0, 6, 2.5, '4'])('refuses influence and interest %j', (value) => {
    const doc = sample()
    doc.boards[2].stakeholders[0].influence = value
    doc.boards[2].stakeholders[1].interest = value
    expect(problems(doc).map((p) => p.path)).toStrictEqual([
      'boards[2].stakeholders[0].influence',
      'boards[2].stakeholders[1].interest',
    ])
  })

  it('refuses negative agenda minutes', () => {
    const doc = sample()
    doc.agenda[0].minutes = -5
    expectProblem(doc, 'agenda[0].minutes')
  })

  it.each(['18/03/2026', '2026-3-18', '2026-13-01', '2026-02-30', '2026-03-18T10:00:00Z', ''])(
    'refuses the date %j',
    (date) => {
      const doc = sample()
      doc.workshop.date = date
      expectProblem(doc, 'workshop.date', /YYYY-MM-DD/)
      const action = sample()
      action.actionPlan.actions[1].start = date
      expect(problems(action).map((p) => p.path)).toContain('actionPlan.actions[1].start')
    },
  )

  it('refuses non-integer years', () => {
    const doc = sample()
    doc.boards[1].presentYear = 2026.5
    doc.boards[1].milestones[0].year = '2030'
    expect(problems(doc).map((p) => p.path)).toStrictEqual([
      'boards[1].presentYear',
      'boards[1].milestones[0].year',
    ])
  })

  it('refuses a negative budget', () => {
    const doc = sample()
    doc.actionPlan.actions[0].budget = -1
    expectProblem(doc, 'actionPlan.actions[0].budget', />= 0/)
  })

  it('refuses an indicator without a name and partners that are not strings', () => {
    const doc = sample()
    doc.actionPlan.actions[0].outputIndicators[0].name = ''
    doc.actionPlan.actions[0].partners = ['k-shops', 7]
    expect(problems(doc).map((p) => p.path)).toStrictEqual([
      'actionPlan.actions[0].partners[1]',
      'actionPlan.actions[0].outputIndicators[0].name',
    ])
  })
})

describe('rules across the document', () => {
  it('presentYear must be before horizonYear', () => {
    for (const horizonYear of [2026, 2020]) {
      const doc = sample()
      doc.boards[1].horizonYear = horizonYear
      // keep only the milestone an action points to, on presentYear
      doc.boards[1].milestones = [{ id: 'm-4', year: 2026, text: 'Footfall data' }]
      const found = problems(doc)
      expect(found[0]).toStrictEqual({
        path: 'boards[1].horizonYear',
        message: 'must be after presentYear',
      })
      if (horizonYear === 2026) expect(found).toHaveLength(1)
    }
  })

  it('milestone years must lie in presentYear..horizonYear', () => {
    const doc = sample()
    doc.boards[1].milestones[0].year = 2025
    doc.boards[1].milestones[2].year = 2036
    expect(problems(doc).map((p) => p.path)).toStrictEqual([
      'boards[1].milestones[0].year',
      'boards[1].milestones[2].year',
    ])
  })

  it('ids must be unique across the whole document, reported at the second use', () => {
    const doc = sample()
    doc.agenda[0].id = 'p-ana'
    expectProblem(doc, 'agenda[0].id', /"p-ana" is already used at participants\[0\]\.id/)
    const again = sample()
    again.actionPlan.actions[3].id = 'x-1'
    expectProblem(again, 'actionPlan.actions[3].id', /actionPlan\.actions\[0\]\.id/)
    const workshop = sample()
    workshop.boards[2].relations[0].id = 'w-riverside-2026-03'
    expectProblem(workshop, 'boards[2].relations[0].id', /workshop\.id/)
  })

  it('agenda boardId must name a board', () => {
    const doc = sample()
    doc.agenda[1].boardId = 'b-none'
    expectProblem(doc, 'agenda[1].boardId', /no board "b-none"/)
  })

  it('story authorId must name a participant', () => {
    const doc = sample()
    doc.boards[0].stories[3].authorId = 'k-city'
    expectProblem(doc, 'boards[0].stories[3].authorId', /no participant "k-city"/)
  })

  it('relation ends must be stakeholders on the same board', () => {
    const doc = sample()
    doc.boards[2].relations[0].to = 'k-none'
    expectProblem(doc, 'boards[2].relations[0].to', /no stakeholder "k-none" on this board/)
    const other = sample()
    other.boards.push({
      id: 'b-map2',
      kind: 'stakeholder-map',
      title: 'Second map',
      stakeholders: [{ id: 'k-bank', name: 'Bank', influence: 3, interest: 2 }],
      relations: [{ id: 'r-9', from: 'k-bank', to: 'k-city' }],
    })
    other.boards[2].relations[1].from = 'k-bank'
    expect(problems(other).map((p) => p.path)).toStrictEqual([
      'boards[2].relations[1].from',
      'boards[3].relations[0].to',
    ])
    const registry = sample()
    registry.stakeholders = [{ id: 'k-free', name: 'Registry only', influence: 1, interest: 1 }]
    registry.boards[2].relations[0].from = 'k-free'
    expectProblem(registry, 'boards[2].relations[0].from')
  })

  it('extension references must resolve: story stakeholderId, milestone actorIds', () => {
    const doc = sample()
    doc.boards[0].stories[0].stakeholderId = 'k-none'
    doc.boards[1].milestones[0].actorIds = ['k-city', 'k-none']
    expect(problems(doc).map((p) => p.path)).toStrictEqual([
      'boards[0].stories[0].stakeholderId',
      'boards[1].milestones[0].actorIds[1]',
    ])
  })

  it('action objectiveId must name an objective', () => {
    const doc = sample()
    doc.actionPlan.actions[4].objectiveId = 'o-9'
    expectProblem(doc, 'actionPlan.actions[4].objectiveId', /no objective "o-9"/)
  })

  it('action sources must name a board and an item on that board', () => {
    const doc = sample()
    doc.actionPlan.actions[0].sources[0].boardId = 'b-none'
    doc.actionPlan.actions[0].sources[1].itemId = 's-1'
    expect(problems(doc)).toStrictEqual([
      { path: 'actionPlan.actions[0].sources[0].boardId', message: 'no board "b-none"' },
      {
        path: 'actionPlan.actions[0].sources[1].itemId',
        message: 'no item "s-1" on board "b-future"',
      },
    ])
    const map = sample()
    map.actionPlan.actions[0].sources = [
      { boardId: 'b-map', itemId: 'k-city' },
      { boardId: 'b-map', itemId: 'r-1' },
    ]
    expect(problems(map)).toStrictEqual([])
  })

  it('action end must not be before start', () => {
    const doc = sample()
    doc.actionPlan.actions[3].end = '2026-08-31'
    expectProblem(doc, 'actionPlan.actions[3].end', /must not be before start/)
  })

  it('reports every problem at once', () => {
    const doc = sample()
    doc.agenda[1].boardId = 'b-none'
    doc.boards[0].stories[0].authorId = 'p-none'
    doc.actionPlan.actions[0].end = '2020-01-01'
    doc.actionPlan.actions[1].objectiveId = 'o-none'
    expect(problems(doc).map((p) => p.path)).toStrictEqual([
      'agenda[1].boardId',
      'boards[0].stories[0].authorId',
      'actionPlan.actions[0].end',
      'actionPlan.actions[1].objectiveId',
    ])
  })
})

describe('JSON text', () => {
  it('refuses invalid JSON at the document root', () => {
    const result = parseWorkshopJson('{"format": "tavolo-workshop",')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems).toMatchObject([
      { path: '(document)', message: expect.stringMatching(/^not valid JSON/) },
    ])
    expect(parseWorkshopJson('').ok).toBe(false)
  })

  it('parses and validates valid text', () => {
    expect(parseWorkshopJson(RIVERSIDE).ok).toBe(true)
    const broken = sample()
    broken.version = 2
    const result = parseWorkshopJson(JSON.stringify(broken))
    expect(!result.ok && result.problems.map((p) => p.path)).toStrictEqual(['version'])
  })

  it('describes problems one per line as path: message', () => {
    expect(
      describeProblems([
        { path: 'a.b[0]', message: 'bad' },
        { path: 'c', message: 'worse' },
      ]),
    ).toBe('a.b[0]: bad\nc: worse')
    expect(formatPath(['boards', 1, 'relations', 0, 'to'])).toBe('boards[1].relations[0].to')
    expect(formatPath([])).toBe('(document)')
  })
})
