// Facilitator only: a new join code. Everyone connected with the old code is disconnected and must
// rejoin with the new one (link or QR); this page reopens with the new code at once.
import { useState } from 'react'
import { useOpenWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { reopenWithToken, sendAdmin } from './hostAdmin.ts'

export function RotateCode() {
  const t = useT()
  const open = useOpenWorkshop()
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy'>('idle')
  const [error, setError] = useState<string | null>(null)
  const rotate = async () => {
    setStep('busy')
    setError(null)
    try {
      const reply = await sendAdmin(open.connection.provider, { op: 'rotate' })
      if (reply.op === 'rotate' && reply.ok) reopenWithToken(open.session, reply.token)
      else {
        setError(reply.ok ? t('joinDialog.rotateFailed') : reply.reason)
        setStep('idle')
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      setStep('idle')
    }
  }
  return (
    <div className="rotate-code">
      {step === 'idle' ? (
        <button type="button" className="button" onClick={() => setStep('confirm')}>
          {t('joinDialog.rotate')}
        </button>
      ) : (
        <div role="group" aria-label={t('joinDialog.rotate')}>
          <p className="hint">{t('joinDialog.rotateWarning')}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={step === 'busy'}
            onClick={() => void rotate()}
          >
            {t('joinDialog.rotateConfirm')}
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={step === 'busy'}
            onClick={() => setStep('idle')}
          >
            {t('joinDialog.cancel')}
          </button>
        </div>
      )}
      {error !== null ? (
        <p className="hint" role="alert">
          {t('joinDialog.rotateError', { reason: error })}
        </p>
      ) : null}
    </div>
  )
}
