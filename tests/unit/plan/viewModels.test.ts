// The plan view's pure helpers: the projection as a document, the completeness checklist, the
// responsible/partner combobox rules (registry pick vs free text), budgets and dates.
import { describe, expect, it } from 'vitest'
import {
  addObjective,
  addStakeholder,
  exportWorkshop,
  listActions,
  listObjectives,
  updateAction,
} from '../../../src/shared/model/index.ts'
import { checkCompleteness } from '../../../src/shared/actionPlan/completeness.ts'
import { buildChecklist, fieldForMissing } from '../../../src/renderer/src/plan/checklist.ts'
import {
  foldName,
  matchParties,
  partyFromText,
  partyView,
} from '../../../src/renderer/src/plan/parties.ts'
import { budgetInput, formatBudget, parseBudget } from '../../../src/renderer/src/plan/budget.ts'
import { dateRangeProblem, formatPeriod } from '../../../src/renderer/src/plan/dates.ts'
import { planOf, riversideDoc } from './helpers.ts'

describe('planDocument', () => {
  it('gives the same boards, registry and plan as the export', () => {
    const doc = riversideDoc()
    addStakeholder(doc, { name: 'Chamber of commerce', influence: 3, interest: 3 })
    const exported = exportWorkshop(doc)
    const plan = planOf(doc)
    expect(plan.boards).toEqual(exported.boards)
    expect(plan.actionPlan.objectives).toEqual(exported.actionPlan.objectives)
    expect(plan.actionPlan.actions).toEqual(exported.actionPlan.actions)
    expect(plan.stakeholders).toEqual(exported.stakeholders)
    expect(plan.stakeholders?.map((k) => k.name)).toEqual(['Chamber of commerce'])
  })
})

describe('checklist', () => {
  const checklistOf = (doc: ReturnType<typeof riversideDoc>) => {
    const plan = planOf(doc)
    return buildChecklist(
      checkCompleteness(plan),
      plan.actionPlan.objectives,
      plan.actionPlan.actions,
    )
  }

  it('lists each incomplete action with what it lacks, in plan order, and counts every gap', () => {
    const doc = riversideDoc()
    const list = checklistOf(doc)
    const x2 = list.entries.find((e) => e.kind === 'action' && e.actionId === 'x-2')
    expect(x2).toMatchObject({ title: 'Pop-up window programme', missing: ['risks'] })
    // Actions follow their objectives' order, not the global action order.
    const objectiveOrder = listObjectives(doc).map((o) => o.id)
    const seen = list.entries.flatMap((e) =>
      e.kind === 'action' ? [objectiveOrder.indexOf(e.objectiveId)] : [],
    )
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
    const total = checkCompleteness(planOf(doc)).actions.reduce((n, a) => n + a.missing.length, 0)
    expect(list.count).toBe(total)
  })

  it('shrinks as fields are filled, and names an objective without actions', () => {
    const doc = riversideDoc()
    const before = checklistOf(doc)
    updateAction(doc, 'x-2', { risks: 'Landlords withdraw units' })
    const after = checklistOf(doc)
    expect(after.count).toBe(before.count - 1)
    expect(after.entries.some((e) => e.kind === 'action' && e.actionId === 'x-2')).toBe(false)
    const o = addObjective(doc, { title: 'Greener street' })
    const withObjective = checklistOf(doc)
    expect(withObjective.count).toBe(after.count + 1)
    expect(withObjective.entries.at(-1)).toEqual({
      kind: 'plan',
      key: `objective-${o}`,
      issue: { kind: 'objective-without-actions', objectiveId: o, title: 'Greener street' },
    })
  })

  it('points each missing item at the field that answers it', () => {
    expect(fieldForMissing('dates', {})).toBe('start')
    expect(fieldForMissing('dates', { start: '2026-01-01' })).toBe('end')
    expect(fieldForMissing('indicators', {})).toBe('outputIndicators')
    expect(fieldForMissing('responsible', {})).toBe('responsible')
  })

  it('has no entries for a complete plan', () => {
    const doc = riversideDoc()
    for (const a of listActions(doc))
      updateAction(doc, a.id, {
        responsible: a.responsible ?? 'City',
        start: a.start ?? '2026-01-01',
        end: a.end ?? '2026-12-31',
        budget: a.budget ?? 0,
        outputIndicators: a.outputIndicators ?? [{ name: 'Meetings', target: '4' }],
        risks: a.risks ?? 'None known',
      })
    expect(checklistOf(doc)).toEqual({ entries: [], count: 0 })
  })
})

describe('parties', () => {
  const registry = [
    { id: 'k-liege', name: 'Ville de Liège' },
    { id: 'k-uni', name: 'Université de Liège' },
    { id: 'k-shops', name: 'Shopkeepers' },
  ]

  it('stores the id of a stakeholder named exactly (any case, accents, spacing), else the text', () => {
    expect(partyFromText('  ville de   LIEGE ', registry)).toBe('k-liege')
    expect(partyFromText('Ville de Liège, Planning', registry)).toBe('Ville de Liège, Planning')
    expect(partyFromText('   ', registry)).toBeUndefined()
    expect(foldName('Élan  Vital')).toBe('elan vital')
  })

  it('shows a registry id as its name and free text as written', () => {
    expect(partyView('k-uni', registry)).toEqual({
      label: 'Université de Liège',
      stakeholderId: 'k-uni',
    })
    expect(partyView('Mayor office', registry)).toEqual({ label: 'Mayor office' })
  })

  it('suggests names starting with the query first, then names containing it', () => {
    expect(matchParties('liege', registry).map((k) => k.id)).toEqual(['k-liege', 'k-uni'])
    expect(matchParties('uni', registry).map((k) => k.id)).toEqual(['k-uni'])
    expect(matchParties('', registry)).toHaveLength(3)
    expect(matchParties('zzz', registry)).toEqual([])
  })
})

describe('budget', () => {
  it('reads amounts in the notation of the UI language', () => {
    expect(parseBudget('15000', 'en')).toEqual({ ok: true, value: 15000 })
    expect(parseBudget('15,000', 'en')).toEqual({ ok: true, value: 15000 })
    expect(parseBudget('€ 15,000.50', 'en')).toEqual({ ok: true, value: 15000.5 })
    expect(parseBudget('15.000', 'de')).toEqual({ ok: true, value: 15000 })
    expect(parseBudget('15.000,50 €', 'de')).toEqual({ ok: true, value: 15000.5 })
    expect(parseBudget('12,5', 'de')).toEqual({ ok: true, value: 12.5 })
    expect(parseBudget('12.5', 'de')).toEqual({ ok: true, value: 12.5 })
    expect(parseBudget('15\u202f000', 'fr')).toEqual({ ok: true, value: 15000 })
    expect(parseBudget('1.234.567,89', 'it')).toEqual({ ok: true, value: 1234567.89 })
    expect(parseBudget('0', 'en')).toEqual({ ok: true, value: 0 })
  })

  it('clears on an empty field and refuses what is not an amount', () => {
    expect(parseBudget('  ', 'en')).toEqual({ ok: true, value: undefined })
    expect(parseBudget('-5', 'en')).toEqual({ ok: false, reason: 'negative' })
    expect(parseBudget('about 5k', 'en')).toEqual({ ok: false, reason: 'not-a-number' })
    expect(parseBudget('1.2.3', 'en')).toEqual({ ok: true, value: 123 })
  })

  it('formats euros for the language and edits without grouping', () => {
    expect(formatBudget(12000, 'en')).toBe('€12,000')
    expect(formatBudget(12000.5, 'de')).toBe('12.000,50\u00a0€')
    expect(budgetInput(12000.5, 'de')).toBe('12000,5')
    expect(budgetInput(undefined, 'en')).toBe('')
  })
})

describe('dates', () => {
  it('refuses an end before the start, and nothing else', () => {
    expect(dateRangeProblem('2026-05-01', '2026-04-30')).toBe('end-before-start')
    expect(dateRangeProblem('2026-05-01', '2026-05-01')).toBeUndefined()
    expect(dateRangeProblem(undefined, '2026-04-30')).toBeUndefined()
  })

  it('writes a period in the UI language', () => {
    // Intl puts thin spaces around the dash.
    expect(formatPeriod('2026-04-01', '2026-10-31', 'en').replace(/\s/g, ' ')).toBe(
      'Apr 1 – Oct 31, 2026',
    )
    expect(formatPeriod('2026-04-01', undefined, 'en')).toBe('Apr 1, 2026')
    expect(formatPeriod(undefined, undefined, 'en')).toBe('')
  })
})
