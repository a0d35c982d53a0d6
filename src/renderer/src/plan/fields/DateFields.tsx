// Start and end of an action. An end before the start is refused at the field being edited, with
// a message that says which dates clash; the typed date stays so it can be corrected.
import { useI18n } from '../../i18n/I18n.tsx'
import { dateRangeProblem, formatDate } from '../dates.ts'
import { FieldShell, describedBy, fieldName } from './FieldShell.tsx'
import { useDraft } from './useDraft.ts'

interface Props {
  startId: string
  endId: string
  context: string
  start: string | undefined
  end: string | undefined
  onChange: (patch: { start?: string | undefined; end?: string | undefined }) => string | undefined
}

const ISO = /^\d{4}-\d{2}-\d{2}$/

export function DateFields({ startId, endId, context, start, end, onChange }: Props) {
  const { t, lang } = useI18n()
  const check = (which: 'start' | 'end', text: string): string | undefined => {
    const value = text === '' ? undefined : text
    if (value !== undefined && !ISO.test(value)) return t('field.badDate')
    const s = which === 'start' ? value : start
    const e = which === 'end' ? value : end
    if (dateRangeProblem(s, e) !== undefined && s !== undefined && e !== undefined) {
      const vars = { start: formatDate(s, lang), end: formatDate(e, lang) }
      return which === 'end' ? t('field.endBeforeStart', vars) : t('field.startAfterEnd', vars)
    }
    return onChange({ [which]: value })
  }
  const s = useDraft(start ?? '', (text) => check('start', text))
  const e = useDraft(end ?? '', (text) => check('end', text))
  return (
    <div className="date-pair">
      <FieldShell id={startId} label={t('field.start')} context={context} error={s.error}>
        <input
          id={startId}
          className="field-input field-date"
          type="date"
          value={s.text}
          max={end}
          aria-label={fieldName(t('field.start'), context)}
          aria-invalid={s.error === undefined ? undefined : true}
          aria-describedby={describedBy(startId, undefined, s.error)}
          onFocus={s.onFocus}
          onChange={(ev) => s.onChange(ev.target.value)}
          onBlur={s.commit}
          onKeyDown={s.onKeyDown}
        />
      </FieldShell>
      <FieldShell id={endId} label={t('field.end')} context={context} error={e.error}>
        <input
          id={endId}
          className="field-input field-date"
          type="date"
          value={e.text}
          min={start}
          aria-label={fieldName(t('field.end'), context)}
          aria-invalid={e.error === undefined ? undefined : true}
          aria-describedby={describedBy(endId, undefined, e.error)}
          onFocus={e.onFocus}
          onChange={(ev) => e.onChange(ev.target.value)}
          onBlur={e.commit}
          onKeyDown={e.onKeyDown}
        />
      </FieldShell>
    </div>
  )
}
