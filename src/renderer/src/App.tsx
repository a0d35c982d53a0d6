// The app's two screens: Home (workshops) and the open workshop. A browser opened from a join
// link goes straight to the served workshop; the desktop app starts at Home.
import { useEffect, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { I18nProvider, useT } from './i18n/I18n.tsx'
import { ui, useUi } from './app/uiStore.ts'
import { LiveRegion } from './app/LiveRegion.tsx'
import { openWorkshop, type OpenWorkshop } from './doc/openWorkshop.ts'
import { WorkshopContext } from './doc/context.tsx'
import {
  SessionError,
  isDesktop,
  resolveBrowserSession,
  sessionFromOpened,
} from './session/session.ts'
import { Home } from './home/Home.tsx'
import { WorkshopScreen } from './workshop/WorkshopScreen.tsx'
import { Loading } from './components/Loading.tsx'

type BootState =
  { phase: 'booting' } | { phase: 'ready' } | { phase: 'failed'; error: SessionError }

export function App() {
  const [boot, setBoot] = useState<BootState>(() =>
    isDesktop() ? { phase: 'ready' } : { phase: 'booting' },
  )
  const open = useUi((s) => s.open)
  const screen = useUi((s) => s.screen)

  useEffect(() => {
    const api = window.tavolo
    if (api !== undefined) {
      // A reloaded desktop window picks up the workshop main still has open.
      let cancelled = false
      void api.connection().then((opened) => {
        if (!cancelled && opened !== null) ui.enterWorkshop(openWorkshop(sessionFromOpened(opened)))
      })
      return () => {
        cancelled = true
      }
    }
    let cancelled = false
    resolveBrowserSession(window.location).then(
      (session) => {
        if (cancelled) return
        ui.enterWorkshop(openWorkshop(session))
        setBoot({ phase: 'ready' })
      },
      (err: unknown) => {
        if (cancelled) return
        const error =
          err instanceof SessionError ? err : new SessionError('unreachable', String(err))
        setBoot({ phase: 'failed', error })
      },
    )
    return () => {
      cancelled = true
    }
  }, [])

  if (open === null) {
    return (
      <I18nProvider>
        {boot.phase === 'failed' ? (
          <BootError error={boot.error} />
        ) : boot.phase === 'booting' ? (
          <Loading />
        ) : (
          <Home />
        )}
        <LiveRegion />
      </I18nProvider>
    )
  }
  return (
    <WorkshopContext.Provider value={open}>
      <WorkshopI18n open={open}>
        {screen === 'home' ? <Home /> : <WorkshopScreen />}
        <LiveRegion />
      </WorkshopI18n>
    </WorkshopContext.Provider>
  )
}

/** The UI follows the workshop's language (when a catalog exists), live as it is edited. */
function WorkshopI18n({ open, children }: { open: OpenWorkshop; children: ReactNode }) {
  const language = useStore(open.workshop.store, (s) => s.info.language)
  return <I18nProvider workshopLanguage={language}>{children}</I18nProvider>
}

function BootError({ error }: { error: SessionError }) {
  const t = useT()
  return (
    <main className="center-screen">
      <div className="boot-error" role="alert">
        <h1>{t('error.title')}</h1>
        <p>
          {error.reason === 'no-token'
            ? t('error.noToken')
            : error.reason === 'denied'
              ? t('status.denied')
              : t('error.session', { message: error.message })}
        </p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          {t('error.reload')}
        </button>
      </div>
    </main>
  )
}
