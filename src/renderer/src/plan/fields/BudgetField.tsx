// The budget in euros: shown formatted for the UI language while idle, edited as a plain number.
import { useState } from 'react'
import { useI18n } from '../../i18n/I18n.tsx'
import { budgetInput, formatBudget, parseBudget } from '../budget.ts'
import { FieldShell, describedBy, fieldName } from './FieldShell.tsx'
import { useDraft } from './useDraft.ts'

interface Props {
  id: string
  context: string
  value: number | undefined
  onChange: (value: number | undefined) => string | undefined
}

export function BudgetField({ id, context, value, onChange }: Props) {
  const { t, lang } = useI18n()
  const [focused, setFocused] = useState(false)
  const d = useDraft(budgetInput(value, lang), (text) => {
    const parsed = parseBudget(text, lang)
    if (!parsed.ok)
      return parsed.reason === 'negative' ? t('field.budgetNegative') : t('field.budgetNotNumber')
    return parsed.value === value ? undefined : onChange(parsed.value)
  })
  const hint = t('field.budgetHint')
  // Idle and valid: the formatted amount ("€12,000"); while editing or invalid: the typed text.
  const shown =
    !focused && d.error === undefined
      ? value === undefined
        ? ''
        : formatBudget(value, lang)
      : d.text
  return (
    <FieldShell id={id} label={t('field.budget')} context={context} hint={hint} error={d.error}>
      <input
        id={id}
        className="field-input field-budget"
        type="text"
        inputMode="decimal"
        aria-label={fieldName(t('field.budget'), context)}
        value={shown}
        aria-invalid={d.error === undefined ? undefined : true}
        aria-describedby={describedBy(id, hint, d.error)}
        onFocus={() => {
          setFocused(true)
          d.onFocus()
        }}
        onChange={(e) => d.onChange(e.target.value)}
        onBlur={() => {
          setFocused(false)
          d.commit()
        }}
        onKeyDown={d.onKeyDown}
      />
    </FieldShell>
  )
}
