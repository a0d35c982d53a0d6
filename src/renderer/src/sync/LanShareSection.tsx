// Desktop only: share the open workshop on the venue network. The window itself stays on this
// computer's loopback host; main also serves the workshop on the LAN address chosen here (the
// last choice is the default), and participants' laptops join through that address's link.
import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '../i18n/I18n.tsx'
import type { LanInterface, LanShareState } from '../../../shared/ipc/contract.ts'
import { QrCode } from './QrCode.tsx'

export function LanShareSection() {
  const t = useT()
  const api = window.tavolo
  const ids = { heading: useId(), address: useId(), link: useId() }
  const linkRef = useRef<HTMLInputElement>(null)
  const [interfaces, setInterfaces] = useState<LanInterface[] | null>(null)
  const [state, setState] = useState<LanShareState | null>(null)
  const [chosen, setChosen] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null)

  useEffect(() => {
    if (api === undefined) return
    let live = true
    void api.lanInterfaces().then((list) => live && setInterfaces(list))
    // Polled: the link follows the join code when a facilitator changes it.
    const poll = () => void api.lanShareState().then((s) => live && setState(s))
    poll()
    const timer = window.setInterval(poll, 2000)
    return () => {
      live = false
      window.clearInterval(timer)
    }
  }, [api])

  if (api === undefined) return null
  const list = interfaces ?? []
  // The remembered address when this computer still has it, else the first one.
  const selected =
    chosen !== ''
      ? chosen
      : (list.find((i) => i.address === state?.lastAddress)?.address ?? list[0]?.address ?? '')

  const share = () => {
    setBusy(true)
    setError(null)
    void api
      .shareOnLan(selected)
      .then((r) => (r.status === 'shared' ? setState(r.state) : setError(r.message)))
      .finally(() => setBusy(false))
  }
  const stop = () => {
    setBusy(true)
    setCopied(null)
    void api
      .stopSharingOnLan()
      .then(setState)
      .finally(() => setBusy(false))
  }
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('yes')
    } catch {
      linkRef.current?.focus()
      linkRef.current?.select()
      setCopied('select')
    }
  }

  const url = state?.url ?? null
  return (
    <section className="lan-share" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('lanShare.title')}</h3>
      <p className="hint">{t('lanShare.intro')}</p>
      {url === null ? (
        <>
          {interfaces !== null && list.length === 0 ? (
            <p className="hint" role="status">
              {t('lanShare.noNetwork')}
            </p>
          ) : (
            <>
              <label className="field-label" htmlFor={ids.address}>
                {t('lanShare.address')}
              </label>
              <select
                id={ids.address}
                className="field-input field-select"
                value={selected}
                onChange={(e) => setChosen(e.target.value)}
              >
                {list.map((i) => (
                  <option key={`${i.name} ${i.address}`} value={i.address}>
                    {t('lanShare.option', { name: i.name, address: i.address })}
                  </option>
                ))}
              </select>
              <p>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy || selected === ''}
                  onClick={share}
                >
                  {t('lanShare.share')}
                </button>
              </p>
            </>
          )}
          {error === null ? null : (
            <p className="identity-error" role="alert">
              {t('lanShare.failed', { message: error })}
            </p>
          )}
        </>
      ) : (
        <>
          <p role="status">{t('lanShare.active', { address: state?.address ?? '' })}</p>
          <label className="field-label" htmlFor={ids.link}>
            {t('lanShare.link')}
          </label>
          <span className="join-link-row">
            <input
              id={ids.link}
              ref={linkRef}
              className="field-input join-link"
              readOnly
              value={url}
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="button" onClick={() => void copy(url)}>
              {t('lanShare.copy')}
            </button>
          </span>
          <p className="hint" role="status">
            {copied === 'yes'
              ? t('joinDialog.copied')
              : copied === 'select'
                ? t('joinDialog.copyBySelect')
                : ''}
          </p>
          <QrCode text={url} label={t('lanShare.qr')} />
          <p>
            <button type="button" className="button" disabled={busy} onClick={stop}>
              {t('lanShare.stop')}
            </button>
          </p>
        </>
      )}
    </section>
  )
}
