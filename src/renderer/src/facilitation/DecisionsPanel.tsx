// Decisions the facilitator writes down as the session goes (with the step and board they were
// taken on); they appear in the session summary and its exports.
import { useState } from 'react'
import { addDecision, removeDecision } from '../../../shared/model/index.ts'
import { useI18n } from '../i18n/I18n.tsx'
import { FIcon } from './icons.tsx'
import { useFacilitation, useSessionAct } from './useFacilitation.ts'

export function DecisionsPanel({ boardId }: { boardId: string | undefined }) {
  const { t, lang } = useI18n()
  const act = useSessionAct()
  const decisions = useFacilitation((v) => v.session.decisions)
  const stepId = useFacilitation((v) => v.session.run?.stepId ?? undefined)
  const [text, setText] = useState('')
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' })
  return (
    <div className="decisions-panel">
      <form
        className="decision-form"
        onSubmit={(e) => {
          e.preventDefault()
          const trimmed = text.trim()
          if (trimmed === '') return
          const id = act((doc) =>
            addDecision(doc, {
              text: trimmed,
              ...(stepId !== undefined && { stepId }),
              ...(boardId !== undefined && { boardId }),
            }),
          )
          if (id !== undefined) setText('')
        }}
      >
        <label className="field">
          <span className="field-label">{t('decisions.text')}</span>
          <textarea
            className="field-input"
            rows={3}
            maxLength={2000}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className="button button-primary" disabled={text.trim() === ''}>
          <FIcon name="check" /> {t('decisions.add')}
        </button>
      </form>
      {decisions.length === 0 ? (
        <p className="empty small">{t('decisions.empty')}</p>
      ) : (
        <ol className="decision-list">
          {decisions.map((d) => (
            <li key={d.id}>
              <span className="decision-time">{time.format(d.at)}</span>
              <span className="decision-text">{d.text}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('decisions.remove', { text: d.text.slice(0, 60) })}
                onClick={() => act((doc) => removeDecision(doc, d.id))}
              >
                <FIcon name="close" />
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  )
}
