// Action dates: ISO YYYY-MM-DD strings (what <input type="date"> gives), end on or after start.

/** The problem with a pair of dates, if any. ISO strings compare in date order. */
export function dateRangeProblem(
  start: string | undefined,
  end: string | undefined,
): 'end-before-start' | undefined {
  if (start === undefined || end === undefined || start === '' || end === '') return undefined
  return end < start ? 'end-before-start' : undefined
}

/** A date for people: "1 Apr 2026" in the UI language. Noon UTC so no time zone shifts the day. */
export function formatDate(iso: string, lang: string): string {
  const date = new Date(`${iso}T12:00:00Z`)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}

export function formatPeriod(
  start: string | undefined,
  end: string | undefined,
  lang: string,
): string {
  if (start === undefined && end === undefined) return ''
  if (start !== undefined && end !== undefined) {
    const from = new Date(`${start}T12:00:00Z`)
    const to = new Date(`${end}T12:00:00Z`)
    if (!Number.isNaN(from.getTime()) && !Number.isNaN(to.getTime()))
      return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).formatRange(
        from,
        to,
      )
  }
  return formatDate(start ?? end ?? '', lang)
}
