// The top bar's Export button: opens the export dialog (desktop and browser alike).
import { useState } from 'react'
import { useT } from '../i18n/I18n.tsx'
import { Icon } from '../components/Icon.tsx'
import { ExportDialog } from './ExportDialog.tsx'

export function ExportButton() {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <Icon name="download" /> {t('workshop.export')}
      </button>
      {open ? <ExportDialog onClose={() => setOpen(false)} /> : null}
    </>
  )
}
