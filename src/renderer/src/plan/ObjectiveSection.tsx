// One objective: its number, title and description (edited in place), its actions in order, and
// buttons to add an action, move the objective, or delete it. Deleting an objective that still has
// actions offers to delete them with it, or to cancel.
import { memo, useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import type { Action, Objective } from '../../../shared/interchange/schema.ts'
import {
  addAction,
  moveObjective,
  removeObjective,
  updateObjective,
} from '../../../shared/model/index.ts'
import { useEdit } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { announce } from '../app/announce.ts'
import { Icon } from '../components/Icon.tsx'
import { MenuButton } from '../components/Menu.tsx'
import { ConfirmDialog, Dialog } from '../components/Dialog.tsx'
import { ActionCard } from './ActionCard.tsx'
import { PlanTextField } from './fields/TextFields.tsx'
import { planUi, usePlanUi } from './planUi.ts'
import { useFieldEdit } from './useFieldEdit.ts'
import { scrollIntoSection } from './scroll.ts'

interface Props {
  objective: Objective
  index: number
  count: number
  actions: readonly Action[]
  objectives: readonly Objective[]
}

export const objectiveTitleId = (id: string) => `objective-${id}-title`
export const objectiveAddId = (id: string) => `objective-${id}-add`

export const ObjectiveSection = memo(function ObjectiveSection({
  objective: o,
  index,
  count,
  actions,
  objectives,
}: Props) {
  const t = useT()
  const edit = useEdit()
  const fieldEdit = useFieldEdit()
  const number = index + 1
  const [deleting, setDeleting] = useState(false)
  const upRef = useRef<HTMLButtonElement>(null)
  const downRef = useRef<HTMLButtonElement>(null)
  const refocus = useRef<'up' | 'down' | null>(null)
  useLayoutEffect(() => {
    const which = refocus.current
    if (which === null) return
    refocus.current = null
    const first = which === 'up' ? upRef.current : downRef.current
    const other = which === 'up' ? downRef.current : upRef.current
    ;(first !== null && !first.disabled ? first : other)?.focus()
  }, [index])

  const request = usePlanUi((s) =>
    s.objectiveFocus?.objectiveId === o.id ? s.objectiveFocus : null,
  )
  useEffect(() => {
    if (request === null) return
    planUi.doneObjective(request.seq)
    const el = document.getElementById(
      request.target === 'title' ? objectiveTitleId(o.id) : objectiveAddId(o.id),
    )
    if (el === null) return
    scrollIntoSection(el)
    el.focus({ preventScroll: true })
    if (el instanceof HTMLInputElement) el.select()
  }, [request, o.id])

  const move = (delta: -1 | 1) => {
    refocus.current = delta === -1 ? 'up' : 'down'
    edit((doc) => moveObjective(doc, o.id, index + delta))
    announce(t('plan.moved', { position: index + delta + 1, count }))
  }
  const add = () => {
    const id = edit((doc) =>
      addAction(doc, { objectiveId: o.id, title: t('plan.newAction'), status: 'planned' }),
    )
    if (id !== undefined) planUi.jumpToField(id, 'title')
  }
  const focusAdd = () =>
    window.requestAnimationFrame(() => document.getElementById(objectiveAddId(o.id))?.focus())
  const remove = (cascade: boolean) => {
    edit((doc) => removeObjective(doc, o.id, { cascade }))
    // Focus goes to the neighbouring objective's title, or the "Add objective" button.
    const next = objectives[index + 1] ?? objectives[index - 1]
    window.requestAnimationFrame(() =>
      document
        .getElementById(next === undefined ? 'plan-add-objective' : objectiveTitleId(next.id))
        ?.focus(),
    )
  }

  return (
    <section
      className="objective-card"
      aria-label={`${t('plan.objective', { number })}: ${o.title}`}
    >
      <header className="objective-head">
        <h3 className="objective-number">
          {t('plan.objective', { number })}
          <span className="sr-only">: {o.title}</span>
        </h3>
        <div className="objective-tools">
          <button
            type="button"
            id={objectiveAddId(o.id)}
            className="button button-small"
            onClick={add}
          >
            <Icon name="plus" size={14} /> {t('plan.addAction')}
          </button>
          <button
            ref={upRef}
            type="button"
            className="icon-button"
            aria-label={t('plan.moveObjectiveUp', { name: o.title })}
            disabled={index === 0}
            onClick={() => move(-1)}
          >
            <Icon name="up" />
          </button>
          <button
            ref={downRef}
            type="button"
            className="icon-button"
            aria-label={t('plan.moveObjectiveDown', { name: o.title })}
            disabled={index === count - 1}
            onClick={() => move(1)}
          >
            <Icon name="down" />
          </button>
          <MenuButton
            label={t('common.more', { name: o.title })}
            items={[
              { label: t('plan.deleteObjective'), danger: true, onSelect: () => setDeleting(true) },
            ]}
          >
            <Icon name="dots" />
          </MenuButton>
        </div>
      </header>
      <PlanTextField
        id={objectiveTitleId(o.id)}
        label={t('plan.objectiveTitle', { number })}
        hideLabel
        value={o.title}
        maxLength={300}
        className="objective-title-field"
        inputClassName="objective-title-input"
        onCommit={(v) =>
          v.trim() === ''
            ? t('common.required', { field: t('field.title') })
            : fieldEdit((doc) => updateObjective(doc, o.id, { title: v.trim() }))
        }
      />
      <PlanTextField
        id={`objective-${o.id}-description`}
        label={t('plan.objectiveDescription', { number })}
        hideLabel
        multiline
        rows={1}
        value={o.description}
        placeholder={t('plan.objectiveDescriptionPlaceholder')}
        className="objective-description-field"
        inputClassName="objective-description-input"
        onCommit={(v) =>
          fieldEdit((doc) =>
            updateObjective(doc, o.id, { description: v.trim() === '' ? undefined : v }),
          )
        }
      />
      {actions.length === 0 ? (
        <p className="empty objective-empty">{t('plan.noActions')}</p>
      ) : (
        <ol className="action-list" aria-label={t('plan.actionsFor', { name: o.title })}>
          {actions.map((a, i) => (
            <ActionCard
              key={a.id}
              action={a}
              number={`${number}.${i + 1}`}
              index={i}
              count={actions.length}
              objectives={objectives}
              onRemoved={focusAdd}
            />
          ))}
        </ol>
      )}
      {deleting && actions.length === 0 ? (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: o.title })}
          body={t('plan.deleteObjectiveBody')}
          confirmLabel={t('plan.deleteObjective')}
          onConfirm={() => remove(false)}
          onClose={() => setDeleting(false)}
        />
      ) : null}
      {deleting && actions.length > 0 ? (
        <DeleteWithActions
          title={o.title}
          count={actions.length}
          onCascade={() => remove(true)}
          onClose={() => setDeleting(false)}
        />
      ) : null}
    </section>
  )
})

function DeleteWithActions({
  title,
  count,
  onCascade,
  onClose,
}: {
  title: string
  count: number
  onCascade: () => void
  onClose: () => void
}) {
  const t = useT()
  const bodyId = useId()
  return (
    <Dialog
      title={t('confirm.deleteTitle', { name: title })}
      onClose={onClose}
      describedBy={bodyId}
      role="alertdialog"
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              onCascade()
              onClose()
            }}
          >
            {t('plan.deleteWithActions')}
          </button>
        </>
      }
    >
      <p id={bodyId}>{t('plan.deleteObjectiveWithActions', { count })}</p>
    </Dialog>
  )
}
