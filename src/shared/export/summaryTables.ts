// The session summary as the document formats (HTML, Markdown, DOCX) print it: the agenda table
// (planned minutes, and once steps were run also used minutes and overrun), who took part by
// sector, and which notes are decisions. Plain text, labels already translated; each format only
// escapes and lays out the cells its own way.
import { fill } from '../i18n/fill.ts'
import type { ReportContext } from './report.ts'
import type { SessionSummary } from './summary.ts'

export interface SummaryTable {
  head: string[]
  rows: string[][]
  /** The totals row. */
  foot: string[]
  /** Columns to align right (numbers). */
  numberColumns: number[]
}

/** True once any step was run: the agenda then shows time used next to time planned. */
export function hasRunData(s: SessionSummary): boolean {
  return s.agenda.some((a) => a.usedMinutes !== undefined)
}

/** Minutes used and over plan in all; a summary without totals gets them from its steps. */
function runTotals(s: SessionSummary): { used: number; overrun: number } {
  const sum = (pick: (a: SessionSummary['agenda'][number]) => number | undefined): number =>
    Math.round(s.agenda.reduce((total, a) => total + (pick(a) ?? 0), 0) * 10) / 10
  return {
    used: s.usedMinutes ?? sum((a) => a.usedMinutes),
    overrun: s.overrunMinutes ?? sum((a) => a.overrunMinutes),
  }
}

export function agendaTable(s: SessionSummary, ctx: ReportContext): SummaryTable {
  const { t, fmt } = ctx
  const min = (minutes: number): string => fill(t.minutesValue, { minutes: fmt.number(minutes) })
  if (!hasRunData(s))
    return {
      head: ['#', t.agenda, t.board, t.minutes],
      rows: s.agenda.map((a, i) => [
        String(i + 1),
        a.title,
        a.boardTitle ?? '',
        fmt.number(a.minutes),
      ]),
      foot: ['', t.total, '', min(s.totalMinutes)],
      numberColumns: [3],
    }
  const over = (minutes: number): string =>
    minutes > 0 ? fill(t.overrunValue, { minutes: fmt.number(minutes) }) : fmt.number(0)
  const { used, overrun } = runTotals(s)
  return {
    head: ['#', t.agenda, t.board, t.plannedMinutes, t.usedMinutes, t.overrunMinutes],
    rows: s.agenda.map((a, i) => [
      String(i + 1),
      a.title,
      a.boardTitle ?? '',
      fmt.number(a.minutes),
      a.usedMinutes === undefined ? t.notRun : fmt.number(a.usedMinutes),
      a.usedMinutes === undefined ? t.notRun : over(a.overrunMinutes ?? 0),
    ]),
    foot: ['', t.total, '', min(s.totalMinutes), min(used), over(overrun)],
    numberColumns: [3, 4, 5],
  }
}

/** The totals as one sentence, for formats that print them below the table (Markdown). */
export function agendaTotals(s: SessionSummary, ctx: ReportContext): string {
  const { t, fmt } = ctx
  if (!hasRunData(s)) return fill(t.totalMinutes, { minutes: fmt.number(s.totalMinutes) })
  const { used, overrun } = runTotals(s)
  return fill(t.totalRun, {
    planned: fmt.number(s.totalMinutes),
    used: fmt.number(used),
    overrun: fmt.number(overrun),
  })
}

export interface TookPart {
  count: number
  table: Omit<SummaryTable, 'foot'>
}

/**
 * Who took part in the session, by sector: counts, and names unless names are left out. Absent
 * when nobody joined (the summary then repeats the registered list, printed already).
 */
export function tookPart(s: SessionSummary, ctx: ReportContext): TookPart | undefined {
  const p = s.participants
  if (p === undefined || p.source !== 'session' || p.count === 0) return undefined
  const { t, fmt, names } = ctx
  const label = (sector: (typeof p.bySector)[number]['sector']): string =>
    sector === 'unspecified' ? t.sectorUnknown : t.sectors[sector]
  return {
    count: p.count,
    table: {
      head: names ? [t.sector, t.count, t.participants] : [t.sector, t.count],
      rows: p.bySector.map((g) => {
        const row = [label(g.sector), fmt.number(g.names.length)]
        return names ? [...row, g.names.join(', ')] : row
      }),
      numberColumns: [1],
    },
  }
}

/** The decisions' texts; the summary's notes that are not decisions stay plain notes. */
export function decisionsAndNotes(s: SessionSummary): { decisions: string[]; notes: string[] } {
  const decisions = (s.decisions ?? []).map((d) => d.text)
  const taken = new Set(decisions)
  return { decisions, notes: (s.notes ?? []).filter((n) => !taken.has(n)) }
}
