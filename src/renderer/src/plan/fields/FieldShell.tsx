// Label, hint and error around one plan field. The label carries the action's title for screen
// readers ("Responsible, Open vacancy register"), so fields of several open actions are told
// apart; the visible text stays short and comes first, as the accessible name must contain it.
import type { ReactNode } from 'react'

interface Props {
  id: string
  label: string
  context?: string
  hint?: string
  error?: string
  className?: string
  /** The label is read by screen readers only (the field's place says what it is). */
  hideLabel?: boolean
  children: ReactNode
}

export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [error === undefined ? undefined : `${id}-error`, hint === undefined ? undefined : `${id}-hint`].filter(Boolean)
  return ids.length === 0 ? undefined : ids.join(' ')
}

export function FieldShell({ id, label, context, hint, error, className, hideLabel, children }: Props) {
  return (
    <div className={className === undefined ? 'field plan-field' : `field plan-field ${className}`}>
      <label className={hideLabel === true ? 'sr-only' : 'field-label'} htmlFor={id}>
        {label}
        {context === undefined ? null : <span className="sr-only">, {context}</span>}
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
