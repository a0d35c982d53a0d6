// "Evidence of co-creation": the board items an action came from, with what they said and how
// many votes they had, so that a reader of the plan can see where each action started.
import type { Action, Board, WorkshopDocument } from '../interchange/schema.ts'
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import { exportEn } from '../i18n/en/export.ts'
import { fill } from '../i18n/fill.ts'

export type SourceKind =
  'story' | 'vision' | 'milestone' | 'first-step' | 'stakeholder' | 'relation' | 'missing'

export interface ResolvedSource {
  boardId: string
  itemId: string
  kind: SourceKind
  /** Readable text of the item (a story as its full sentence). */
  text: string
  /** Empty when the board itself is gone. */
  boardTitle: string
  votes?: number
  /** Milestones only. */
  year?: number
}

interface IndexedItem {
  kind: Exclude<SourceKind, 'missing'>
  board: Board
  text: string
  votes?: number
  year?: number
}

/** All items of all boards by `boardId/itemId`; build once when resolving many actions. */
export type ItemIndex = Map<string, IndexedItem>

const key = (boardId: string, itemId: string): string => `${boardId}\u0000${itemId}`

export function storyText(
  story: { role: string; goal: string; benefit: string },
  t: ExportCatalog = exportEn,
): string {
  return fill(t.storySentence, { role: story.role, goal: story.goal, benefit: story.benefit })
}

export function buildItemIndex(doc: WorkshopDocument, t: ExportCatalog = exportEn): ItemIndex {
  const index: ItemIndex = new Map()
  for (const board of doc.boards) {
    const put = (id: string, item: Omit<IndexedItem, 'board'>): void => {
      index.set(key(board.id, id), { ...item, board })
    }
    if (board.kind === 'user-stories') {
      for (const s of board.stories)
        put(s.id, {
          kind: 'story',
          text: storyText(s, t),
          ...(s.votes !== undefined && { votes: s.votes }),
        })
    } else if (board.kind === 'future-back') {
      for (const v of board.vision) put(v.id, { kind: 'vision', text: v.text })
      for (const m of board.milestones) put(m.id, { kind: 'milestone', text: m.text, year: m.year })
      for (const f of board.firstSteps) put(f.id, { kind: 'first-step', text: f.text })
    } else {
      const names = new Map(board.stakeholders.map((k) => [k.id, k.name]))
      for (const k of board.stakeholders) put(k.id, { kind: 'stakeholder', text: k.name })
      for (const r of board.relations) {
        const from = names.get(r.from) ?? r.from
        const to = names.get(r.to) ?? r.to
        put(r.id, { kind: 'relation', text: `${from} → ${to}${r.label ? `: ${r.label}` : ''}` })
      }
    }
  }
  return index
}

export function lookupItem(
  index: ItemIndex,
  boardId: string,
  itemId: string,
): IndexedItem | undefined {
  return index.get(key(boardId, itemId))
}

/**
 * The source items of an action. A source whose item no longer exists (possible while a live
 * document is being edited) comes back as kind `missing` instead of being dropped silently.
 */
export function resolveSources(
  doc: WorkshopDocument,
  action: Action,
  index: ItemIndex = buildItemIndex(doc),
): ResolvedSource[] {
  return (action.sources ?? []).map(({ boardId, itemId }) => {
    const item = index.get(key(boardId, itemId))
    if (item === undefined) {
      const board = doc.boards.find((b) => b.id === boardId)
      return { boardId, itemId, kind: 'missing', text: itemId, boardTitle: board?.title ?? '' }
    }
    return {
      boardId,
      itemId,
      kind: item.kind,
      text: item.text,
      boardTitle: item.board.title,
      ...(item.votes !== undefined && { votes: item.votes }),
      ...(item.year !== undefined && { year: item.year }),
    }
  })
}
