// "Add to action plan": a board item becomes an action (under an objective chosen here, or a new
// one) or an objective. The dialog starts on what the item naturally becomes and on the objective
// used last, so promoting a series of cards is Enter, Enter, Enter.
import { useId, useMemo, useState } from 'react'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { ModelError } from '../../../shared/model/errors.ts'
import { useOpenWorkshop, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { notify } from '../app/notices.ts'
import { Dialog } from '../components/Dialog.tsx'
import { partyView } from './parties.ts'
import { initialObjective, promote, type PromoteAs, type PromotionPreview } from './promote.ts'
import { rememberObjective, rememberedObjective } from './promoteStore.ts'
import './promote.css'

export function PromoteDialog({
  preview,
  onClose,
}: {
  preview: PromotionPreview
  onClose: () => void
}) {
  const t = useT()
  const { doc } = useOpenWorkshop()
  const workshopId = useWorkshop((s) => s.info.id)
  const objectives = useWorkshop((s) => s.objectives)
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const [as, setAs] = useState<PromoteAs>(preview.defaultAs)
  const [objective, setObjective] = useState<string>(() =>
    initialObjective(rememberedObjective(workshopId), objectives),
  )
  const [newTitle, setNewTitle] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const asName = useId()
  const errorId = useId()
  const selectId = useId()
  const newId = useId()
  // The objective may be removed by someone else while the dialog is open.
  const chosen =
    objective === 'new' || objectives.some((o) => o.id === objective)
      ? objective
      : initialObjective(undefined, objectives)

  const submit = () => {
    if (as === 'action' && chosen === 'new' && newTitle.trim() === '') {
      setError(t('promote.needsTitle'))
      document.getElementById(newId)?.focus()
      return
    }
    try {
      const result = promote(
        doc,
        preview,
        as,
        chosen === 'new' ? { newTitle } : { objectiveId: chosen },
      )
      if (as === 'action') {
        rememberObjective(workshopId, result.objectiveId)
        const objectiveTitle =
          chosen === 'new'
            ? newTitle.trim()
            : (objectives.find((o) => o.id === chosen)?.title ?? '')
        notify({
          kind: 'info',
          key: 'promote.added',
          vars: { name: preview.action.title, objective: objectiveTitle },
        })
      } else
        notify({
          kind: 'info',
          key: 'promote.addedObjective',
          vars: { name: preview.objective.title },
        })
      onClose()
    } catch (err) {
      if (!(err instanceof ModelError)) throw err
      setError(err.message)
    }
  }

  const kind =
    preview.kind === 'milestone'
      ? t('sources.kind.milestone', { year: String(preview.year ?? '') })
      : t(`sources.kind.${preview.kind}` satisfies UiKey)
  const responsible =
    preview.action.responsible === undefined
      ? undefined
      : partyView(preview.action.responsible, stakeholders).label
  const options = useMemo(
    () => objectives.map((o, i) => ({ value: o.id, label: `${i + 1}. ${o.title}` })),
    [objectives],
  )
  return (
    <Dialog
      title={t('promote.title')}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {as === 'action' ? t('plan.addAction') : t('plan.addObjective')}
          </button>
        </>
      }
    >
      <figure className="promote-item">
        <span className={`kind-tag source-kind-${preview.kind}`}>{kind}</span>
        <blockquote>{preview.text}</blockquote>
        <figcaption>
          {t('sources.onBoard', { board: preview.boardTitle })}
          {preview.votes === undefined ? null : ` · ${t('story.votes', { count: preview.votes })}`}
        </figcaption>
      </figure>
      <div className="promote-form">
        <fieldset className="field">
          <legend className="field-label">{t('promote.as')}</legend>
          <div className="radio-row">
            {(['action', 'objective'] as const).map((v) => (
              <label key={v} className="radio">
                <input
                  type="radio"
                  name={asName}
                  value={v}
                  checked={as === v}
                  data-autofocus={as === v ? '' : undefined}
                  onChange={() => setAs(v)}
                />
                {v === 'action' ? t('promote.asAction') : t('promote.asObjective')}
              </label>
            ))}
          </div>
        </fieldset>
        {as === 'action' ? (
          <>
            <div className="field">
              <label className="field-label" htmlFor={selectId}>
                {t('promote.objective')}
              </label>
              <select
                id={selectId}
                className="field-input field-select"
                value={chosen}
                onChange={(e) => setObjective(e.target.value)}
              >
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
                <option value="new">{t('promote.newObjective')}</option>
              </select>
            </div>
            {chosen === 'new' ? (
              <div className="field">
                <label className="field-label" htmlFor={newId}>
                  {t('promote.newObjectiveTitle')}
                </label>
                <input
                  id={newId}
                  className="field-input"
                  value={newTitle}
                  maxLength={300}
                  aria-invalid={error === undefined ? undefined : true}
                  aria-describedby={error === undefined ? undefined : errorId}
                  onChange={(e) => {
                    setNewTitle(e.target.value)
                    setError(undefined)
                  }}
                />
              </div>
            ) : null}
            <ul className="promote-carries">
              <li>{t('promote.carries')}</li>
              {preview.kind === 'milestone' && preview.year !== undefined ? (
                <li>{t('promote.carriesDates', { year: String(preview.year) })}</li>
              ) : null}
              {responsible === undefined ? null : (
                <li>{t('promote.carriesResponsible', { name: responsible })}</li>
              )}
            </ul>
          </>
        ) : (
          <p className="hint">{t('promote.objectiveNote')}</p>
        )}
        {error === undefined ? null : (
          <p id={errorId} className="field-error promote-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  )
}
