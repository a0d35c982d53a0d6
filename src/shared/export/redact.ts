// The `names: false` option: a copy of the document in which no participant can be named.
// Participants keep their id (stories still point at them) and sector (the export shows counts
// by sector) but get a pseudonym and lose organisation, role and e-mail; the facilitator field
// goes; and any participant's full name written in free text elsewhere (an action's responsible,
// a note) is replaced by the pseudonym. Matching is on whole words, ignoring case.
import type { WorkshopDocument } from '../interchange/schema.ts'
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import { fill } from '../i18n/fill.ts'

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

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function replaceDeep(value: unknown, replace: (text: string) => string): unknown {
  if (typeof value === 'string') return replace(value)
  if (Array.isArray(value)) return value.map((v) => replaceDeep(v, replace))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value))
      out[k] = REFERENCE_KEYS.has(k) ? v : replaceDeep(v, replace)
    return out
  }
  return value
}

export function withoutNames(doc: WorkshopDocument, t: ExportCatalog): WorkshopDocument {
  const pseudonyms = doc.participants.map((p, i) => ({
    name: p.name,
    alias: fill(t.participantPseudonym, { n: i + 1 }),
  }))
  // The facilitator is usually a participant too; if not, their name still must not appear.
  const facilitator = doc.workshop.facilitator?.trim()
  const names = [...pseudonyms]
  if (facilitator && !names.some((n) => n.name.trim() === facilitator))
    names.push({ name: facilitator, alias: t.facilitator })
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
  const replace = (text: string): string => {
    let out = text.normalize('NFC')
    for (const { re, alias } of patterns) out = out.replace(re, alias)
    // Keep the original (possibly NFD) text when nothing matched.
    return out === text.normalize('NFC') ? text : out
  }

  const { facilitator: _dropped, ...workshop } = doc.workshop
  const rest = replaceDeep({ ...doc, workshop, participants: [] }, replace) as WorkshopDocument
  return {
    ...rest,
    participants: doc.participants.map((p, i) => ({
      id: p.id,
      name: pseudonyms[i]?.alias ?? fill(t.participantPseudonym, { n: i + 1 }),
      ...(p.sector !== undefined && { sector: p.sector }),
    })),
  }
}
