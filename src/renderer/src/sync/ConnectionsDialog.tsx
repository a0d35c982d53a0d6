// "Connections…" in the workshop view. Desktop: connect the open workshop to a sync server
// (y-websocket or Hocuspocus) for meetings beyond this room; main keeps the link (see
// src/main/electron/join). Everywhere: this device's STUN/TURN servers for direct links, empty by
// default (the venue network needs none).
import { useEffect, useId, useState } from 'react'
import { createPortal } from 'react-dom'
import { Dialog } from '../components/Dialog.tsx'
import { useT } from '../i18n/I18n.tsx'
import type { SyncServerState, SyncServerTarget } from '../../../shared/ipc/contract.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { formatIceServers, loadIceServers, parseIceServers, saveIceServers } from './iceSettings.ts'

function statusKey(state: SyncServerState): UiKey {
  if (state.status === 'connected')
    return state.synced ? 'connections.status.synced' : 'connections.status.connected'
  return `connections.status.${state.status}` satisfies UiKey
}

function SyncServerSection({ room }: { room: string }) {
  const t = useT()
  const api = window.tavolo
  const ids = { kind: useId(), url: useId(), room: useId(), token: useId(), status: useId() }
  const [state, setState] = useState<SyncServerState | null>(null)
  const [target, setTarget] = useState<SyncServerTarget>({
    kind: 'y-websocket',
    url: '',
    room,
    token: '',
  })
  const [error, setError] = useState<string | null>(null)

  // The link lives in main: ask how it is doing while the dialog is open.
  useEffect(() => {
    if (api === undefined) return
    let live = true
    const poll = () => void api.syncServerState().then((s) => live && setState(s))
    poll()
    const timer = window.setInterval(poll, 1000)
    return () => {
      live = false
      window.clearInterval(timer)
    }
  }, [api])

  if (api === undefined) return <p className="hint">{t('connections.browserOnly')}</p>
  const connect = () => {
    setError(null)
    void api
      .connectSyncServer({
        ...target,
        token: target.token?.trim() === '' ? undefined : target.token,
      })
      .then((r) => {
        if (r.status === 'connected') setState(r.state)
        else setError(r.message)
      })
  }
  const set = (key: keyof SyncServerTarget) => (e: { target: { value: string } }) =>
    setTarget((s) => ({ ...s, [key]: e.target.value }))

  if (state !== null) {
    return (
      <div>
        <p id={ids.status} role="status">
          <strong>{t(statusKey(state))}</strong> — {state.url} ({state.room})
        </p>
        <button
          type="button"
          className="button"
          onClick={() => void api.disconnectSyncServer().then(() => setState(null))}
        >
          {t('connections.disconnect')}
        </button>
      </div>
    )
  }
  return (
    <div className="connections-form">
      <p className="hint">{t('connections.serverIntro')}</p>
      <label className="field-label" htmlFor={ids.kind}>
        {t('connections.kind')}
      </label>
      <select
        id={ids.kind}
        className="field-input field-select"
        value={target.kind}
        onChange={(e) =>
          setTarget((s) => ({
            ...s,
            kind: e.target.value === 'hocuspocus' ? 'hocuspocus' : 'y-websocket',
          }))
        }
      >
        <option value="y-websocket">{t('connections.kindYWebsocket')}</option>
        <option value="hocuspocus">{t('connections.kindHocuspocus')}</option>
      </select>
      <label className="field-label" htmlFor={ids.url}>
        {t('connections.url')}
      </label>
      <input
        id={ids.url}
        className="field-input"
        value={target.url}
        placeholder="wss://sync.example.org"
        spellCheck={false}
        onChange={set('url')}
      />
      <label className="field-label" htmlFor={ids.room}>
        {t('connections.room')}
      </label>
      <input
        id={ids.room}
        className="field-input"
        value={target.room}
        spellCheck={false}
        onChange={set('room')}
      />
      <label className="field-label" htmlFor={ids.token}>
        {t('connections.token')}
      </label>
      <input
        id={ids.token}
        className="field-input"
        type="password"
        autoComplete="off"
        value={target.token ?? ''}
        onChange={set('token')}
      />
      {error === null ? null : (
        <p className="identity-error" role="alert">
          {t('connections.failed', { message: error })}
        </p>
      )}
      <p>
        <button
          type="button"
          className="button button-primary"
          disabled={target.url.trim() === '' || target.room.trim() === ''}
          onClick={connect}
        >
          {t('connections.connect')}
        </button>
      </p>
    </div>
  )
}

function IceSection() {
  const t = useT()
  const id = useId()
  const [text, setText] = useState(() => formatIceServers(loadIceServers()))
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const save = () => {
    const parsed = parseIceServers(text)
    if ('error' in parsed) return setMessage({ error: true, text: parsed.error })
    saveIceServers(parsed.servers)
    setMessage({ error: false, text: t('connections.iceSaved') })
  }
  return (
    <div>
      <p className="hint">{t('connections.iceIntro')}</p>
      <label className="field-label" htmlFor={id}>
        {t('connections.iceLabel')}
      </label>
      <textarea
        id={id}
        className="field-input"
        rows={3}
        spellCheck={false}
        value={text}
        placeholder="turn:turn.venue.example:3478 user password"
        onChange={(e) => setText(e.target.value)}
      />
      {message === null ? null : (
        <p
          className={message.error ? 'identity-error' : 'hint'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      <button type="button" className="button" onClick={save}>
        {t('connections.iceSave')}
      </button>
    </div>
  )
}

export function ConnectionsDialog({
  workshopId,
  onClose,
}: {
  workshopId: string
  onClose: () => void
}) {
  const t = useT()
  // Rendered at the end of <body>, out of the top bar's dark theme.
  return createPortal(
    <Dialog title={t('connections.title')} onClose={onClose} wide>
      <h3>{t('connections.server')}</h3>
      <SyncServerSection room={workshopId} />
      <h3>{t('connections.ice')}</h3>
      <IceSection />
    </Dialog>,
    document.body,
  )
}
