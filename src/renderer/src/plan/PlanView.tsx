// The action plan: objectives with their actions (every field editable), the timeline, and the
// completeness checklist beside them. Actions come from the boards by promotion ("Add to action
// plan…" on a card, or P) or are added here.
import { useMemo } from 'react'
import type { Action } from '../../../shared/interchange/schema.ts'
import {
  addObjective,
  getActionPlanTitle,
  setActionPlanTitle,
} from '../../../shared/model/index.ts'
import { useEdit, useOpenWorkshop, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { Icon } from '../components/Icon.tsx'
import { buildChecklist } from './checklist.ts'
import { ChecklistPanel } from './ChecklistPanel.tsx'
import { PlanTextField } from './fields/TextFields.tsx'
import { ObjectiveSection } from './ObjectiveSection.tsx'
import { PlanContext, useBuildPlanData } from './planContext.ts'
import { planUi, usePlanUi } from './planUi.ts'
import { TimelineView } from './TimelineView.tsx'
import { useFieldEdit } from './useFieldEdit.ts'
import './plan.css'

const EMPTY: Action[] = []

export function PlanView() {
  const t = useT()
  const edit = useEdit()
  const data = useBuildPlanData()
  const view = usePlanUi((s) => s.view)
  const checklistOpen = usePlanUi((s) => s.checklistOpen)
  const { objectives, actions } = data.doc.actionPlan
  const checklist = useMemo(
    () => buildChecklist(data.report, objectives, actions),
    [data.report, objectives, actions],
  )
  const byObjective = useMemo(() => {
    const map = new Map<string, Action[]>()
    for (const a of actions) {
      let list = map.get(a.objectiveId)
      if (list === undefined) map.set(a.objectiveId, (list = []))
      list.push(a)
    }
    return map
  }, [actions])

  const addNewObjective = () => {
    const id = edit((doc) => addObjective(doc, { title: t('plan.newObjective') }))
    if (id !== undefined) planUi.jumpToObjective(id, 'title')
  }

  return (
    <PlanContext.Provider value={data}>
      <section className="plan" aria-labelledby="plan-title">
        <header className="plan-header">
          <div className="plan-heading">
            <h2 id="plan-title" className="panel-title">
              {t('actions.title')}
            </h2>
            <span className="muted">
              {t('plan.subtitle', {
                objectives: t('plan.objectives', { count: objectives.length }),
                actions: t('actions.count', { count: actions.length }),
              })}
            </span>
          </div>
          <PlanTitleField />
          <div className="plan-toolbar">
            <div className="segmented" role="group" aria-label={t('plan.view')}>
              <button
                type="button"
                aria-pressed={view === 'plan'}
                onClick={() => planUi.setView('plan')}
              >
                <Icon name="list" /> {t('plan.viewPlan')}
              </button>
              <button
                type="button"
                aria-pressed={view === 'timeline'}
                onClick={() => planUi.setView('timeline')}
              >
                <Icon name="calendar" /> {t('plan.viewTimeline')}
              </button>
            </div>
            <button
              type="button"
              className="button"
              aria-expanded={checklistOpen}
              aria-controls="plan-checklist"
              onClick={() => planUi.toggleChecklist()}
            >
              <Icon name="check" /> {t('plan.checklist')}{' '}
              <span className={checklist.count === 0 ? 'count-badge count-ok' : 'count-badge'}>
                {checklist.count}
              </span>
            </button>
            {view === 'plan' && actions.length > 0 ? (
              <>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => planUi.expandAll(actions.map((a) => a.id))}
                >
                  {t('plan.expandAll')}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => planUi.collapseAll()}
                >
                  {t('plan.collapseAll')}
                </button>
              </>
            ) : null}
            <span className="toolbar-spacer" />
            <button
              type="button"
              id="plan-add-objective"
              className="button button-primary"
              onClick={addNewObjective}
            >
              <Icon name="plus" /> {t('plan.addObjective')}
            </button>
          </div>
        </header>
        <div className={checklistOpen ? 'plan-layout with-check' : 'plan-layout'}>
          <div className="plan-main">
            {view === 'timeline' ? (
              <TimelineView />
            ) : objectives.length === 0 ? (
              <p className="empty plan-empty">{t('plan.empty')}</p>
            ) : (
              objectives.map((o, i) => (
                <ObjectiveSection
                  key={o.id}
                  objective={o}
                  index={i}
                  count={objectives.length}
                  actions={byObjective.get(o.id) ?? EMPTY}
                  objectives={objectives}
                />
              ))
            )}
            <p id="plan-keys-hint" className="hint plan-hint">
              {t('plan.keysHint')} {t('promote.hint')}
            </p>
          </div>
          {checklistOpen ? <ChecklistPanel id="plan-checklist" checklist={checklist} /> : null}
        </div>
      </section>
    </PlanContext.Provider>
  )
}

/** The plan's own title (optional), shown on exports above the objectives. */
function PlanTitleField() {
  const t = useT()
  const { doc } = useOpenWorkshop()
  const fieldEdit = useFieldEdit()
  // The title is not in the projection: re-read it whenever the document changes.
  useWorkshop((s) => s.revision)
  const title = getActionPlanTitle(doc)
  return (
    <PlanTextField
      id="plan-title-field"
      label={t('plan.planTitle')}
      hideLabel
      value={title}
      placeholder={t('plan.planTitlePlaceholder')}
      maxLength={300}
      className="plan-title-field"
      inputClassName="plan-title-input"
      onCommit={(v) =>
        fieldEdit((d) => setActionPlanTitle(d, v.trim() === '' ? undefined : v.trim()))
      }
    />
  )
}
