// The session summary: the agenda as it ran and, per user-stories board, the stories that got
// the most votes. A facilitator may pass their own; `computeSessionSummary` derives a basic one
// from the plan alone. The optional fields are what a run session adds (sessionSummary in
// src/shared/model/session/summary.ts fills them): time used per step, who took part, decisions.
import type { Sector, WorkshopDocument } from '../interchange/schema.ts'
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import { exportEn } from '../i18n/en/export.ts'
import { storyText } from '../actionPlan/sources.ts'

export interface SummaryAgendaStep {
  id: string
  title: string
  /** Planned minutes. */
  minutes: number
  boardTitle?: string
  /** Present once the step was run. */
  usedMinutes?: number
  /** Used minus planned, never below zero; present once the step was run. */
  overrunMinutes?: number
}

export interface SectorGroup {
  sector: Sector | 'unspecified'
  names: string[]
}

export interface SummaryParticipants {
  /** 'session': people who joined or were proxied; 'registered': nobody joined, the workshop's list. */
  source: 'session' | 'registered'
  count: number
  bySector: SectorGroup[]
}

export interface SummaryDecision {
  id: string
  text: string
  at: number
  stepId?: string
  boardId?: string
}

export interface SessionSummary {
  agenda: SummaryAgendaStep[]
  /** Planned minutes of the whole agenda. */
  totalMinutes: number
  /** Minutes the run steps took, and how much over plan (summed over steps that overran). */
  usedMinutes?: number
  overrunMinutes?: number
  topVoted: {
    boardId: string
    boardTitle: string
    items: { id: string; text: string; votes: number; theme?: string }[]
  }[]
  /** Free-text highlights written by the facilitator. */
  notes?: string[]
  participants?: SummaryParticipants
  decisions?: SummaryDecision[]
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
