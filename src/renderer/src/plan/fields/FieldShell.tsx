// Label, hint and error around one plan field. The field's accessible name adds the action's
// title ("Responsible, Open vacancy register", see `fieldName`), so fields of several open
// actions are told apart; the visible label stays short and starts the name, as it must.
// (An aria-label rather than hidden text in the <label>: browsers put a space before hidden
// text, which would make the name differ from one browser to the next.)
import type { ReactNode } from 'react'

interface Props {
  id: string
  label: string
  /** Unused here (the control carries it, see fieldName); kept so callers pass one object. */
  context?: string
  hint?: string
  error?: string
  className?: string
  /** The label is read by screen readers only (the field's place says what it is). */
  hideLabel?: boolean
  children: ReactNode
}

/** The accessible name of a field of an action: its label, then the action's title. */
export function fieldName(label: string, context: string | undefined): string | undefined {
  return context === undefined ? undefined : `${label}, ${context}`
}

export function describedBy(
  id: string,
  hint: string | undefined,
  error: string | undefined,
): string | undefined {
  const ids = [
    error === undefined ? undefined : `${id}-error`,
    hint === undefined ? undefined : `${id}-hint`,
  ].filter(Boolean)
  return ids.length === 0 ? undefined : ids.join(' ')
}

export function FieldShell({ id, label, hint, error, className, hideLabel, children }: Props) {
  return (
    <div className={className === undefined ? 'field plan-field' : `field plan-field ${className}`}>
      <label className={hideLabel === true ? 'sr-only' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      {children}
      {error === undefined ? null : (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  )
}
