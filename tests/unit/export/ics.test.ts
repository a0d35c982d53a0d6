import { describe, expect, it } from 'vitest'
import { foldLine, icsText as escapeText, renderIcs } from '../../../src/shared/export/ics.ts'
import { icsEvents, icsProperties } from './readBack.ts'
import { GREEK_ACTION, multilingual, riverside } from './fixtures.ts'

const NOW = new Date('2026-03-19T10:00:00Z')
const octets = (s: string): number => new TextEncoder().encode(s).length

describe('ICS export', () => {
  it('has one all-day event per dated action and one per milestone', () => {
    const doc = multilingual()
    const ics = renderIcs(doc, { now: NOW })
    const events = icsEvents(ics)
    const dated = doc.actionPlan.actions.filter((a) => a.start !== undefined || a.end !== undefined)
    const milestones = doc.boards.flatMap((b) => (b.kind === 'future-back' ? b.milestones : []))
    expect(events).toHaveLength(dated.length + milestones.length)

    const x1 = events.find((e) => e.get('UID') === 'x-1@w-riverside-2026-03.tavolo')
    expect(x1?.get('SUMMARY')).toBe('Open vacancy register')
    expect(x1?.get('DTSTART')).toBe('20260401')
    // DTEND of an all-day event is exclusive: the day after 31 October.
    expect(x1?.get('DTEND')).toBe('20261101')
    expect(x1?.get('DTSTAMP')).toBe('20260319T100000Z')
    expect(x1?.get('DESCRIPTION')).toContain('Responsible: City of Riverside')
    expect(x1?.get('DESCRIPTION')).toContain('Budget: €12,000')
    expect(x1?.get('DESCRIPTION')).toContain('Result indicators: Vacancy rate: < 10 % by end 2027')

    const m2 = events.find((e) => e.get('UID') === 'm-2@w-riverside-2026-03.tavolo')
    expect(m2?.get('SUMMARY')).toBe('Milestone: Open vacancy register used by all landlords')
    expect(m2?.get('DTSTART')).toBe('20290101')
    expect(m2?.get('DTEND')).toBe('20290102')
    expect(m2?.get('TRANSP')).toBe('TRANSPARENT')

    expect(events.some((e) => e.get('SUMMARY') === GREEK_ACTION)).toBe(true)
    const props = icsProperties(ics)
    expect(props.filter((p) => p.name === 'DTSTART').every((p) => p.params.VALUE === 'DATE')).toBe(
      true,
    )
  })

  it('gives stable UIDs: the same plan exported twice has the same events', () => {
    const a = renderIcs(riverside(), { now: NOW })
    const b = renderIcs(riverside(), { now: NOW })
    expect(a).toBe(b)
    const uids = icsEvents(a).map((e) => e.get('UID'))
    expect(new Set(uids).size).toBe(uids.length)
  })

  it('gives an action with only one date a one-day event, and skips undated actions', () => {
    const doc = riverside()
    const [x1, x2, x3] = doc.actionPlan.actions
    if (!x1 || !x2 || !x3) throw new Error('fixture')
    delete x1.end
    delete x2.start
    delete x3.start
    delete x3.end
    const events = icsEvents(renderIcs(doc, { now: NOW }))
    const byUid = (id: string) => events.find((e) => e.get('UID')?.startsWith(`${id}@`))
    expect(byUid('x-1')?.get('DTSTART')).toBe('20260401')
    expect(byUid('x-1')?.get('DTEND')).toBe('20260402')
    expect(byUid('x-2')?.get('DTSTART')).toBe('20270531')
    expect(byUid('x-3')).toBeUndefined()
  })

  it('escapes commas, semicolons, backslashes and newlines, and folds long lines at 75 octets', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const doc = riverside()
    const x1 = doc.actionPlan.actions[0]
    if (!x1) throw new Error('fixture')
    const title =
      'Κοινός χώρος, για όλους; Общественное пространство\nдля всех — ' + 'ŻÓŁĆ '.repeat(30)
    x1.title = title
    const ics = renderIcs(doc, { now: NOW })
    expect(ics.includes('\n') && !/[^\r]\n/.test(ics)).toBe(true)
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    // Folding never cuts a multi-byte character: every physical line is valid UTF-8 on its own.
    for (const line of ics.split('\r\n'))
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(
        line,
      )
    const event = icsEvents(ics).find((e) => e.get('UID')?.startsWith('x-1@'))
    expect(event?.get('SUMMARY')).toBe(title)
  })

  it('folds exactly: continuation lines start with one space and unfold to the original', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(2)
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true)
    expect(parts.every((p) => octets(p) <= 75)).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    expect(foldLine('SHORT:x')).toBe('SHORT:x')
    // An emoji (4 octets, a surrogate pair in JS) is never split.
    const emoji = foldLine(`X:${'🙂'.repeat(40)}`)
    expect(emoji.replace(/\r\n /g, '')).toBe(`X:${'🙂'.repeat(40)}`)
    for (const p of emoji.split('\r\n')) expect(p).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
  })
})
