// Message formatting for the UI: `{name}` placeholders, plurals chosen with Intl.PluralRules on
// the `count` variable, and `formatParts` for messages whose variables are rich (a React element
// for the role of a story, say) so that user text is never pasted into markup.
export type PluralMessage = { readonly one?: string; readonly other: string } & {
  readonly [category: string]: string | undefined
}
export type Message = string | PluralMessage
export type Vars = Readonly<Record<string, string | number>>

const PLACEHOLDER = /\{(\w+)\}/g

function pick(message: Message, lang: string, vars: Vars | undefined): string {
  if (typeof message === 'string') return message
  const count = vars?.count
  if (typeof count !== 'number') return message.other
  if (count === 0 && message.zero !== undefined) return message.zero
  const category = pluralRules(lang).select(count)
  return message[category] ?? message.other
}

// Building an Intl formatter costs far more than using one (a grid of 300 chips formats 600
// numbers while it mounts), so each language's formatters are made once and kept.
const pluralCache = new Map<string, Intl.PluralRules>()
const numberCache = new Map<string, Intl.NumberFormat>()

function pluralRules(lang: string): Intl.PluralRules {
  let rules = pluralCache.get(lang)
  if (rules === undefined) {
    rules = new Intl.PluralRules(lang)
    pluralCache.set(lang, rules)
  }
  return rules
}

function numberFormat(lang: string): Intl.NumberFormat {
  let format = numberCache.get(lang)
  if (format === undefined) {
    format = new Intl.NumberFormat(lang)
    numberCache.set(lang, format)
  }
  return format
}

function formatValue(value: string | number, lang: string): string {
  return typeof value === 'number' ? numberFormat(lang).format(value) : value
}

export function formatMessage(message: Message, lang: string, vars?: Vars): string {
  return pick(message, lang, vars).replace(PLACEHOLDER, (whole, name: string) => {
    const value = vars?.[name]
    return value === undefined ? whole : formatValue(value, lang)
  })
}

/** Splits a message around its placeholders, putting each variable's value (any type) in place. */
export function formatParts<T>(
  message: Message,
  lang: string,
  vars: Readonly<Record<string, T>>,
): (string | T)[] {
  const template = pick(message, lang, undefined)
  const parts: (string | T)[] = []
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index
    if (index > last) parts.push(template.slice(last, index))
    const value = vars[match[1] ?? '']
    parts.push(value !== undefined ? value : match[0])
    last = index + match[0].length
  }
  if (last < template.length) parts.push(template.slice(last))
  return parts
}
