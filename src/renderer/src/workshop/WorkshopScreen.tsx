// The open workshop: top bar, agenda sidebar, workshop header, section tabs and the section.
import { useEffect } from 'react'
import { useT } from '../i18n/I18n.tsx'
import { useConnection, useOpenWorkshop } from '../doc/context.tsx'
import { useCurrentSection } from './currentSection.ts'
import { Loading } from '../components/Loading.tsx'
import { TopBar } from './TopBar.tsx'
import { AgendaSidebar } from './AgendaSidebar.tsx'
import { WorkshopHeader } from './WorkshopHeader.tsx'
import { SectionTabs } from './SectionTabs.tsx'
import { ParticipantsView } from './ParticipantsView.tsx'
import { StakeholdersView } from './StakeholdersView.tsx'
import { ActionsView } from './ActionsView.tsx'
import { BoardView } from '../boards/BoardView.tsx'
import { isTextEntry } from '../components/keys.ts'
import { ErrorBoundary } from '../components/ErrorBoundary.tsx'
import { PromoteHost } from '../plan/PromoteHost.tsx'
import { FacilitationLayer } from '../facilitation/FacilitationLayer.tsx'
import { BoardScope } from '../facilitation/BoardSessionFrame.tsx'

export function WorkshopScreen() {
  const loaded = useConnection((s) => s.loaded)
  const status = useConnection((s) => s.status)
  if (!loaded)
    return status === 'denied' || status === 'removed' ? (
      <Denied removed={status === 'removed'} />
    ) : (
      <Loading />
    )
  return <LoadedWorkshop />
}

function Denied({ removed }: { removed: boolean }) {
  const t = useT()
  return (
    <main className="center-screen">
      <p className="boot-error" role="alert">
        {t(removed ? 'status.removed' : 'status.denied')}
      </p>
    </main>
  )
}

function LoadedWorkshop() {
  const t = useT()
  const { undo } = useOpenWorkshop()
  const section = useCurrentSection()

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (!mod || e.altKey) return
      // Inside a text field the browser's own text undo applies.
      if (isTextEntry(e.target)) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) undo.undo()
      else if ((key === 'z' && e.shiftKey) || key === 'y') undo.redo()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo])

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <TopBar />
      <div className="workshop-body">
        <AgendaSidebar />
        <main className="workshop-main" id="main" tabIndex={-1}>
          <WorkshopHeader />
          <SectionTabs current={section} />
          <div className="section-content">
            <ErrorBoundary resetKey={section.kind === 'board' ? section.boardId : section.kind}>
              {section.kind === 'board' ? (
                <BoardScope key={section.boardId} boardId={section.boardId}>
                  <BoardView boardId={section.boardId} />
                </BoardScope>
              ) : section.kind === 'participants' ? (
                <ParticipantsView />
              ) : section.kind === 'actions' ? (
                <ActionsView />
              ) : (
                <StakeholdersView />
              )}
            </ErrorBoundary>
          </div>
        </main>
      </div>
      <PromoteHost />
      <FacilitationLayer />
    </div>
  )
}
