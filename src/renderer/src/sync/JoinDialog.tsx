// How people join: the join code in large, spaced characters (read aloud or typed), the join link
// to copy, and a QR code of the link for phones. On the desktop, the venue-network section.
import { useId, useRef, useState, type ReactNode } from 'react'
import { Dialog } from '../components/Dialog.tsx'
import { useT } from '../i18n/I18n.tsx'
import type { Session } from '../session/session.ts'
import { LanShareSection } from './LanShareSection.tsx'
import { QrCode } from './QrCode.tsx'

/** The code in groups of four, easier to read aloud and to compare. */
export function spacedCode(token: string): string {
  return token.replace(/(.{4})(?=.)/g, '$1 ')
}

export function JoinDialog({
  session,
  onClose,
  children,
}: {
  session: Session
  onClose: () => void
  /** Facilitator controls (RotateCode.tsx). */
  children?: ReactNode
}) {
  const t = useT()
  const linkRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null)
  const codeId = useId()
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(session.joinUrl)
      setCopied('yes')
    } catch {
      // No clipboard access (insecure origin, denied): select the link so Ctrl+C copies it.
      linkRef.current?.focus()
      linkRef.current?.select()
      setCopied('select')
    }
  }
  return (
    <Dialog title={t('workshop.join')} onClose={onClose} wide>
      <div className="join-dialog">
        <div className="join-text">
          <p className="join-code-label" id={codeId}>
            {t('joinDialog.code')}
          </p>
          <p className="join-code" aria-labelledby={codeId}>
            {spacedCode(session.token)}
          </p>
          <label className="field">
            <span className="field-label">{t('joinDialog.link')}</span>
            <span className="join-link-row">
              <input
                ref={linkRef}
                className="field-input join-link"
                readOnly
                value={session.joinUrl}
                onFocus={(e) => e.target.select()}
              />
              <button type="button" className="button" onClick={() => void copy()}>
                {t('joinDialog.copy')}
              </button>
            </span>
          </label>
          <p className="hint" role="status">
            {copied === 'yes'
              ? t('joinDialog.copied')
              : copied === 'select'
                ? t('joinDialog.copyBySelect')
                : ''}
          </p>
          <LanShareSection />
          {children}
        </div>
        <QrCode text={session.joinUrl} label={t('joinDialog.qr')} />
      </div>
    </Dialog>
  )
}
