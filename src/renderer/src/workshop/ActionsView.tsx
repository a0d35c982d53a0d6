// The action plan as it stands: objectives and their actions, with who leads them, when, and
// the board items they came from. Read here; search results for actions land here.
import { useRef } from 'react'
import type { Action } from '../../../shared/interchange/schema.ts'
import { useWorkshop } from '../doc/context.tsx'
import { useI18n } from '../i18n/I18n.tsx'
import { useReveal } from '../components/useReveal.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'

export function ActionsView() {
  const { t } = useI18n()
  const objectives = useWorkshop((s) => s.objectives)
  const actions = useWorkshop((s) => s.actions)
  return (
    <section className="panel" aria-labelledby="actions-title">
      <div className="panel-head">
        <h2 id="actions-title" className="panel-title">
          {t('actions.title')} <span className="muted">{t('actions.count', { count: actions.length })}</span>
        </h2>
      </div>
      {objectives.length === 0 ? <p className="empty">{t('actions.empty')}</p> : null}
      {objectives.map((o) => {
        const mine = actions.filter((x) => x.objectiveId === o.id)
        return (
          <section key={o.id} className="objective" aria-labelledby={`objective-${o.id}`}>
            <h3 id={`objective-${o.id}`} className="objective-title">
              {o.title}
            </h3>
            {o.description === undefined ? null : <p className="objective-description">{o.description}</p>}
            <div className="table-wrap">
              <table className="data-table data-table-read">
                <thead>
                  <tr>
                    <th scope="col">{t('actions.action')}</th>
                    <th scope="col">{t('actions.responsible')}</th>
                    <th scope="col">{t('actions.period')}</th>
                    <th scope="col">{t('actions.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mine.map((x) => (
                    <ActionRow key={x.id} x={x} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
    </section>
  )
}

function ActionRow({ x }: { x: Action }) {
  const { t, lang } = useI18n()
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const ref = useRef<HTMLTableRowElement>(null)
  const flash = useReveal(x.id, ref)
  const name = (v: string | undefined) => (v === undefined ? undefined : (stakeholders.find((k) => k.id === v)?.name ?? v))
  const date = (d: string | undefined) => (d === undefined ? '' : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(`${d}T12:00:00`)))
  const period = x.start === undefined && x.end === undefined ? '' : `${date(x.start)} – ${date(x.end)}`
  return (
    <tr ref={ref} tabIndex={-1} className={flash ? 'flash' : undefined}>
      <td>
        <strong>{x.title}</strong>
        {x.description === undefined ? null : <div className="muted small">{x.description}</div>}
      </td>
      <td>{name(x.responsible) ?? ''}</td>
      <td>{period}</td>
      <td>{x.status === undefined ? '' : <span className={`badge status-${x.status}`}>{t(`actionStatus.${x.status}` satisfies UiKey)}</span>}</td>
    </tr>
  )
}
