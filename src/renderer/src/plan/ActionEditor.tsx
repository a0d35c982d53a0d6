// Every field of an action (FORMAT.md), edited in place. Each field commits when it is left or on
// Enter; a refused value stays in its field with the reason next to it.
import { useEffect, useRef } from 'react'
import type { Action } from '../../../shared/interchange/schema.ts'
import { updateAction } from '../../../shared/model/index.ts'
import { useT } from '../i18n/I18n.tsx'
import { fieldDomId, type PlanField } from './checklist.ts'
import { planUi, usePlanUi } from './planUi.ts'
import { usePlanData } from './planContext.ts'
import { useFieldEdit } from './useFieldEdit.ts'
import { PlanTextField } from './fields/TextFields.tsx'
import { ResponsibleField, PartnersField } from './fields/PartyFields.tsx'
import { DateFields } from './fields/DateFields.tsx'
import { BudgetField } from './fields/BudgetField.tsx'
import { IndicatorsField } from './fields/IndicatorsField.tsx'
import { StatusField } from './fields/StatusField.tsx'
import { SourcesList } from './SourcesList.tsx'
import { scrollIntoSection } from './scroll.ts'

type Patch = Parameters<typeof updateAction>[2]

/** Empty text clears an optional field (absent key = not set, docs/DOCUMENT.md). */
const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text)

export function ActionEditor({ action, bodyId }: { action: Action; bodyId: string }) {
  const t = useT()
  const edit = useFieldEdit()
  const { registry } = usePlanData()
  const ref = useRef<HTMLDivElement>(null)
  const id = (field: PlanField) => fieldDomId(action.id, field)
  const set = (patch: Patch) => edit((doc) => updateAction(doc, action.id, patch))
  const context = action.title

  // A checklist entry asked for one of this action's fields: focus it once it is on screen.
  const request = usePlanUi((s) => (s.field?.actionId === action.id ? s.field : null))
  useEffect(() => {
    if (request === null) return
    planUi.doneField(request.seq)
    const el = document.getElementById(fieldDomId(action.id, request.field))
    if (el === null) return
    scrollIntoSection(el)
    el.focus({ preventScroll: true })
    // A new action's title is selected so typing replaces "New action".
    if (request.field === 'title' && el instanceof HTMLInputElement) el.select()
  }, [request, action.id])

  return (
    <div ref={ref} id={bodyId} className="action-editor">
      <div className="form-grid action-grid">
        <PlanTextField
          id={id('title')}
          label={t('field.title')}
          value={action.title}
          maxLength={300}
          className="field-wide"
          onCommit={(v) =>
            v.trim() === ''
              ? t('common.required', { field: t('field.title') })
              : set({ title: v.trim() })
          }
        />
        <StatusField
          id={id('status')}
          context={context}
          value={action.status}
          onChange={(status) => set({ status })}
        />
        <PlanTextField
          id={id('description')}
          label={t('field.description')}
          context={context}
          value={action.description}
          multiline
          className="field-span"
          onCommit={(v) => set({ description: optional(v) })}
        />
        <ResponsibleField
          id={id('responsible')}
          context={context}
          value={action.responsible}
          registry={registry}
          onChange={(responsible) => set({ responsible })}
        />
        <PartnersField
          id={id('partners')}
          context={context}
          value={action.partners}
          registry={registry}
          onChange={(partners) => set({ partners })}
        />
        <DateFields
          startId={id('start')}
          endId={id('end')}
          context={context}
          start={action.start}
          end={action.end}
          onChange={(patch) => set(patch)}
        />
        <BudgetField
          id={id('budget')}
          context={context}
          value={action.budget}
          onChange={(budget) => set({ budget })}
        />
        <PlanTextField
          id={id('funding')}
          label={t('field.funding')}
          context={context}
          value={action.funding}
          placeholder={t('field.fundingPlaceholder')}
          onCommit={(v) => set({ funding: optional(v) })}
        />
        <PlanTextField
          id={id('resources')}
          label={t('field.resources')}
          context={context}
          value={action.resources}
          placeholder={t('field.resourcesPlaceholder')}
          onCommit={(v) => set({ resources: optional(v) })}
        />
        <IndicatorsField
          id={id('outputIndicators')}
          legend={t('field.outputIndicators')}
          hint={t('field.outputHint')}
          addLabel={t('field.addOutputIndicator')}
          context={context}
          value={action.outputIndicators}
          onChange={(outputIndicators) => set({ outputIndicators })}
        />
        <IndicatorsField
          id={id('resultIndicators')}
          legend={t('field.resultIndicators')}
          hint={t('field.resultHint')}
          addLabel={t('field.addResultIndicator')}
          context={context}
          value={action.resultIndicators}
          onChange={(resultIndicators) => set({ resultIndicators })}
        />
        <PlanTextField
          id={id('risks')}
          label={t('field.risks')}
          context={context}
          value={action.risks}
          multiline
          placeholder={t('field.risksPlaceholder')}
          className="field-span"
          onCommit={(v) => set({ risks: optional(v) })}
        />
        <div className="field-span">
          <SourcesList action={action} context={context} />
        </div>
      </div>
    </div>
  )
}
