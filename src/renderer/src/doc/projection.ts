// The renderer's read model: a plain snapshot of the workshop document, re-read with the model's
// read functions after every document update. Only the root maps an update touched are re-read,
// and unchanged entities keep their previous objects (see share.ts), so a remote edit to one card
// re-renders that card only.
import type * as Y from 'yjs'
import type {
  Action,
  AgendaStep,
  Objective,
  Participant,
  WorkshopInfo,
} from '../../../shared/interchange/schema.ts'
import { ROOT, SESSION_ROOT } from '../../../shared/model/layout.ts'
import { visibleItems } from '../../../shared/model/session/privacy.ts'
import { actorOf } from '../../../shared/model/session/trust.ts'
import {
  getWorkshopInfo,
  listActions,
  listAgenda,
  listBoards,
  listItems,
  listObjectives,
  listParticipants,
  listStakeholders,
} from '../../../shared/model/read.ts'
import type { BoardInfo, BoardItem, StakeholderRecord } from '../../../shared/model/records.ts'
import { shareList, shareRecord } from './share.ts'

export interface WorkshopSnapshot {
  info: WorkshopInfo
  participants: Participant[]
  agenda: AgendaStep[]
  boards: BoardInfo[]
  /** Items of each board, all types, in list order. */
  items: Readonly<Record<string, BoardItem[]>>
  stakeholders: StakeholderRecord[]
  objectives: Objective[]
  actions: Action[]
}

export type RootName = (typeof ROOT)[keyof typeof ROOT]
const ALL_ROOTS: ReadonlySet<string> = new Set(Object.values(ROOT))

const EMPTY_ITEMS: BoardItem[] = []

// Private writing: other people's cards stay out of this screen until the facilitator reveals
// them (their author, by user or by this window's client, sees their own).
const viewers = new WeakMap<Y.Doc, string | undefined>()

function projectItems(doc: Y.Doc, boards: BoardInfo[], prev: WorkshopSnapshot | undefined) {
  const out: Record<string, BoardItem[]> = {}
  const userId = actorOf(doc)
  viewers.set(doc, userId)
  const viewer =
    userId === undefined ? { clientId: doc.clientID } : { userId, clientId: doc.clientID }
  for (const board of boards) {
    const items = visibleItems(doc, listItems(doc, board.id), viewer)
    out[board.id] = items.length === 0 ? EMPTY_ITEMS : shareList(prev?.items[board.id], items)
  }
  return out
}

/**
 * Re-reads the roots named in `touched` (all when omitted) and keeps the rest of `prev`.
 * Items are re-read when boards change too, since they are grouped by board.
 */
export function projectWorkshop(
  doc: Y.Doc,
  prev?: WorkshopSnapshot,
  touched: ReadonlySet<string> = ALL_ROOTS,
): WorkshopSnapshot {
  const has = (root: string) => prev === undefined || touched.has(root)
  // This window's user became known (bound): the cards it wrote earlier become visible.
  const viewerChanged = touched.has(SESSION_ROOT) && viewers.get(doc) !== actorOf(doc)
  const boards = has(ROOT.boards) ? shareList(prev?.boards, listBoards(doc)) : (prev?.boards ?? [])
  const next: WorkshopSnapshot = {
    info: has(ROOT.workshop)
      ? shareRecord(prev?.info, getWorkshopInfo(doc))
      : (prev?.info ?? getWorkshopInfo(doc)),
    participants: has(ROOT.participants)
      ? shareList(prev?.participants, listParticipants(doc))
      : (prev?.participants ?? []),
    agenda: has(ROOT.agenda) ? shareList(prev?.agenda, listAgenda(doc)) : (prev?.agenda ?? []),
    boards,
    items:
      has(ROOT.items) || has(ROOT.boards) || viewerChanged
        ? projectItems(doc, boards, prev)
        : (prev?.items ?? {}),
    stakeholders: has(ROOT.stakeholders)
      ? shareList(prev?.stakeholders, listStakeholders(doc))
      : (prev?.stakeholders ?? []),
    objectives: has(ROOT.objectives)
      ? shareList(prev?.objectives, listObjectives(doc))
      : (prev?.objectives ?? []),
    actions: has(ROOT.actions) ? shareList(prev?.actions, listActions(doc)) : (prev?.actions ?? []),
  }
  return next
}

/** The names of the root maps a transaction changed (an entity's parent is its root map). */
export function touchedRoots(doc: Y.Doc, tr: Y.Transaction): Set<string> {
  const rootNames = new Map<unknown, string>()
  for (const [name, type] of doc.share) rootNames.set(type, name)
  const out = new Set<string>()
  for (const type of tr.changed.keys()) {
    let t: typeof type | null = type
    while (t !== null && !rootNames.has(t)) t = t.parent
    const name = t === null ? undefined : rootNames.get(t)
    if (name !== undefined) out.add(name)
  }
  return out
}

export function itemsOf(snapshot: WorkshopSnapshot, boardId: string): BoardItem[] {
  return snapshot.items[boardId] ?? EMPTY_ITEMS
}
