// The `names: false` option: a copy of the document in which no participant can be named.
// Participants keep their id (stories still point at them) and sector (the export shows counts
// by sector) but get a pseudonym and lose organisation, role and e-mail; the facilitator field
// goes; and any participant's full name written in free text elsewhere (an action's responsible,
// a note) is replaced by the pseudonym. Matching is on whole words, ignoring case.
// A session summary handed in by the caller is read from the live session, not from this copy,
// so it gets the same treatment (`summaryWithoutNames`).
import type { WorkshopDocument } from '../interchange/schema.ts'
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import { fill } from '../i18n/fill.ts'
import type { SessionSummary } from './summary.ts'

// Keys whose values are ids or fixed vocabulary, never free text: left untouched so that
// references keep resolving.
const REFERENCE_KEYS = new Set([
  'id',
  'format',
  'kind',
  'boardId',
  'itemId',
  'objectiveId',
  'authorId',
  'stakeholderId',
  'actorIds',
  'from',
  'to',
  'sector',
  'group',
  'attitude',
  'priority',
  'status',
  'date',
  'start',
  'end',
  'language',
])

// The summary's own references and vocabulary (a step id, where the participant list came from).
const SUMMARY_REFERENCE_KEYS = new Set([...REFERENCE_KEYS, 'stepId', 'source'])

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function replaceDeep(
  value: unknown,
  replace: (text: string) => string,
  keep: ReadonlySet<string> = REFERENCE_KEYS,
): unknown {
  if (typeof value === 'string') return replace(value)
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, replace, keep))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value))
      out[k] = keep.has(k) ? v : replaceDeep(v, replace, keep)
    return out
  }
  return value
}

interface Alias {
  name: string
  alias: string
}

/** Every participant's pseudonym ("Participant 3", by list position) and the facilitator's. */
function aliasesOf(doc: WorkshopDocument, t: ExportCatalog): Alias[] {
  const names = doc.participants.map((p, i) => ({
    name: p.name,
    alias: fill(t.participantPseudonym, { n: i + 1 }),
  }))
  // The facilitator is usually a participant too; if not, their name still must not appear.
  const facilitator = doc.workshop.facilitator?.trim()
  if (facilitator && !names.some((n) => n.name.trim() === facilitator))
    names.push({ name: facilitator, alias: t.facilitator })
  return names
}

/** Replaces every name of `names` in a text by its alias. */
function replacer(names: readonly Alias[]): (text: string) => string {
  // Longest first, so that "Ana Lūcija Bērziņa" is replaced before a shorter "Ana Lūcija".
  const patterns = names
    .filter((n) => n.name.trim() !== '')
    .sort((a, b) => b.name.length - a.name.length)
    .map((n) => ({
      re: new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(n.name.trim().normalize('NFC'))}(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      alias: n.alias,
    }))
  return (text: string): string => {
    let out = text.normalize('NFC')
    for (const { re, alias } of patterns) out = out.replace(re, alias)
    // Keep the original (possibly NFD) text when nothing matched.
    return out === text.normalize('NFC') ? text : out
  }
}

export function withoutNames(doc: WorkshopDocument, t: ExportCatalog): WorkshopDocument {
  const replace = replacer(aliasesOf(doc, t))
  const { facilitator: _dropped, ...workshop } = doc.workshop
  const rest = replaceDeep({ ...doc, workshop, participants: [] }, replace) as WorkshopDocument
  return {
    ...rest,
    participants: doc.participants.map((p, i) => ({
      id: p.id,
      name: fill(t.participantPseudonym, { n: i + 1 }),
      ...(p.sector !== undefined && { sector: p.sector }),
    })),
  }
}

/**
 * `summary` with the names of `doc`'s participants and facilitator replaced as in `withoutNames`
 * (same pseudonyms), wherever they appear: who took part, decisions, step titles, voted items.
 * People who took part under a name typed at the door are not on the participant list; they get
 * pseudonyms numbered after it.
 */
export function summaryWithoutNames(
  summary: SessionSummary,
  doc: WorkshopDocument,
  t: ExportCatalog,
): SessionSummary {
  const names = aliasesOf(doc, t)
  const known = new Set(names.map((n) => n.name.trim().normalize('NFC')))
  let next = doc.participants.length
  for (const group of summary.participants?.bySector ?? [])
    for (const name of group.names) {
      const key = name.trim().normalize('NFC')
      if (key === '' || known.has(key)) continue
      known.add(key)
      next += 1
      names.push({ name: key, alias: fill(t.participantPseudonym, { n: next }) })
    }
  return replaceDeep(summary, replacer(names), SUMMARY_REFERENCE_KEYS) as SessionSummary
}
