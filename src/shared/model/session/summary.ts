// The session summary: who took part (by sector), the agenda as planned and as run (overrun per
// step), the top-voted items of each board, and the decisions. It is a `SessionSummary` of the
// export package (src/shared/export/summary.ts) with its optional fields filled, so it can be
// handed to the exporters as is (they render the steps as run, who took part, the top votes and
// the decisions).
import type * as Y from 'yjs'
import type {
  SectorGroup,
  SessionSummary,
  SummaryAgendaStep,
  SummaryDecision,
  SummaryParticipants,
} from '../../export/summary.ts'
import { storyText } from '../../actionPlan/sources.ts'
import type { ExportCatalog } from '../../i18n/exportCatalog.ts'
import { exportEn } from '../../i18n/en/export.ts'
import { SECTORS, type Sector } from '../../interchange/schema.ts'
import { getItem, listAgenda, listBoards, listParticipants, listStories } from '../read.ts'
import { listStepLogs } from './agenda.ts'
import { listDecisions } from './decisions.ts'
import { listPeople } from './roles.ts'
import { listProxyVoters, listVotes, voteResults } from './votes.ts'

export interface SummaryStep extends SummaryAgendaStep {
  startedAt?: number
  endedAt?: number
}

export type { SectorGroup }

export interface FacilitationSummary extends SessionSummary {
  agenda: SummaryStep[]
  usedMinutes: number
  overrunMinutes: number
  participants: SummaryParticipants
  decisions: SummaryDecision[]
  /** The decisions' texts (what the exporters print as highlights). */
  notes: string[]
}

const round1 = (x: number): number => Math.round(x * 10) / 10

function whoTookPart(doc: Y.Doc): FacilitationSummary['participants'] {
  const registered = listParticipants(doc)
  const byId = new Map(registered.map((p) => [p.id, p]))
  const linked = new Set<string>()
  const unlinked: string[] = []
  for (const person of listPeople(doc)) {
    if (person.participantId !== undefined && byId.has(person.participantId))
      linked.add(person.participantId)
    else if (person.name !== undefined && person.name.trim() !== '')
      unlinked.push(person.name.trim())
  }
  for (const proxy of listProxyVoters(doc)) {
    if (proxy.participantId !== undefined && byId.has(proxy.participantId))
      linked.add(proxy.participantId)
    else unlinked.push(proxy.proxyFor)
  }
  const source = linked.size + unlinked.length > 0 ? 'session' : 'registered'
  const people = source === 'session' ? registered.filter((p) => linked.has(p.id)) : registered
  const groups = new Map<Sector | 'unspecified', string[]>()
  for (const p of people) {
    const sector = p.sector ?? 'unspecified'
    groups.set(sector, [...(groups.get(sector) ?? []), p.name])
  }
  if (unlinked.length > 0)
    groups.set('unspecified', [...(groups.get('unspecified') ?? []), ...new Set(unlinked)])
  const order: Array<Sector | 'unspecified'> = [...SECTORS, 'unspecified']
  const bySector = order
    .filter((s) => groups.has(s))
    .map((sector) => ({
      sector,
      names: [...(groups.get(sector) ?? [])].sort((a, b) => a.localeCompare(b)),
    }))
  return { source, count: bySector.reduce((n, g) => n + g.names.length, 0), bySector }
}

function itemText(doc: Y.Doc, itemId: string, fallback: string, t: ExportCatalog): string {
  const item = getItem(doc, itemId)
  return item?.type === 'story' ? storyText(item, t) : fallback
}

function topVoted(doc: Y.Doc, t: ExportCatalog, top: number): SessionSummary['topVoted'] {
  const out: SessionSummary['topVoted'] = []
  const votes = listVotes(doc)
  for (const board of listBoards(doc)) {
    // The latest revealed vote on the board; else, for story boards, the stories' `votes`.
    const vote = votes.filter((v) => v.boardId === board.id && v.revealed).at(-1)
    let items: SessionSummary['topVoted'][number]['items'] = []
    if (vote !== undefined) {
      const results = voteResults(doc, vote.id)
      items = (results?.totals ?? [])
        .filter((x) => x.votes > 0)
        .slice(0, top)
        .map((x) => {
          const story = getItem(doc, x.itemId)
          const theme = story?.type === 'story' ? story.theme : undefined
          return {
            id: x.itemId,
            text: itemText(doc, x.itemId, x.label, t),
            votes: x.votes,
            ...(theme !== undefined && { theme }),
          }
        })
    } else if (board.kind === 'user-stories') {
      items = listStories(doc, board.id)
        .map((s, order) => ({ s, order, votes: s.votes ?? 0 }))
        .filter((x) => x.votes > 0)
        .sort((a, b) => b.votes - a.votes || a.order - b.order)
        .slice(0, top)
        .map(({ s, votes }) => ({
          id: s.id,
          text: storyText(s, t),
          votes,
          ...(s.theme !== undefined && { theme: s.theme }),
        }))
    } else continue
    out.push({ boardId: board.id, boardTitle: board.title, items })
  }
  return out
}

/**
 * The summary of the session at `now` (a step still running counts up to `now`). `t` is the
 * export catalog used to word stories (default English), `top` the number of items per board.
 */
export function sessionSummary(
  doc: Y.Doc,
  options: { now?: number; t?: ExportCatalog; top?: number } = {},
): FacilitationSummary {
  const t = options.t ?? exportEn
  const boardTitles = new Map(listBoards(doc).map((b) => [b.id, b.title]))
  const logs = new Map(listStepLogs(doc, options.now).map((l) => [l.stepId, l]))
  let usedMinutes = 0
  let overrunMinutes = 0
  const agenda: SummaryStep[] = listAgenda(doc).map((a) => {
    const step: SummaryStep = { id: a.id, title: a.title, minutes: a.minutes }
    const boardTitle = a.boardId === undefined ? undefined : boardTitles.get(a.boardId)
    if (boardTitle !== undefined) step.boardTitle = boardTitle
    const log = logs.get(a.id)
    if (log !== undefined) {
      step.usedMinutes = log.usedMinutes
      step.overrunMinutes = round1(Math.max(0, log.usedMinutes - a.minutes))
      step.startedAt = log.startedAt
      if (log.endedAt !== undefined) step.endedAt = log.endedAt
      usedMinutes += log.usedMinutes
      overrunMinutes += step.overrunMinutes
    }
    return step
  })
  const decisions = listDecisions(doc).map(({ id, text, at, stepId, boardId }) => ({
    id,
    text,
    at,
    ...(stepId !== undefined && { stepId }),
    ...(boardId !== undefined && { boardId }),
  }))
  return {
    agenda,
    totalMinutes: agenda.reduce((sum, a) => sum + a.minutes, 0),
    usedMinutes: round1(usedMinutes),
    overrunMinutes: round1(overrunMinutes),
    topVoted: topVoted(doc, t, options.top ?? 3),
    participants: whoTookPart(doc),
    decisions,
    notes: decisions.map((d) => d.text),
  }
}
