// Budgets are euros (FORMAT.md). Shown formatted for the UI language ("€12,000", "12.000 €");
// typed as a plain number in that language's notation ("12000", "12 000", "12.000,50" in German).

const SPACES = /[\s\u00a0\u202f']/g

function decimalOf(lang: string): string {
  return (
    new Intl.NumberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
  )
}

export function formatBudget(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
  }).format(value)
}

/** The value as it is edited: digits in the language's notation, no currency, no grouping. */
export function budgetInput(value: number | undefined, lang: string): string {
  if (value === undefined) return ''
  return new Intl.NumberFormat(lang, { useGrouping: false, maximumFractionDigits: 2 }).format(value)
}

export type BudgetParse =
  { ok: true; value: number | undefined } | { ok: false; reason: 'not-a-number' | 'negative' }

/**
 * Reads what was typed. An empty field clears the budget (not the same as 0, which is an answer:
 * "no cost"). With both "." and "," the last one is the decimal mark; a mark that repeats groups
 * thousands; a single mark is the decimal mark when it is the language's, or when it is not
 * followed by exactly three digits ("15.000" is 15 in English, 15000 in German; "12,5" is 12.5).
 */
export function parseBudget(text: string, lang: string): BudgetParse {
  const s = text.replace(SPACES, '').replace(/€|eur(os?)?/gi, '')
  if (s === '') return { ok: true, value: undefined }
  if (s.startsWith('-')) return { ok: false, reason: 'negative' }
  const dots = s.split('.').length - 1
  const commas = s.split(',').length - 1
  let decimalMark: string | undefined
  if (dots > 0 && commas > 0) decimalMark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ','
  else if (dots + commas === 1) {
    const mark = dots === 1 ? '.' : ','
    const after = s.slice(s.indexOf(mark) + 1)
    decimalMark = mark === decimalOf(lang) || !/^\d{3}$/.test(after) ? mark : undefined
  }
  const last = decimalMark === undefined ? -1 : s.lastIndexOf(decimalMark)
  const plain = s.replace(/[.,]/g, (_m, offset: number) => (offset === last ? '.' : ''))
  if (!/^\d+(\.\d+)?$/.test(plain)) return { ok: false, reason: 'not-a-number' }
  return { ok: true, value: Number(plain) }
}
