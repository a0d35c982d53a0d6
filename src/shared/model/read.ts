// Typed read helpers for the UI: plain objects, lists sorted by (order, id). They are cheap
// enough to call on every document update (one pass over a root map, one sort).
import type * as Y from 'yjs'
import type {
  Action,
  AgendaStep,
  Milestone,
  Objective,
  Participant,
  Relation,
  Story,
  TextItem,
  WorkshopInfo,
} from '../interchange/schema.ts'
import { isoDate, put, str } from './fields.ts'
import { ROOT, entities, plainMap, type Entity, type ItemType } from './layout.ts'
import { sortedEntries } from './order.ts'
import {
  readAction,
  readAgendaStep,
  readBoardInfo,
  readItem,
  readMilestone,
  readObjective,
  readParticipant,
  readRelation,
  readStakeholder,
  readStory,
  readTextItem,
  type BoardInfo,
  type BoardItem,
  type StakeholderRecord,
} from './records.ts'

export function getWorkshopInfo(doc: Y.Doc): WorkshopInfo {
  const w: Entity = plainMap(doc, ROOT.workshop)
  const title = str(w, 'title')
  const info: WorkshopInfo = {
    id: str(w, 'id') || 'workshop',
    // 200 characters is the format's limit; only a foreign client could have written more.
    title: title === undefined || title === '' ? 'Untitled' : title.slice(0, 200),
  }
  put(info, 'city', str(w, 'city'))
  put(info, 'ulg', str(w, 'ulg'))
  put(info, 'date', isoDate(w, 'date'))
  for (const key of ['language', 'facilitator', 'description'] as const) put(info, key, str(w, key))
  return info
}

export function getActionPlanTitle(doc: Y.Doc): string | undefined {
  const value = plainMap(doc, ROOT.actionPlanInfo).get('title')
  return typeof value === 'string' ? value : undefined
}

export function listParticipants(doc: Y.Doc): Participant[] {
  return sortedEntries(entities(doc, ROOT.participants)).map(({ id, entity }) =>
    readParticipant(id, entity),
  )
}

export function getParticipant(doc: Y.Doc, id: string): Participant | undefined {
  const e = entities(doc, ROOT.participants).get(id)
  return e === undefined ? undefined : readParticipant(id, e)
}

export function listAgenda(doc: Y.Doc): AgendaStep[] {
  return sortedEntries(entities(doc, ROOT.agenda)).map(({ id, entity }) =>
    readAgendaStep(id, entity),
  )
}

export function listBoards(doc: Y.Doc): BoardInfo[] {
  const out: BoardInfo[] = []
  for (const { id, entity } of sortedEntries(entities(doc, ROOT.boards))) {
    const board = readBoardInfo(id, entity)
    if (board !== undefined) out.push(board)
  }
  return out
}

export function getBoard(doc: Y.Doc, id: string): BoardInfo | undefined {
  const e = entities(doc, ROOT.boards).get(id)
  return e === undefined ? undefined : readBoardInfo(id, e)
}

function itemsOf(doc: Y.Doc, boardId: string, type?: ItemType) {
  return sortedEntries(
    entities(doc, ROOT.items),
    (e) => e.get('boardId') === boardId && (type === undefined || e.get('type') === type),
  )
}

/** Every item of a board, all types, sorted by (order, id). */
export function listItems(doc: Y.Doc, boardId: string): BoardItem[] {
  const out: BoardItem[] = []
  for (const { id, entity } of itemsOf(doc, boardId)) {
    const item = readItem(id, entity)
    if (item !== undefined) out.push(item)
  }
  return out
}

/** The items of every board in one pass (board id → items, all types, sorted by (order, id)). */
export function listItemsByBoard(doc: Y.Doc): Map<string, BoardItem[]> {
  const byBoard = new Map<string, BoardItem[]>()
  for (const { id, entity } of sortedEntries(entities(doc, ROOT.items))) {
    const item = readItem(id, entity)
    if (item === undefined) continue
    let list = byBoard.get(item.boardId)
    if (list === undefined) byBoard.set(item.boardId, (list = []))
    list.push(item)
  }
  return byBoard
}

export function getItem(doc: Y.Doc, id: string): BoardItem | undefined {
  const e = entities(doc, ROOT.items).get(id)
  return e === undefined ? undefined : readItem(id, e)
}

export function listStories(doc: Y.Doc, boardId: string): Story[] {
  return itemsOf(doc, boardId, 'story').map(({ id, entity }) => readStory(id, entity))
}

export interface StoryColumn {
  /** undefined: the stories without a theme */
  theme: string | undefined
  stories: Story[]
}

/** Stories grouped by theme, columns in order of their first story. */
export function listStoryColumns(doc: Y.Doc, boardId: string): StoryColumn[] {
  const columns = new Map<string | undefined, StoryColumn>()
  for (const story of listStories(doc, boardId)) {
    let column = columns.get(story.theme)
    if (column === undefined) {
      column = { theme: story.theme, stories: [] }
      columns.set(story.theme, column)
    }
    column.stories.push(story)
  }
  return [...columns.values()]
}

export function listVision(doc: Y.Doc, boardId: string): TextItem[] {
  return itemsOf(doc, boardId, 'vision').map(({ id, entity }) => readTextItem(id, entity))
}

export function listFirstSteps(doc: Y.Doc, boardId: string): TextItem[] {
  return itemsOf(doc, boardId, 'firstStep').map(({ id, entity }) => readTextItem(id, entity))
}

export function listMilestones(doc: Y.Doc, boardId: string): Milestone[] {
  return itemsOf(doc, boardId, 'milestone').map(({ id, entity }) => readMilestone(id, entity))
}

export function listRelations(doc: Y.Doc, boardId: string): Relation[] {
  return itemsOf(doc, boardId, 'relation').map(({ id, entity }) => readRelation(id, entity))
}

/** The whole registry, in registry order. */
export function listStakeholders(doc: Y.Doc): StakeholderRecord[] {
  return sortedEntries(entities(doc, ROOT.stakeholders)).map(({ id, entity }) =>
    readStakeholder(id, entity),
  )
}

/** The stakeholders placed on a stakeholder-map board, in registry order. */
export function listBoardStakeholders(doc: Y.Doc, boardId: string): StakeholderRecord[] {
  return sortedEntries(entities(doc, ROOT.stakeholders), (e) => e.get('boardId') === boardId).map(
    ({ id, entity }) => readStakeholder(id, entity),
  )
}

export function getStakeholder(doc: Y.Doc, id: string): StakeholderRecord | undefined {
  const e = entities(doc, ROOT.stakeholders).get(id)
  return e === undefined ? undefined : readStakeholder(id, e)
}

export function listObjectives(doc: Y.Doc): Objective[] {
  return sortedEntries(entities(doc, ROOT.objectives)).map(({ id, entity }) =>
    readObjective(id, entity),
  )
}

export function getObjective(doc: Y.Doc, id: string): Objective | undefined {
  const e = entities(doc, ROOT.objectives).get(id)
  return e === undefined ? undefined : readObjective(id, e)
}

/** All actions in plan order, or only those of one objective. */
export function listActions(doc: Y.Doc, objectiveId?: string): Action[] {
  return sortedEntries(
    entities(doc, ROOT.actions),
    objectiveId === undefined ? undefined : (e) => e.get('objectiveId') === objectiveId,
  ).map(({ id, entity }) => readAction(id, entity))
}

export function getAction(doc: Y.Doc, id: string): Action | undefined {
  const e = entities(doc, ROOT.actions).get(id)
  return e === undefined ? undefined : readAction(id, e)
}
