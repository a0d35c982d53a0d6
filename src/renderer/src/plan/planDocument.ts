// The interchange view of the renderer's projection: what the shared action-plan analysis
// (checkCompleteness, ganttModel, resolveSources, draftFromItem) reads. Built from the snapshot
// the store already holds, so the plan view never re-reads the Y.Doc: a vote on a card re-runs
// this in a fraction of a millisecond even for thousands of items.
import type {
  Board,
  Milestone,
  Relation,
  Stakeholder,
  Story,
  TextItem,
  WorkshopDocument,
} from '../../../shared/interchange/schema.ts'
import type { BoardInfo, BoardItem, StakeholderRecord } from '../../../shared/model/records.ts'
import type { WorkshopSnapshot } from '../doc/projection.ts'

export type PlanSnapshot = Pick<
  WorkshopSnapshot,
  'info' | 'boards' | 'items' | 'stakeholders' | 'objectives' | 'actions'
>

function strip<T extends { type: string; boardId: string }>(item: T): Omit<T, 'type' | 'boardId'> {
  const { type: _type, boardId: _boardId, ...rest } = item
  return rest
}

function withoutBoard(k: StakeholderRecord): Stakeholder {
  const { boardId: _boardId, ...rest } = k
  return rest
}

function board(info: BoardInfo, items: readonly BoardItem[], placed: Stakeholder[]): Board {
  if (info.kind === 'user-stories') {
    const stories: Story[] = []
    for (const item of items) if (item.type === 'story') stories.push(strip(item))
    return { id: info.id, kind: info.kind, title: info.title, stories }
  }
  if (info.kind === 'future-back') {
    const vision: TextItem[] = []
    const milestones: Milestone[] = []
    const firstSteps: TextItem[] = []
    for (const item of items) {
      if (item.type === 'vision') vision.push(strip(item))
      else if (item.type === 'milestone') milestones.push(strip(item))
      else if (item.type === 'firstStep') firstSteps.push(strip(item))
    }
    const presentYear = info.presentYear ?? 0
    const horizonYear = info.horizonYear ?? presentYear + 1
    return {
      id: info.id,
      kind: info.kind,
      title: info.title,
      presentYear,
      horizonYear,
      vision,
      milestones,
      firstSteps,
    }
  }
  const relations: Relation[] = []
  for (const item of items) if (item.type === 'relation') relations.push(strip(item))
  return { id: info.id, kind: info.kind, title: info.title, stakeholders: placed, relations }
}

/** The snapshot as a WorkshopDocument (participants and agenda left empty: the plan needs neither). */
export function planDocument(s: PlanSnapshot): WorkshopDocument {
  const placed = new Map<string, Stakeholder[]>()
  const unplaced: Stakeholder[] = []
  for (const k of s.stakeholders) {
    if (k.boardId === undefined) {
      unplaced.push(withoutBoard(k))
      continue
    }
    let list = placed.get(k.boardId)
    if (list === undefined) placed.set(k.boardId, (list = []))
    list.push(withoutBoard(k))
  }
  return {
    format: 'tavolo-workshop',
    version: 1,
    workshop: s.info,
    participants: [],
    agenda: [],
    boards: s.boards.map((b) => board(b, s.items[b.id] ?? [], placed.get(b.id) ?? [])),
    actionPlan: { objectives: s.objectives, actions: s.actions },
    ...(unplaced.length > 0 && { stakeholders: unplaced }),
  }
}
