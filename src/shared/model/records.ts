// Plain-object views of the entities, as the UI and the exporters read them. Each reader turns
// one entity map into an interchange-shaped object (src/shared/interchange/schema.ts); fields
// holding a value of the wrong type are left out, required ones fall back to a safe value.
import {
  ATTITUDES,
  BOARD_KINDS,
  GROUPS,
  PRIORITIES,
  SECTORS,
  STATUSES,
  type Action,
  type AgendaStep,
  type BoardKind,
  type Milestone,
  type Objective,
  type Participant,
  type Relation,
  type Stakeholder,
  type Story,
  type TextItem,
} from '../interchange/schema.ts'
import { clampInt, int, isoDate, num, oneOf, put, recordArray, str, stringArray } from './fields.ts'
import { ITEM_TYPES, type Entity, type ItemType } from './layout.ts'

export interface BoardInfo {
  id: string
  kind: BoardKind
  title: string
  /** future-back boards only */
  presentYear?: number
  horizonYear?: number
}

/** A registry stakeholder; `boardId` is the stakeholder-map board it is placed on, if any. */
export type StakeholderRecord = Stakeholder & { boardId?: string }

export type BoardItem =
  | ({ type: 'story'; boardId: string } & Story)
  | ({ type: 'vision'; boardId: string } & TextItem)
  | ({ type: 'milestone'; boardId: string } & Milestone)
  | ({ type: 'firstStep'; boardId: string } & TextItem)
  | ({ type: 'relation'; boardId: string } & Relation)

const UNTITLED = 'Untitled'

function title(entity: Entity, key: string): string {
  const value = str(entity, key)
  return value === undefined || value === '' ? UNTITLED : value
}

export function readParticipant(id: string, e: Entity): Participant {
  const p: Participant = { id, name: title(e, 'name') }
  put(p, 'organisation', str(e, 'organisation'))
  put(p, 'sector', oneOf(SECTORS, e, 'sector'))
  put(p, 'role', str(e, 'role'))
  put(p, 'email', str(e, 'email'))
  return p
}

export function readAgendaStep(id: string, e: Entity): AgendaStep {
  const minutes = num(e, 'minutes')
  const a: AgendaStep = {
    id,
    title: title(e, 'title'),
    minutes: minutes !== undefined && minutes >= 0 ? minutes : 0,
  }
  put(a, 'boardId', str(e, 'boardId'))
  return a
}

export function readBoardInfo(id: string, e: Entity): BoardInfo | undefined {
  const kind = oneOf(BOARD_KINDS, e, 'kind')
  if (kind === undefined) return undefined
  const b: BoardInfo = { id, kind, title: title(e, 'title') }
  if (kind === 'future-back') {
    const present = int(e, 'presentYear') ?? new Date().getFullYear()
    const horizon = int(e, 'horizonYear') ?? present + 10
    // Two peers may set the years concurrently into a crossed pair: read it as a valid range.
    b.presentYear = present
    b.horizonYear = Math.max(horizon, present + 1)
  }
  return b
}

export function itemType(e: Entity): ItemType | undefined {
  return oneOf(ITEM_TYPES, e, 'type')
}

export function readStory(id: string, e: Entity): Story {
  const s: Story = {
    id,
    role: str(e, 'role') ?? '',
    goal: str(e, 'goal') ?? '',
    benefit: str(e, 'benefit') ?? '',
  }
  put(s, 'theme', str(e, 'theme'))
  put(s, 'priority', oneOf(PRIORITIES, e, 'priority'))
  const votes = int(e, 'votes')
  put(s, 'votes', votes !== undefined && votes >= 0 ? votes : undefined)
  put(s, 'notes', str(e, 'notes'))
  put(s, 'authorId', str(e, 'authorId'))
  put(s, 'stakeholderId', str(e, 'stakeholderId'))
  return s
}

export function readTextItem(id: string, e: Entity): TextItem {
  return { id, text: str(e, 'text') ?? '' }
}

export function readMilestone(id: string, e: Entity): Milestone {
  const m: Milestone = {
    id,
    year: int(e, 'year') ?? new Date().getFullYear(),
    text: str(e, 'text') ?? '',
  }
  put(m, 'actorIds', stringArray(e, 'actorIds'))
  return m
}

export function readRelation(id: string, e: Entity): Relation {
  const r: Relation = { id, from: str(e, 'from') ?? '', to: str(e, 'to') ?? '' }
  put(r, 'label', str(e, 'label'))
  return r
}

export function readItem(id: string, e: Entity): BoardItem | undefined {
  const boardId = str(e, 'boardId')
  const type = itemType(e)
  if (boardId === undefined || type === undefined) return undefined
  switch (type) {
    case 'story':
      return { type, boardId, ...readStory(id, e) }
    case 'vision':
    case 'firstStep':
      return { type, boardId, ...readTextItem(id, e) }
    case 'milestone':
      return { type, boardId, ...readMilestone(id, e) }
    case 'relation':
      return { type, boardId, ...readRelation(id, e) }
  }
}

export function readStakeholder(id: string, e: Entity): StakeholderRecord {
  const k: StakeholderRecord = {
    id,
    name: title(e, 'name'),
    influence: clampInt(num(e, 'influence') ?? 3, 1, 5),
    interest: clampInt(num(e, 'interest') ?? 3, 1, 5),
  }
  put(k, 'sector', oneOf(SECTORS, e, 'sector'))
  put(k, 'group', oneOf(GROUPS, e, 'group'))
  put(k, 'attitude', oneOf(ATTITUDES, e, 'attitude'))
  put(k, 'notes', str(e, 'notes'))
  put(k, 'boardId', str(e, 'boardId'))
  return k
}

/** The interchange shape of a stakeholder (without its placement). */
export function stripPlacement(k: StakeholderRecord): Stakeholder {
  const { boardId: _boardId, ...rest } = k
  return rest
}

export function readObjective(id: string, e: Entity): Objective {
  const o: Objective = { id, title: title(e, 'title') }
  put(o, 'description', str(e, 'description'))
  return o
}

const INDICATOR_KEYS = ['name', 'target'] as const
const SOURCE_KEYS = ['boardId', 'itemId'] as const

function indicators(e: Entity, key: string) {
  return recordArray(e, key, INDICATOR_KEYS)?.filter((row) => row.name !== '')
}

export function readAction(id: string, e: Entity): Action {
  const x: Action = { id, objectiveId: str(e, 'objectiveId') ?? '', title: title(e, 'title') }
  put(x, 'description', str(e, 'description'))
  put(x, 'responsible', str(e, 'responsible'))
  put(x, 'partners', stringArray(e, 'partners'))
  put(x, 'start', isoDate(e, 'start'))
  put(x, 'end', isoDate(e, 'end'))
  put(x, 'resources', str(e, 'resources'))
  const budget = num(e, 'budget')
  put(x, 'budget', budget !== undefined && budget >= 0 ? budget : undefined)
  put(x, 'funding', str(e, 'funding'))
  put(x, 'outputIndicators', indicators(e, 'outputIndicators'))
  put(x, 'resultIndicators', indicators(e, 'resultIndicators'))
  put(x, 'risks', str(e, 'risks'))
  put(x, 'status', oneOf(STATUSES, e, 'status'))
  put(x, 'sources', recordArray(e, 'sources', SOURCE_KEYS))
  return x
}
