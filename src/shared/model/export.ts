// The interchange projection of a workshop (FORMAT.md). Import then export gives back the same
// document. Edits made concurrently by two peers can leave references that no longer resolve
// (a relation added to a stakeholder another peer removed at the same time); the projection
// leaves those out, so an export always passes validation.
import type * as Y from 'yjs'
import type {
  Action,
  ActionPlan,
  Board,
  Milestone,
  Relation,
  Stakeholder,
  Story,
  TextItem,
  WorkshopDocument,
} from '../interchange/schema.ts'
import {
  getActionPlanTitle,
  getWorkshopInfo,
  listActions,
  listAgenda,
  listItemsByBoard,
  listBoards,
  listObjectives,
  listParticipants,
  listStakeholders,
} from './read.ts'
import { stripPlacement, type BoardInfo, type BoardItem } from './records.ts'

function withoutPlacement<T extends { type: string; boardId: string }>(
  item: T,
): Omit<T, 'type' | 'boardId'> {
  const { type: _type, boardId: _boardId, ...rest } = item
  return rest
}

function projectBoard(
  board: BoardInfo,
  items: readonly BoardItem[],
  placed: readonly Stakeholder[],
  participantIds: ReadonlySet<string>,
  stakeholderIds: ReadonlySet<string>,
): Board {
  if (board.kind === 'user-stories') {
    const stories: Story[] = []
    for (const item of items) {
      if (item.type !== 'story') continue
      const story: Story = withoutPlacement(item)
      if (story.authorId !== undefined && !participantIds.has(story.authorId)) delete story.authorId
      if (story.stakeholderId !== undefined && !stakeholderIds.has(story.stakeholderId))
        delete story.stakeholderId
      stories.push(story)
    }
    return { id: board.id, kind: board.kind, title: board.title, stories }
  }
  if (board.kind === 'future-back') {
    const presentYear = board.presentYear ?? 0
    const horizonYear = board.horizonYear ?? presentYear + 1
    const vision: TextItem[] = []
    const milestones: Milestone[] = []
    const firstSteps: TextItem[] = []
    for (const item of items) {
      if (item.type === 'vision') vision.push(withoutPlacement(item))
      else if (item.type === 'firstStep') firstSteps.push(withoutPlacement(item))
      else if (item.type === 'milestone') {
        const m: Milestone = withoutPlacement(item)
        // Years set concurrently with the board's range may fall outside it: clamp on read.
        m.year = Math.max(presentYear, Math.min(horizonYear, m.year))
        if (m.actorIds !== undefined) m.actorIds = m.actorIds.filter((k) => stakeholderIds.has(k))
        milestones.push(m)
      }
    }
    return {
      id: board.id,
      kind: board.kind,
      title: board.title,
      presentYear,
      horizonYear,
      vision,
      milestones,
      firstSteps,
    }
  }
  const here = new Set(placed.map((k) => k.id))
  const relations: Relation[] = []
  for (const item of items) {
    if (item.type === 'relation' && here.has(item.from) && here.has(item.to))
      relations.push(withoutPlacement(item))
  }
  return {
    id: board.id,
    kind: board.kind,
    title: board.title,
    stakeholders: [...placed],
    relations,
  }
}

export function exportWorkshop(doc: Y.Doc): WorkshopDocument {
  const participants = listParticipants(doc)
  const participantIds = new Set(participants.map((p) => p.id))
  const boards = listBoards(doc)
  const boardIds = new Set(boards.map((b) => b.id))
  const mapBoardIds = new Set(boards.filter((b) => b.kind === 'stakeholder-map').map((b) => b.id))
  const itemsByBoard = listItemsByBoard(doc)

  const placedByBoard = new Map<string, Stakeholder[]>()
  const registryOnly: Stakeholder[] = []
  const stakeholderIds = new Set<string>()
  for (const k of listStakeholders(doc)) {
    stakeholderIds.add(k.id)
    if (k.boardId !== undefined && mapBoardIds.has(k.boardId)) {
      let list = placedByBoard.get(k.boardId)
      if (list === undefined) placedByBoard.set(k.boardId, (list = []))
      list.push(stripPlacement(k))
    } else registryOnly.push(stripPlacement(k))
  }

  const projected = boards.map((b) =>
    projectBoard(
      b,
      itemsByBoard.get(b.id) ?? [],
      placedByBoard.get(b.id) ?? [],
      participantIds,
      stakeholderIds,
    ),
  )

  // What an action's sources may point to: every item a board lists in the interchange format.
  const itemIds = new Map<string, Set<string>>()
  for (const board of projected) {
    const ids =
      board.kind === 'user-stories'
        ? board.stories.map((s) => s.id)
        : board.kind === 'future-back'
          ? [...board.vision, ...board.milestones, ...board.firstSteps].map((x) => x.id)
          : [...board.stakeholders, ...board.relations].map((x) => x.id)
    itemIds.set(board.id, new Set(ids))
  }

  const objectives = listObjectives(doc)
  const objectiveIds = new Set(objectives.map((o) => o.id))
  const actions: Action[] = []
  for (const action of listActions(doc)) {
    if (!objectiveIds.has(action.objectiveId)) continue
    if (action.start !== undefined && action.end !== undefined && action.end < action.start)
      delete action.end
    if (action.sources !== undefined)
      action.sources = action.sources.filter((s) => itemIds.get(s.boardId)?.has(s.itemId) === true)
    actions.push(action)
  }

  const actionPlan: ActionPlan = { objectives, actions }
  const planTitle = getActionPlanTitle(doc)
  const out: WorkshopDocument = {
    format: 'tavolo-workshop',
    version: 1,
    workshop: getWorkshopInfo(doc),
    participants,
    agenda: listAgenda(doc).map((a) => {
      if (a.boardId !== undefined && !boardIds.has(a.boardId)) delete a.boardId
      return a
    }),
    boards: projected,
    actionPlan: planTitle === undefined ? actionPlan : { title: planTitle, ...actionPlan },
  }
  if (registryOnly.length > 0) out.stakeholders = registryOnly
  return out
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort())
      out[key] = sortKeys((value as Record<string, unknown>)[key])
    return out
  }
  return value
}

/** Stable JSON of the interchange projection (keys sorted, two-space indent) for equality checks. */
export function canonicalJson(doc: Y.Doc): string {
  return JSON.stringify(sortKeys(exportWorkshop(doc)), null, 2)
}
