// `responsible` and `partners` hold either a registry stakeholder's id or free text (FORMAT.md).
// The combobox lists registry stakeholders by name; picking one stores its id. Typing a name that
// is exactly a stakeholder's (ignoring case and accents) also stores the id, so the same party is
// not recorded twice under two spellings; anything else is kept as typed.
export interface Party {
  id: string
  name: string
}

/** Lower case, no accents, single spaces: "  Ville de   Liège " → "ville de liege". */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

export interface PartyView {
  /** What the field shows. */
  label: string
  /** Set when the value is a registry stakeholder's id. */
  stakeholderId?: string
}

export function partyView(value: string, registry: readonly Party[]): PartyView {
  const k = registry.find((p) => p.id === value)
  return k === undefined ? { label: value } : { label: k.name, stakeholderId: k.id }
}

/** What to store for typed text: a stakeholder id when it names one exactly, else the text; '' clears. */
export function partyFromText(text: string, registry: readonly Party[]): string | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  if (trimmed === '') return undefined
  const folded = foldName(trimmed)
  return registry.find((p) => foldName(p.name) === folded)?.id ?? trimmed
}

/** Stakeholders whose name contains the query: names starting with it first, then registry order. */
export function matchParties<T extends Party>(
  query: string,
  registry: readonly T[],
  limit = 50,
): T[] {
  const q = foldName(query)
  if (q === '') return registry.slice(0, limit)
  const starts: T[] = []
  const contains: T[] = []
  for (const p of registry) {
    const name = foldName(p.name)
    if (name.startsWith(q)) starts.push(p)
    else if (name.includes(q)) contains.push(p)
  }
  return [...starts, ...contains].slice(0, limit)
}
