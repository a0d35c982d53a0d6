// The session summary: the agenda as it ran and, per user-stories board, the stories that got
// the most votes. A facilitator may pass their own; `computeSessionSummary` derives a basic one.
import type { WorkshopDocument } from '../interchange/schema.ts'
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import { exportEn } from '../i18n/en/export.ts'
import { storyText } from '../actionPlan/sources.ts'

export interface SessionSummary {
  agenda: { id: string; title: string; minutes: number; boardTitle?: string }[]
  totalMinutes: number
  topVoted: {
    boardId: string
    boardTitle: string
    items: { id: string; text: string; votes: number; theme?: string }[]
  }[]
  /** Free-text highlights written by the facilitator. */
  notes?: string[]
}

export function computeSessionSummary(
  doc: WorkshopDocument,
  t: ExportCatalog = exportEn,
  top = 3,
): SessionSummary {
  const boardTitles = new Map(doc.boards.map((b) => [b.id, b.title]))
  const agenda = doc.agenda.map((a) => {
    const boardTitle = a.boardId === undefined ? undefined : boardTitles.get(a.boardId)
    return {
      id: a.id,
      title: a.title,
      minutes: a.minutes,
      ...(boardTitle !== undefined && { boardTitle }),
    }
  })
  const topVoted: SessionSummary['topVoted'] = []
  for (const board of doc.boards) {
    if (board.kind !== 'user-stories') continue
    const items = board.stories
      .map((s, order) => ({ s, order, votes: s.votes ?? 0 }))
      .filter((x) => x.votes > 0)
      // Most votes first; ties keep the board's order.
      .sort((a, b) => b.votes - a.votes || a.order - b.order)
      .slice(0, top)
      .map(({ s, votes }) => ({
        id: s.id,
        text: storyText(s, t),
        votes,
        ...(s.theme !== undefined && { theme: s.theme }),
      }))
    topVoted.push({ boardId: board.id, boardTitle: board.title, items })
  }
  return { agenda, totalMinutes: agenda.reduce((sum, a) => sum + a.minutes, 0), topVoted }
}
