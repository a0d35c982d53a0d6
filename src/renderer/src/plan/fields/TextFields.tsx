// Single- and multi-line text fields of the plan, bound to the document through a draft.
import { FieldShell, describedBy, fieldName } from './FieldShell.tsx'
import { useDraft } from './useDraft.ts'

interface Props {
  id: string
  label: string
  context?: string
  value: string | undefined
  /** Return a message to refuse the value (it stays in the field, marked invalid). */
  onCommit: (value: string) => string | undefined
  placeholder?: string
  hint?: string
  multiline?: boolean
  rows?: number
  className?: string
  maxLength?: number
  hideLabel?: boolean
  inputClassName?: string
}

export function PlanTextField(props: Props) {
  const {
    id,
    label,
    context,
    value,
    onCommit,
    placeholder,
    hint,
    multiline,
    rows = 2,
    className,
    maxLength,
    hideLabel,
    inputClassName,
  } = props
  const d = useDraft(value ?? '', onCommit, { multiline: multiline === true })
  const common = {
    id,
    value: d.text,
    placeholder,
    'aria-label': fieldName(label, context),
    'aria-invalid': d.error === undefined ? undefined : true,
    'aria-describedby': describedBy(id, hint, d.error),
    onFocus: d.onFocus,
    onBlur: d.commit,
    onKeyDown: d.onKeyDown,
    maxLength,
  }
  return (
    <FieldShell
      id={id}
      label={label}
      context={context}
      hint={hint}
      error={d.error}
      className={className}
      hideLabel={hideLabel}
    >
      {multiline === true ? (
        <textarea
          className={`field-input field-textarea ${inputClassName ?? ''}`}
          rows={rows}
          {...common}
          onChange={(e) => d.onChange(e.target.value)}
        />
      ) : (
        <input
          className={`field-input ${inputClassName ?? ''}`}
          type="text"
          {...common}
          onChange={(e) => d.onChange(e.target.value)}
        />
      )}
    </FieldShell>
  )
}
