// Dates and money in the workshop's language, through Intl. Dates are calendar dates
// (YYYY-MM-DD) and are formatted in UTC so that no time zone can shift them by a day.
export interface Formatters {
  locale: string
  /** A calendar date, e.g. "1 Apr 2026"; text that is not a date comes back unchanged. */
  date(iso: string): string
  /** Euros, e.g. "€12,000". */
  money(amount: number): string
  number(value: number): string
}

/** A BCP 47 tag Intl supports, else English. */
export function resolveLocale(tag: string | undefined): string {
  if (tag === undefined || tag.trim() === '') return 'en'
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim())
    if (canonical !== undefined && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0)
      return canonical
  } catch {
    // An invalid tag is not worth failing an export for.
  }
  return 'en'
}

export function parseIsoDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (m === null) return undefined
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return Number.isNaN(date.getTime()) ? undefined : date
}

export function formattersFor(tag: string | undefined): Formatters {
  const locale = resolveLocale(tag)
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  // Whole euros without cents ("€12,000"), otherwise always two decimals ("€1,234.50").
  const wholeEuros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  })
  const euros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  })
  const numberFormat = new Intl.NumberFormat(locale)
  return {
    locale,
    date: (iso) => {
      const date = parseIsoDate(iso)
      return date === undefined ? iso : dateFormat.format(date)
    },
    money: (amount) => (Number.isInteger(amount) ? wholeEuros : euros).format(amount),
    number: (value) => numberFormat.format(value),
  }
}
