// JSON export: the interchange document itself (FORMAT.md), lossless, 2-space indented, with
// keys in one fixed order (the order FORMAT.md lists them, unknown keys alphabetically after)
// so that the same document always gives the same bytes whatever order its producer used.
import type { WorkshopDocument } from '../interchange/schema.ts'

const KEY_ORDER = [
  'format',
  'version',
  'workshop',
  'participants',
  'agenda',
  'boards',
  'actionPlan',
  'stakeholders',
  'id',
  'kind',
  'objectiveId',
  'title',
  'name',
  'city',
  'ulg',
  'date',
  'language',
  'facilitator',
  'organisation',
  'sector',
  'group',
  'role',
  'goal',
  'benefit',
  'theme',
  'priority',
  'votes',
  'notes',
  'authorId',
  'stakeholderId',
  'email',
  'minutes',
  'boardId',
  'itemId',
  'stories',
  'presentYear',
  'horizonYear',
  'vision',
  'milestones',
  'firstSteps',
  'year',
  'text',
  'actorIds',
  'influence',
  'interest',
  'attitude',
  'relations',
  'from',
  'to',
  'label',
  'objectives',
  'actions',
  'description',
  'responsible',
  'partners',
  'start',
  'end',
  'resources',
  'budget',
  'funding',
  'outputIndicators',
  'resultIndicators',
  'target',
  'risks',
  'status',
  'sources',
]
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]))

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered)
  if (value === null || typeof value !== 'object') return value
  const keys = Object.keys(value).sort((a, b) => {
    const ra = RANK.get(a) ?? Number.MAX_SAFE_INTEGER
    const rb = RANK.get(b) ?? Number.MAX_SAFE_INTEGER
    return ra - rb || (a < b ? -1 : a > b ? 1 : 0)
  })
  const out: Record<string, unknown> = {}
  for (const k of keys) out[k] = ordered((value as Record<string, unknown>)[k])
  return out
}

export function renderJson(doc: WorkshopDocument): string {
  return `${JSON.stringify(ordered(doc), null, 2)}\n`
}
