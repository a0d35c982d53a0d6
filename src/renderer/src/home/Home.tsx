// The home screen. Desktop: recent workshops, new workshop, open a file, import JSON. Browser
// (served by `tavolo serve`): only the served workshop, since that is all this page can reach.
import { useCallback, useEffect, useState } from 'react'
import { useStore } from 'zustand'
import type { ImportResult, OpenResult, RecentWorkshop } from '../../../shared/ipc/contract.ts'
import { useI18n, useT } from '../i18n/I18n.tsx'
import { ui, useUi } from '../app/uiStore.ts'
import { notify } from '../app/notices.ts'
import { openWorkshop, type OpenWorkshop } from '../doc/openWorkshop.ts'
import { sessionFromOpened } from '../session/session.ts'
import { Icon } from '../components/Icon.tsx'
import { NewWorkshopDialog } from './NewWorkshopDialog.tsx'
import { ImportProblemsDialog } from './ImportProblemsDialog.tsx'
import { JoinSessionDialog } from '../sync/JoinSessionDialog.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'

export function Home() {
  const t = useT()
  const open = useUi((s) => s.open)
  return (
    <div className="home">
      <header className="home-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <p className="home-tagline">{t('home.tagline')}</p>
        <LanguagePicker automatic={navigator.language} />
      </header>
      <main className="home-main" id="main">
        {window.tavolo === undefined ? (
          open === null ? null : (
            <ServedWorkshop open={open} />
          )
        ) : (
          <DesktopHome />
        )}
      </main>
    </div>
  )
}

function ServedWorkshop({ open }: { open: OpenWorkshop }) {
  const t = useT()
  const info = useStore(open.workshop.store, (s) => s.info)
  return (
    <section className="home-section" aria-labelledby="served-title">
      <h1 id="served-title" className="home-title">
        {t('home.served')}
      </h1>
      <ul className="recent-list">
        <li className="recent-item">
          <button type="button" className="recent-open" onClick={() => ui.showWorkshop()}>
            <span className="recent-title">{info.title}</span>
            <span className="recent-meta">
              {[info.city, info.ulg, info.date].filter(Boolean).join(' · ')}
            </span>
          </button>
        </li>
      </ul>
    </section>
  )
}

function DesktopHome() {
  const t = useT()
  const { lang } = useI18n()
  const api = window.tavolo
  const [recent, setRecent] = useState<RecentWorkshop[]>([])
  const [creating, setCreating] = useState(false)
  const [joining, setJoining] = useState(false)
  const [invalid, setInvalid] = useState<Extract<ImportResult, { status: 'invalid' }> | null>(null)

  const refresh = useCallback(() => {
    void api?.listRecent().then(setRecent)
  }, [api])
  useEffect(refresh, [refresh])

  const enter = (result: OpenResult | ImportResult) => {
    if (result.status === 'opened')
      ui.enterWorkshop(openWorkshop(sessionFromOpened(result.workshop)))
    else if (result.status === 'failed')
      notify({ kind: 'error', key: 'home.failed', vars: { message: result.message } })
    else if (result.status === 'invalid') setInvalid(result)
    refresh()
  }
  if (api === undefined) return null
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })

  return (
    <>
      <div className="home-actions">
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          <Icon name="plus" /> {t('home.new')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void api.openWorkshop().then(enter)}
        >
          <Icon name="folder" /> {t('home.open')}
        </button>
        <button type="button" className="button" onClick={() => void api.importJson().then(enter)}>
          <Icon name="upload" /> {t('home.import')}
        </button>
        <button type="button" className="button" onClick={() => setJoining(true)}>
          <Icon name="link" /> {t('join.open')}
        </button>
      </div>
      <section className="home-section" aria-labelledby="recent-title">
        <h1 id="recent-title" className="home-title">
          {t('home.recent')}
        </h1>
        {recent.length === 0 ? (
          <p className="empty">{t('home.noRecent')}</p>
        ) : (
          <ul className="recent-list">
            {recent.map((w) => (
              <li key={w.path} className="recent-item">
                <button
                  type="button"
                  className="recent-open"
                  disabled={!w.exists}
                  onClick={() => void api.openRecent(w.path).then(enter)}
                >
                  <span className="recent-title">{w.title}</span>
                  <span className="recent-meta">
                    {[w.city, w.date].filter(Boolean).join(' · ')}
                    {w.exists ? null : (
                      <span className="badge badge-warn">{t('home.missing')}</span>
                    )}
                  </span>
                  <span className="recent-path">{w.path}</span>
                  <span className="recent-when">
                    {t('home.openedAt', { date: dateFormat.format(new Date(w.openedAt)) })}
                  </span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('home.forget', { title: w.title })}
                  onClick={() => void api.forgetRecent(w.path).then(setRecent)}
                >
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {creating ? (
        <NewWorkshopDialog
          onClose={() => setCreating(false)}
          onCreate={(info) => {
            setCreating(false)
            void api.newWorkshop(info).then(enter)
          }}
        />
      ) : null}
      {joining ? <JoinSessionDialog onResult={enter} onClose={() => setJoining(false)} /> : null}
      {invalid === null ? null : (
        <ImportProblemsDialog result={invalid} onClose={() => setInvalid(null)} />
      )}
    </>
  )
}
