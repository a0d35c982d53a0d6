// iCalendar (RFC 5545), written by hand: the `ics` package would bring yup (a second validation
// library next to zod) and random UIDs, and we need stable UIDs and exact control of folding.
//
// Events, all-day (VALUE=DATE):
// - one per dated action: start to end inclusive (DTEND is exclusive, so end + 1 day); an action
//   with only a start or only an end gets a one-day event on that date;
// - one per milestone of a future-back board, on 1 January of its year: a milestone names a year,
//   not a day, and the first day of that year is when the calendar should bring it up (the
//   action drafted from it spans that year, see draftFromItem). Milestone events are marked
//   TRANSP:TRANSPARENT so that they never show as busy time.
// UIDs are `<item id>@<workshop id>.tavolo`: stable across exports, so a calendar that imported
// the file before updates the events instead of duplicating them.
import type { WorkshopDocument } from '../interchange/schema.ts'
import { fill } from '../i18n/fill.ts'
import { parseIsoDate } from './locale.ts'
import { buildReport, describeIndicator, type Report } from './report.ts'
import { cleanText } from './text.ts'
import type { ExportOptions } from './types.ts'

const encoder = new TextEncoder()

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function icsText(value: string): string {
  return cleanText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Folds a content line to at most 75 octets per physical line (RFC 5545 §3.1), never splitting
 * a UTF-8 sequence or a surrogate pair: continuation lines start with one space.
 */
export function foldLine(line: string): string {
  // A UTF-16 code unit is at most 3 UTF-8 octets (a surrogate pair, two units, is 4).
  if (line.length * 3 <= 75 || encoder.encode(line).length <= 75) return line
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const cp = ch.codePointAt(0) ?? 0
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    // The first line holds 75 octets; continuation lines 74 plus their leading space.
    const limit = out.length === 0 ? 75 : 74
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}

const compactDate = (iso: string): string => iso.replaceAll('-', '')

function nextDay(iso: string): string {
  const date = parseIsoDate(iso)
  if (date === undefined) return iso
  return new Date(date.getTime() + 86_400_000).toISOString().slice(0, 10)
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

const uid = (itemId: string, workshopId: string): string =>
  icsText(`${itemId}@${workshopId}.tavolo`)

export function renderIcsReport(r: Report, now: Date = new Date()): string {
  const { t, fmt } = r.ctx
  const workshopId = r.doc.workshop.id
  const dtstamp = stamp(now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tavolo//Workshop export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(r.plan.title)}`,
  ]
  const event = (fields: {
    uid: string
    start: string
    end: string
    summary: string
    description: string
    categories?: string
    transparent?: boolean
  }): void => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${fields.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDate(fields.start)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(fields.end))}`,
      `SUMMARY:${icsText(fields.summary)}`,
    )
    if (fields.description !== '') lines.push(`DESCRIPTION:${icsText(fields.description)}`)
    if (fields.categories !== undefined) lines.push(`CATEGORIES:${icsText(fields.categories)}`)
    if (fields.transparent) lines.push('TRANSP:TRANSPARENT')
    lines.push('END:VEVENT')
  }

  for (const a of r.plan.actions) {
    const first = a.start ?? a.end
    const last = a.end ?? a.start
    if (first === undefined || last === undefined) continue
    const [start, end] = first <= last ? [first, last] : [last, first]
    const details: [string, string | undefined][] = [
      [t.objective, a.objectiveTitle],
      [t.description, a.description],
      [t.responsible, a.responsible],
      [t.partners, a.partners.length > 0 ? a.partners.join(', ') : undefined],
      [t.budget, a.budget === undefined ? undefined : fmt.money(a.budget)],
      [
        t.outputIndicators,
        a.outputIndicators.length > 0
          ? a.outputIndicators.map(describeIndicator).join('; ')
          : undefined,
      ],
      [
        t.resultIndicators,
        a.resultIndicators.length > 0
          ? a.resultIndicators.map(describeIndicator).join('; ')
          : undefined,
      ],
      [t.status, a.status === undefined ? undefined : t.statuses[a.status]],
    ]
    event({
      uid: uid(a.id, workshopId),
      start,
      end,
      summary: a.title,
      description: details
        .filter((d): d is [string, string] => d[1] !== undefined && d[1] !== '')
        .map(([label, value]) => `${label}: ${value}`)
        .join('\n'),
      categories: a.objectiveTitle,
    })
  }

  for (const board of r.doc.boards) {
    if (board.kind !== 'future-back') continue
    for (const m of board.milestones) {
      const day = `${String(m.year).padStart(4, '0')}-01-01`
      event({
        uid: uid(m.id, workshopId),
        start: day,
        end: day,
        summary: fill(t.milestoneEvent, { text: m.text }),
        description: fill(t.milestoneTargetYear, { year: m.year, board: board.title }),
        transparent: true,
      })
    }
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}

export function renderIcs(doc: WorkshopDocument, options: ExportOptions = {}): string {
  return renderIcsReport(buildReport(doc, options), options.now)
}
