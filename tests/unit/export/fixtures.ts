// Test documents: the shared Riverside example, the same with Greek and Cyrillic text, a hostile
// one (markup, formula injection, control characters), and what every export must contain.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import {
  validateWorkshopDocument,
  describeProblems,
} from '../../../src/shared/interchange/validate.ts'
import type { WorkshopDocument } from '../../../src/shared/interchange/schema.ts'
import { formattersFor } from '../../../src/shared/export/locale.ts'

const EXAMPLE = fileURLToPath(
  new URL('../../../resources/examples/riverside.json', import.meta.url),
)

function valid(doc: unknown): WorkshopDocument {
  const result = validateWorkshopDocument(doc)
  if (!result.ok) throw new Error(`test fixture is invalid:\n${describeProblems(result.problems)}`)
  return result.value
}

export function riverside(): WorkshopDocument {
  return valid(JSON.parse(readFileSync(EXAMPLE, 'utf8')))
}

export const GREEK_PARTICIPANT = 'Αθηνά Παπαδοπούλου'
export const CYRILLIC_STAKEHOLDER = 'Муниципалитет'
export const GREEK_ACTION = 'Χάρτης κενών καταστημάτων'

/** Riverside plus Greek and Cyrillic names, one of them responsible for a new action. */
export function multilingual(): WorkshopDocument {
  const doc = riverside()
  doc.participants.push({
    id: 'p-athina',
    name: GREEK_PARTICIPANT,
    organisation: 'Δήμος',
    sector: 'public',
  })
  const map = doc.boards.find((b) => b.kind === 'stakeholder-map')
  if (map?.kind !== 'stakeholder-map') throw new Error('no map')
  map.stakeholders.push({
    id: 'k-mun',
    name: CYRILLIC_STAKEHOLDER,
    influence: 4,
    interest: 3,
    attitude: 'neutral',
  })
  doc.actionPlan.actions.push({
    id: 'x-gr',
    objectiveId: 'o-1',
    title: GREEK_ACTION,
    responsible: 'k-mun',
    partners: [GREEK_PARTICIPANT],
    start: '2027-03-01',
    end: '2027-04-30',
    budget: 1234.5,
    outputIndicators: [{ name: 'Καταστήματα', target: '25' }],
    risks: 'Ρίσκο',
  })
  return valid(doc)
}

/** Expected content of the action plan, per kind of format. */
export function expectations(doc: WorkshopDocument) {
  const fmt = formattersFor(doc.workshop.language)
  const names = new Map<string, string>()
  for (const b of doc.boards)
    if (b.kind === 'stakeholder-map') for (const k of b.stakeholders) names.set(k.id, k.name)
  return doc.actionPlan.actions.map((a) => ({
    title: a.title,
    responsible:
      a.responsible === undefined ? undefined : (names.get(a.responsible) ?? a.responsible),
    start: a.start,
    end: a.end,
    startText: a.start === undefined ? undefined : fmt.date(a.start),
    endText: a.end === undefined ? undefined : fmt.date(a.end),
    budget: a.budget,
    budgetText: a.budget === undefined ? undefined : fmt.money(a.budget),
    indicators: [...(a.outputIndicators ?? []), ...(a.resultIndicators ?? [])].map((i) => ({
      ...i,
    })),
  }))
}

export function participantNames(doc: WorkshopDocument): string[] {
  const names = doc.participants.map((p) => p.name)
  if (doc.workshop.facilitator) names.push(doc.workshop.facilitator)
  return names
}
