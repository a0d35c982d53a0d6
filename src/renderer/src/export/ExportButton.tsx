// The top bar's Export button: opens the export dialog (desktop and browser alike).
import { useState } from 'react'
import { createPortal } from 'react-dom'
import { useT } from '../i18n/I18n.tsx'
import { Icon } from '../components/Icon.tsx'
import { ExportDialog } from './ExportDialog.tsx'

export function ExportButton() {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        title={t('workshop.export')}
        onClick={() => setOpen(true)}
      >
        <Icon name="download" /> <span className="button-label">{t('workshop.export')}</span>
      </button>
      {/* In <body>, not inside the dark top bar, whose button styles would otherwise apply. */}
      {open ? createPortal(<ExportDialog onClose={() => setOpen(false)} />, document.body) : null}
    </>
  )
}
