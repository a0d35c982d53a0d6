// The facilitator's tools, in a panel beside the board (not a dialog: the facilitator keeps
// working on the board while it is open). Tabs: run the agenda and the room, the dot vote, the
// people and their roles, the decisions.
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { useCurrentSection } from '../workshop/currentSection.ts'
import { RunControls } from './AgendaRun.tsx'
import { DecisionsPanel } from './DecisionsPanel.tsx'
import { facilitationUi, useFacilitationUi, type PanelTab } from './facilitationUi.ts'
import { FIcon } from './icons.tsx'
import { PeoplePanel } from './PeoplePanel.tsx'
import { BoardControls, SessionToggles } from './RoomControls.tsx'
import { TimerControls } from './Timer.tsx'
import { useFacilitation, useIsFacilitator } from './useFacilitation.ts'
import { VotePanel } from './VotePanel.tsx'

const TABS: readonly PanelTab[] = ['run', 'vote', 'people', 'decisions']

export function FacilitationPanel() {
  const t = useT()
  const tab = useFacilitationUi((s) => s.panel)
  const facilitator = useIsFacilitator()
  const section = useCurrentSection()
  const boardId = section.kind === 'board' ? section.boardId : undefined
  const board = useWorkshop((s) => s.boards.find((b) => b.id === boardId))
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({})
  const headingRef = useRef<HTMLHeadingElement>(null)
  const isOpen = tab !== null && facilitator
  // Focus moves to the panel when it opens (not on every tab change).
  useEffect(() => {
    if (!isOpen) return
    headingRef.current?.focus()
    // The board makes room for the panel instead of hiding under it.
    document.body.classList.add('has-facilitation-panel')
    return () => document.body.classList.remove('has-facilitation-panel')
  }, [isOpen])
  if (tab === null || !facilitator) return null
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab)
    const next =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined
    if (next === undefined) return
    e.preventDefault()
    facilitationUi.openPanel(next)
    tabRefs.current[next]?.focus()
  }
  return (
    <aside className="facilitation-panel" aria-labelledby="facilitation-title">
      <header className="facilitation-head">
        <h2 id="facilitation-title" className="facilitation-title" tabIndex={-1} ref={headingRef}>
          {t('facilitation.panel')}
        </h2>
        <button
          type="button"
          className="button button-small"
          onClick={() => facilitationUi.showSummary(true)}
        >
          <FIcon name="doc" /> {t('summary.open')}
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('facilitation.close')}
          onClick={() => facilitationUi.closePanel()}
        >
          <FIcon name="close" />
        </button>
      </header>
      <div className="facilitation-tabs" role="tablist" aria-label={t('facilitation.tabs')}>
        {TABS.map((id) => (
          <button
            key={id}
            ref={(el) => {
              tabRefs.current[id] = el
            }}
            type="button"
            role="tab"
            id={`facilitation-tab-${id}`}
            aria-selected={tab === id}
            aria-controls="facilitation-tabpanel"
            tabIndex={tab === id ? 0 : -1}
            className="facilitation-tab"
            onKeyDown={onTabKey}
            onClick={() => facilitationUi.openPanel(id)}
          >
            {t(`facilitation.tab.${id}`)}
          </button>
        ))}
      </div>
      <div
        className="facilitation-body"
        role="tabpanel"
        id="facilitation-tabpanel"
        aria-labelledby={`facilitation-tab-${tab}`}
      >
        {tab === 'run' ? <RunTab boardId={board?.id} boardTitle={board?.title} /> : null}
        {tab === 'vote' ? (
          board === undefined ? (
            <p className="hint">{t('facilitation.noBoard')}</p>
          ) : (
            <VotePanel key={board.id} boardId={board.id} boardTitle={board.title} />
          )
        ) : null}
        {tab === 'people' ? <PeoplePanel /> : null}
        {tab === 'decisions' ? <DecisionsPanel boardId={board?.id} /> : null}
      </div>
    </aside>
  )
}

function RunTab({
  boardId,
  boardTitle,
}: {
  boardId: string | undefined
  boardTitle: string | undefined
}) {
  const t = useT()
  const stepMinutes = useWorkshop((s) => s.agenda)
  const runStep = useFacilitation((v) => v.session.run?.stepId)
  const planned = stepMinutes.find((a) => a.id === runStep)?.minutes
  return (
    <>
      <section className="panel-section" aria-labelledby="run-title">
        <h3 id="run-title" className="panel-section-title">
          {t('run.title')}
        </h3>
        <RunControls />
        <TimerControls
          key={runStep ?? 'none'}
          defaultMinutes={planned !== undefined && planned > 0 ? planned : 5}
        />
      </section>
      <section className="panel-section" aria-labelledby="board-controls-title">
        <h3 id="board-controls-title" className="panel-section-title">
          {boardTitle === undefined
            ? t('facilitation.noBoard')
            : t('facilitation.board', { board: boardTitle })}
        </h3>
        {boardId === undefined ? null : <BoardControls boardId={boardId} />}
      </section>
      <section className="panel-section" aria-labelledby="session-controls-title">
        <h3 id="session-controls-title" className="panel-section-title">
          {t('facilitation.session')}
        </h3>
        <SessionToggles />
      </section>
    </>
  )
}
