// The completeness check as a to-do list: "Pop-up window programme: no risks". Each missing item
// is a button that opens the action and focuses the field that answers it.
import type { MissingField } from '../../../shared/actionPlan/completeness.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { useT } from '../i18n/I18n.tsx'
import { Icon } from '../components/Icon.tsx'
import { fieldForMissing, type Checklist } from './checklist.ts'
import { planUi } from './planUi.ts'
import { usePlanData } from './planContext.ts'

export function ChecklistPanel({ id, checklist }: { id: string; checklist: Checklist }) {
  const t = useT()
  const { report, doc } = usePlanData()
  const { actionsComplete, actionsTotal } = report.plan
  const missingLabel = (m: MissingField) => t(`check.missing.${m}` satisfies UiKey)
  const actionOf = (actionId: string) => doc.actionPlan.actions.find((a) => a.id === actionId) ?? {}
  return (
    <aside id={id} className="plan-check" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="check-title">
        {t('check.title')}{' '}
        <span className={checklist.count === 0 ? 'count-badge count-ok' : 'count-badge'}>
          {checklist.count}
        </span>
      </h3>
      {actionsTotal > 0 ? (
        <>
          <p className="check-summary">
            {t('check.summary', { complete: actionsComplete, total: actionsTotal })}
          </p>
          <div className="check-meter" aria-hidden="true">
            <span style={{ width: `${(actionsComplete / actionsTotal) * 100}%` }} />
          </div>
        </>
      ) : null}
      {checklist.entries.length === 0 ? (
        <p className="check-done" role="status">
          <Icon name="check" /> {t('check.allDone')}
        </p>
      ) : (
        <>
          <p className="hint">{t('check.intro')}</p>
          <ul className="check-list">
            {checklist.entries.map((e) => {
              if (e.kind === 'plan') {
                const issue = e.issue
                if (issue.kind === 'objective-without-actions')
                  return (
                    <li key={e.key}>
                      <button
                        type="button"
                        className="check-link"
                        onClick={() => planUi.jumpToObjective(issue.objectiveId, 'add')}
                      >
                        {t('check.objectiveWithoutActions', { name: issue.title })}
                      </button>
                    </li>
                  )
                return (
                  <li key={e.key}>
                    <button
                      type="button"
                      className="check-link"
                      onClick={() => document.getElementById('plan-add-objective')?.focus()}
                    >
                      {issue.kind === 'no-objectives'
                        ? t('check.noObjectives')
                        : t('check.noActions')}
                    </button>
                  </li>
                )
              }
              const action = actionOf(e.actionId)
              return (
                <li key={e.key} className="check-action">
                  <span className="check-action-title">{t('check.action', { name: e.title })}</span>{' '}
                  {e.missing.map((m, i) => (
                    <span key={m}>
                      <button
                        type="button"
                        className="check-link"
                        aria-label={t('check.jump', { name: e.title, missing: missingLabel(m) })}
                        onClick={() => planUi.jumpToField(e.actionId, fieldForMissing(m, action))}
                      >
                        {missingLabel(m)}
                      </button>
                      {i < e.missing.length - 1 ? ', ' : null}
                    </span>
                  ))}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </aside>
  )
}
