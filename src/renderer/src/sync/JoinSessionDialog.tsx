// Desktop: join a session running on another facilitator's computer by its join link. Main
// keeps this person's own copy (userData/joined) in step with that host.
import { useId, useState } from 'react'
import { Dialog } from '../components/Dialog.tsx'
import { useT } from '../i18n/I18n.tsx'
import type { OpenResult } from '../../../shared/ipc/contract.ts'

export function JoinSessionDialog({
  onResult,
  onClose,
}: {
  onResult: (result: OpenResult) => void
  onClose: () => void
}) {
  const t = useT()
  const id = useId()
  const [link, setLink] = useState('')
  const [busy, setBusy] = useState(false)
  const api = window.tavolo
  const submit = () => {
    if (api === undefined || busy || link.trim() === '') return
    setBusy(true)
    void api.joinSession(link.trim()).then((result) => {
      setBusy(false)
      onResult(result)
      if (result.status === 'opened') onClose()
    })
  }
  return (
    <Dialog
      title={t('join.title')}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || link.trim() === ''}
          >
            {t(busy ? 'join.joining' : 'join.submit')}
          </button>
        </>
      }
    >
      <p className="hint">{t('join.intro')}</p>
      <label className="field-label" htmlFor={id}>
        {t('join.link')}
      </label>
      <input
        id={id}
        className="field-input"
        value={link}
        required
        maxLength={2048}
        placeholder="http://192.168.1.20:4000/?token=ABCD2345"
        spellCheck={false}
        onChange={(e) => setLink(e.target.value)}
      />
    </Dialog>
  )
}
