// Modal dialogs on the native <dialog> element: the browser traps focus, closes on Escape,
// makes the rest of the page inert for assistive technology, and returns focus on close.
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react'
import { useT } from '../i18n/I18n.tsx'

interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
  /** Buttons at the bottom; when `onSubmit` is set the body is a form and Enter submits it. */
  footer?: ReactNode
  onSubmit?: () => void
  wide?: boolean
  /** Accessible description id (e.g. a warning paragraph inside). */
  describedBy?: string
  role?: 'dialog' | 'alertdialog'
}

export function Dialog({
  title,
  onClose,
  children,
  footer,
  onSubmit,
  wide,
  describedBy,
  role,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const t = useT()
  // Remember who opened the dialog, to give focus back when it closes.
  const opener = useRef<Element | null>(null)
  useEffect(() => {
    const dialog = ref.current
    opener.current = document.activeElement
    if (dialog !== null && !dialog.open) {
      dialog.showModal()
      // Start where the person will type: an element marked for it, else the first field.
      const first = dialog.querySelector<HTMLElement>(
        '[data-autofocus], .dialog-body input, .dialog-body select, .dialog-body textarea',
      )
      first?.focus()
    }
    return () => {
      if (dialog?.open === true) dialog.close()
      // Give focus back to the control that opened the dialog, once the dialog has left the
      // top layer (focusing while the page is still inert would be ignored).
      const back = opener.current
      // Only when focus is nowhere: a new card revealed after an "Add" keeps its focus.
      const restore = () => {
        const lost = document.activeElement === null || document.activeElement === document.body
        if (lost && back instanceof HTMLElement && back.isConnected) back.focus()
      }
      restore()
      window.setTimeout(restore, 0)
    }
  }, [])
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit?.()
  }
  const body = (
    <>
      <header className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('common.close')}
          onClick={onClose}
        >
          <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="M6 6l12 12M18 6L6 18"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer === undefined ? null : <footer className="dialog-footer">{footer}</footer>}
    </>
  )
  return (
    <dialog
      ref={ref}
      className={wide === true ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
    >
      {onSubmit === undefined ? body : <form onSubmit={submit}>{body}</form>}
    </dialog>
  )
}

/** The usual footer of a form dialog: Cancel, then the submit button. */
export function DialogFooter({
  onClose,
  submitLabel,
  disabled,
}: {
  onClose: () => void
  submitLabel: string
  disabled?: boolean
}) {
  const t = useT()
  return (
    <>
      <button type="button" className="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="button button-primary" disabled={disabled}>
        {submitLabel}
      </button>
    </>
  )
}

interface ConfirmProps {
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => void
  onClose: () => void
}

/** "Delete X?": focus starts on Cancel so a stray Enter never deletes. */
export function ConfirmDialog({ title, body, confirmLabel, onConfirm, onClose }: ConfirmProps) {
  const t = useT()
  const bodyId = useId()
  return (
    <Dialog
      title={title}
      onClose={onClose}
      describedBy={bodyId}
      role="alertdialog"
      footer={
        <>
          <button type="button" className="button" data-autofocus onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              onConfirm()
              onClose()
            }}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      <p id={bodyId}>{body}</p>
    </Dialog>
  )
}
