// Edit-in-place fields bound to the document. Each keeps a local draft while it has focus and
// commits on Enter or when focus leaves (Escape puts the stored value back), so a remote edit
// never yanks text from under someone's cursor, and every keystroke is not a document update.
import {
  useId,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react'

/** A visible label above a control, tied to it by id. */
function labelled(label: string, id: string, control: ReactNode) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {control}
    </div>
  )
}

/** Enter (or what `isCommit` says) commits; Escape puts the stored value back. */
function draftKeys(
  commit: () => void,
  revert: () => void,
  isCommit: (e: KeyboardEvent) => boolean = (e) => e.key === 'Enter',
) {
  return (e: KeyboardEvent) => {
    if (isCommit(e)) {
      e.preventDefault()
      commit()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      revert()
    }
  }
}

const withClass = (base: string, extra: string | undefined) =>
  extra === undefined ? base : `${base} ${extra}`

interface DraftOptions {
  value: string
  onCommit: (value: string) => void
  /** When true, an empty commit is refused and the stored value comes back. */
  required?: boolean
}

function useDraft({ value, onCommit, required }: DraftOptions) {
  // null while not editing: the field shows the stored value, remote edits included.
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft === null) return
    setDraft(null)
    if (draft.trim() === '' && required === true) return
    if (draft !== value) onCommit(draft)
  }
  return {
    draft: draft ?? value,
    onFocus: () => setDraft(value),
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(e.target.value),
    commit,
    revert: () => setDraft(null),
  }
}

interface TextFieldProps extends DraftOptions {
  label: string
  /** Show the label visually (otherwise it is the accessible name only). */
  showLabel?: boolean
  placeholder?: string
  className?: string
  type?: 'text' | 'email' | 'date'
  list?: string
  maxLength?: number
  id?: string
}

export function TextField(props: TextFieldProps) {
  const { label, showLabel, placeholder, className, type = 'text', list, maxLength, id } = props
  const d = useDraft(props)
  const autoId = useId()
  const inputId = id ?? autoId
  const input = (
    <input
      id={inputId}
      className={withClass('field-input', className)}
      type={type}
      value={d.draft}
      placeholder={placeholder}
      aria-label={showLabel === true ? undefined : label}
      list={list}
      maxLength={maxLength}
      onFocus={d.onFocus}
      onChange={d.onChange}
      onBlur={d.commit}
      onKeyDown={draftKeys(d.commit, d.revert)}
    />
  )
  return showLabel === true ? labelled(label, inputId, input) : input
}

interface TextAreaProps extends DraftOptions {
  label: string
  showLabel?: boolean
  placeholder?: string
  className?: string
  rows?: number
}

export function TextArea(props: TextAreaProps) {
  const { label, showLabel, placeholder, className, rows = 2 } = props
  const d = useDraft(props)
  const inputId = useId()
  const area = (
    <textarea
      id={inputId}
      className={withClass('field-input field-textarea', className)}
      value={d.draft}
      rows={rows}
      placeholder={placeholder}
      aria-label={showLabel === true ? undefined : label}
      onFocus={d.onFocus}
      onChange={d.onChange}
      onBlur={d.commit}
      // Enter adds a line; Ctrl/Cmd+Enter commits, like a chat box.
      onKeyDown={draftKeys(
        d.commit,
        d.revert,
        (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey),
      )}
    />
  )
  return showLabel === true ? labelled(label, inputId, area) : area
}

interface NumberFieldProps {
  label: string
  showLabel?: boolean
  value: number | undefined
  min?: number
  max?: number
  step?: number
  className?: string
  onCommit: (value: number | undefined) => void
  /** An empty field clears the value (optional fields) instead of reverting. */
  optional?: boolean
}

export function NumberField({
  label,
  showLabel,
  value,
  min,
  max,
  step = 1,
  className,
  onCommit,
  optional,
}: NumberFieldProps) {
  const text = value === undefined ? '' : String(value)
  const [draft, setDraft] = useState<string | null>(null)
  const inputId = useId()
  const commit = () => {
    if (draft === null) return
    setDraft(null)
    if (draft.trim() === '') {
      if (optional === true && value !== undefined) onCommit(undefined)
      return
    }
    const n = Number(draft)
    if (!Number.isFinite(n) || (min !== undefined && n < min) || (max !== undefined && n > max))
      return
    if (n !== value) onCommit(n)
  }
  const input = (
    <input
      id={inputId}
      className={withClass('field-input field-number', className)}
      type="number"
      inputMode="numeric"
      value={draft ?? text}
      min={min}
      max={max}
      step={step}
      aria-label={showLabel === true ? undefined : label}
      onFocus={() => setDraft(text)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={draftKeys(commit, () => setDraft(null))}
    />
  )
  return showLabel === true ? labelled(label, inputId, input) : input
}

export interface Option {
  value: string
  label: string
}

interface SelectFieldProps {
  label: string
  showLabel?: boolean
  value: string
  options: readonly Option[]
  onChange: (value: string) => void
  className?: string
  disabled?: boolean
}

/** A native select: accessible and keyboard-complete everywhere without extra code. */
export function SelectField({
  label,
  showLabel,
  value,
  options,
  onChange,
  className,
  disabled,
}: SelectFieldProps) {
  const inputId = useId()
  const select = (
    <select
      id={inputId}
      className={withClass('field-input field-select', className)}
      value={value}
      aria-label={showLabel === true ? undefined : label}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  )
  return showLabel === true ? labelled(label, inputId, select) : select
}

// Plain controlled fields for dialog forms, which keep their own state and save on submit.

interface FormFieldProps {
  label: string
  /** Span both columns of a form grid. */
  span?: boolean
  children: ReactNode
}

/** A labelled control: the label wraps it, so it is also its accessible name. */
export function FormField({ label, span, children }: FormFieldProps) {
  return (
    <label className={span === true ? 'field field-span' : 'field'}>
      <span className="field-label">{label}</span>
      {children}
    </label>
  )
}

interface FormInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label: string
  span?: boolean
  value: string
  onChange: (value: string) => void
  /** Shown after the input, inside the label (e.g. a datalist). */
  after?: ReactNode
}

export function FormInput({ label, span, onChange, className, after, ...rest }: FormInputProps) {
  return (
    <FormField label={label} span={span}>
      <input
        className={withClass('field-input', className)}
        onChange={(e) => onChange(e.target.value)}
        {...rest}
      />
      {after}
    </FormField>
  )
}

interface FormTextAreaProps {
  label: string
  span?: boolean
  value: string
  onChange: (value: string) => void
  rows?: number
}

export function FormTextArea({ label, span, value, onChange, rows = 2 }: FormTextAreaProps) {
  return (
    <FormField label={label} span={span}>
      <textarea
        className="field-input field-textarea"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  )
}

interface FormSelectProps {
  label: string
  span?: boolean
  value: string
  /** `lang`: the option's own language (a language listed by its own name). */
  options: readonly (Option & { disabled?: boolean; lang?: string })[]
  onChange: (value: string) => void
  /** The label of a first choice with the empty value ('none', 'choose...'), if any. */
  empty?: string
}

export function FormSelect({ label, span, value, options, onChange, empty }: FormSelectProps) {
  return (
    <FormField label={label} span={span}>
      <select
        className="field-input field-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {empty === undefined ? null : <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </FormField>
  )
}
