// Output or result indicators of an action: rows of name and target, added and removed by
// button. A new row lives only here until it has a name (the format requires one); then the
// whole list is written, as plain-array fields are (docs/DOCUMENT.md).
import { useRef, useState } from 'react'
import type { Indicator } from '../../../../shared/interchange/schema.ts'
import { useT } from '../../i18n/I18n.tsx'
import { Icon } from '../../components/Icon.tsx'
import { useDraft } from './useDraft.ts'

interface Props {
  /** DOM id of the first control (the checklist focuses it). */
  id: string
  legend: string
  hint: string
  addLabel: string
  context: string
  value: readonly Indicator[] | undefined
  onChange: (value: Indicator[] | undefined) => string | undefined
}

export function IndicatorsField({ id, legend, hint, addLabel, context, value, onChange }: Props) {
  const t = useT()
  const rows = value ?? []
  const [pending, setPending] = useState(false)
  const addRef = useRef<HTMLButtonElement>(null)
  const write = (next: Indicator[]) => onChange(next.length === 0 ? undefined : next)
  const list = `${legend}, ${context}`
  const focusLater = (selector: string) =>
    window.requestAnimationFrame(() => document.getElementById(selector)?.focus())
  return (
    <fieldset className="field plan-field indicators">
      <legend className="field-label">
        {legend}
        <span className="sr-only">, {context}</span>
      </legend>
      <p className="hint">{hint}</p>
      {rows.length === 0 && !pending ? (
        <p className="hint indicators-none">{t('field.noIndicators')}</p>
      ) : null}
      {rows.length === 0 && !pending ? null : (
        <div className="indicator-rows">
          <span className="indicator-head" aria-hidden="true">
            {t('field.indicatorName')}
          </span>
          <span className="indicator-head" aria-hidden="true">
            {t('field.indicatorTarget')}
          </span>
          <span aria-hidden="true" />
          {rows.map((row, i) => (
            <IndicatorRow
              // Rows have no ids of their own; position is their identity (the list is small).
              key={i}
              firstId={i === 0 ? id : `${id}-${i}`}
              number={i + 1}
              list={list}
              row={row}
              onChange={(next) => write(rows.map((r, j) => (j === i ? next : r)))}
              onRemove={() => {
                write(rows.filter((_, j) => j !== i))
                focusLater(rows.length > 1 ? (i === 0 ? id : `${id}-${i - 1}`) : `${id}-add`)
              }}
            />
          ))}
          {pending ? (
            <IndicatorRow
              // The key the row will have once stored, so focus stays in it when its name commits.
              key={rows.length}
              firstId={rows.length === 0 ? id : `${id}-${rows.length}`}
              number={rows.length + 1}
              list={list}
              row={{ name: '', target: '' }}
              isNew
              onChange={(next) => {
                const refused = write([...rows, next])
                if (refused === undefined) setPending(false)
                return refused
              }}
              onRemove={() => {
                setPending(false)
                focusLater(`${id}-add`)
              }}
            />
          ) : null}
        </div>
      )}
      <div>
        <button
          ref={addRef}
          id={rows.length === 0 && !pending ? id : `${id}-add`}
          type="button"
          className="button button-quiet button-small"
          disabled={pending}
          onClick={() => {
            setPending(true)
            focusLater(rows.length === 0 ? id : `${id}-${rows.length}`)
          }}
        >
          <Icon name="plus" size={14} /> {addLabel}
        </button>
      </div>
    </fieldset>
  )
}

interface RowProps {
  firstId: string
  number: number
  list: string
  row: Indicator
  isNew?: boolean
  onChange: (row: Indicator) => string | undefined
  onRemove: () => void
}

function IndicatorRow({ firstId, number, list, row, isNew, onChange, onRemove }: RowProps) {
  const t = useT()
  const name = useDraft(row.name, (text) => {
    if (text.trim() === '') return isNew === true ? undefined : t('field.indicatorNeedsName')
    return onChange({ name: text.trim(), target: row.target })
  })
  const target = useDraft(row.target, (text) => {
    // A target typed before the name waits for it (a nameless indicator cannot be stored).
    if (row.name === '' && isNew === true)
      return name.text.trim() === ''
        ? t('field.indicatorNeedsName')
        : onChange({ name: name.text.trim(), target: text })
    return onChange({ name: row.name, target: text })
  })
  const errorId = `${firstId}-error`
  const error = name.error ?? target.error
  return (
    <>
      <input
        id={firstId}
        className="field-input"
        type="text"
        aria-label={t('field.indicatorNameOf', { number, list })}
        aria-invalid={name.error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
        value={name.text}
        onFocus={name.onFocus}
        onChange={(e) => name.onChange(e.target.value)}
        onBlur={name.commit}
        onKeyDown={name.onKeyDown}
      />
      <input
        className="field-input"
        type="text"
        aria-label={t('field.indicatorTargetOf', { number, list })}
        aria-invalid={target.error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
        value={target.text}
        onFocus={target.onFocus}
        onChange={(e) => target.onChange(e.target.value)}
        onBlur={target.commit}
        onKeyDown={target.onKeyDown}
      />
      <button
        type="button"
        className="icon-button danger"
        aria-label={t('field.removeIndicator', {
          name: row.name === '' ? String(number) : row.name,
        })}
        onClick={onRemove}
      >
        <Icon name="trash" />
      </button>
      {error === undefined ? null : (
        <p id={errorId} className="field-error indicator-error" role="alert">
          {error}
        </p>
      )}
    </>
  )
}
