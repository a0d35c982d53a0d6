// One action in the plan: a summary line (number, title, who, when, how much, status, what is
// missing) that opens the full editor. Alt+Up/Down on the title moves it within its objective,
// Delete asks to remove it; the same is in its buttons and menu.
import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Action, Objective } from '../../../shared/interchange/schema.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { moveAction, removeAction } from '../../../shared/model/index.ts'
import { useEdit } from '../doc/context.tsx'
import { useI18n } from '../i18n/I18n.tsx'
import { ui } from '../app/uiStore.ts'
import { announce } from '../app/announce.ts'
import { Icon } from '../components/Icon.tsx'
import { MenuButton } from '../components/Menu.tsx'
import { ConfirmDialog } from '../components/Dialog.tsx'
import { useReveal } from '../components/useReveal.ts'
import { ActionEditor } from './ActionEditor.tsx'
import { formatBudget } from './budget.ts'
import { formatPeriod } from './dates.ts'
import { partyView } from './parties.ts'
import { planUi, usePlanUi } from './planUi.ts'
import { usePlanData } from './planContext.ts'

interface Props {
  action: Action
  /** "1.2": objective number and position. */
  number: string
  index: number
  count: number
  objectives: readonly Objective[]
  /** Focus target after this action is removed. */
  onRemoved: () => void
}

export const ActionCard = memo(function ActionCard({
  action,
  number,
  index,
  count,
  objectives,
  onRemoved,
}: Props) {
  const { t, lang } = useI18n()
  const edit = useEdit()
  const { registry, report } = usePlanData()
  const expanded = usePlanUi((s) => s.expanded[action.id] === true)
  const ref = useRef<HTMLLIElement>(null)
  const flash = useReveal(action.id, ref)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const [deleting, setDeleting] = useState(false)
  const missing = report.actions.find((a) => a.actionId === action.id)?.missing ?? []
  const bodyId = `action-body-${action.id}`

  // Moving re-inserts this card's DOM node, which drops focus: put it back where it was.
  const refocus = useRef<'toggle' | 'up' | 'down' | null>(null)
  const upRef = useRef<HTMLButtonElement>(null)
  const downRef = useRef<HTMLButtonElement>(null)
  useLayoutEffect(() => {
    const which = refocus.current
    if (which === null) return
    refocus.current = null
    const preferred =
      which === 'up' ? upRef.current : which === 'down' ? downRef.current : toggleRef.current
    const target = preferred !== null && !preferred.disabled ? preferred : toggleRef.current
    target?.focus()
  }, [index])

  const move = (delta: -1 | 1, from: 'toggle' | 'up' | 'down') => {
    const to = index + delta
    if (to < 0 || to >= count) return
    refocus.current = from
    edit((doc) => moveAction(doc, action.id, { index: to }))
    announce(t('plan.moved', { position: to + 1, count }))
  }
  const moveTo = (o: Objective) => {
    edit((doc) => moveAction(doc, action.id, { objectiveId: o.id }))
    ui.focusQuietly(action.id)
    announce(t('plan.movedTo', { name: o.title }))
  }
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault()
      move(e.key === 'ArrowUp' ? -1 : 1, 'toggle')
    } else if (e.key === 'Delete') {
      e.preventDefault()
      setDeleting(true)
    }
  }

  const responsible =
    action.responsible === undefined ? undefined : partyView(action.responsible, registry).label
  const period = formatPeriod(action.start, action.end, lang)
  return (
    <li
      ref={ref}
      className={`action-card${expanded ? ' open' : ''}${flash ? ' flash' : ''}`}
      data-action-id={action.id}
    >
      <div className="action-summary">
        <button
          ref={toggleRef}
          type="button"
          className="action-toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? bodyId : undefined}
          aria-describedby="plan-keys-hint"
          data-focus=""
          onClick={() => planUi.setExpanded(action.id, !expanded)}
          onKeyDown={onKeyDown}
        >
          <Icon name={expanded ? 'down' : 'right'} size={14} className="action-chevron" />
          <span className="action-number">{number}</span>
          <span className="action-title">{action.title}</span>
        </button>
        <span className="action-meta">
          <span className={responsible === undefined ? 'meta-item meta-missing' : 'meta-item'}>
            <Icon name="users" size={13} /> {responsible ?? t('plan.noResponsible')}
          </span>
          <span className={period === '' ? 'meta-item meta-missing' : 'meta-item'}>
            <Icon name="calendar" size={13} /> {period === '' ? t('plan.noDates') : period}
          </span>
          {action.budget === undefined ? null : (
            <span className="meta-item meta-budget">{formatBudget(action.budget, lang)}</span>
          )}
        </span>
        <span className="action-badges">
          {action.status === undefined ? null : (
            <span className={`badge status-${action.status}`}>
              {t(`actionStatus.${action.status}` satisfies UiKey)}
            </span>
          )}
          {missing.length === 0 ? (
            <span className="badge badge-ok">
              <Icon name="check" size={12} /> {t('plan.complete')}
            </span>
          ) : (
            <span className="badge badge-warn">{t('plan.toFill', { count: missing.length })}</span>
          )}
        </span>
        <div className="row-actions">
          <button
            ref={upRef}
            type="button"
            className="icon-button"
            aria-label={t('plan.moveActionUp', { name: action.title })}
            disabled={index === 0}
            onClick={() => move(-1, 'up')}
          >
            <Icon name="up" />
          </button>
          <button
            ref={downRef}
            type="button"
            className="icon-button"
            aria-label={t('plan.moveActionDown', { name: action.title })}
            disabled={index === count - 1}
            onClick={() => move(1, 'down')}
          >
            <Icon name="down" />
          </button>
          <MenuButton
            label={t('common.more', { name: action.title })}
            items={[
              ...objectives
                .filter((o) => o.id !== action.objectiveId)
                .map((o) => ({
                  label: t('plan.moveToObjective', { name: o.title }),
                  onSelect: () => moveTo(o),
                })),
              { label: t('plan.deleteAction'), danger: true, onSelect: () => setDeleting(true) },
            ]}
          >
            <Icon name="dots" />
          </MenuButton>
        </div>
      </div>
      {expanded ? <ActionEditor action={action} bodyId={bodyId} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: action.title })}
          body={t('confirm.deleteBody')}
          confirmLabel={t('plan.deleteAction')}
          onConfirm={() => {
            edit((doc) => removeAction(doc, action.id))
            onRemoved()
          }}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </li>
  )
})
