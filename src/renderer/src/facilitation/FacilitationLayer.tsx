// Facilitation across the whole workshop screen, mounted once: it moves this screen when the
// facilitator starts a step, leads with "follow me" or spotlights a card; shows the "Following …"
// banner; watches the timer reach zero (announcement, optional sound); runs projector mode (keys,
// full screen, the big clock); and hosts the facilitation tools and the session summary.
import { useEffect, useRef } from 'react'
import { boardOfItem, setFollow, setSpotlight } from '../../../shared/model/index.ts'
import { announce } from '../app/announce.ts'
import { ui, useUi, type Section } from '../app/uiStore.ts'
import { isTextEntry } from '../components/keys.ts'
import { useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { FacilitationPanel } from './FacilitationPanel.tsx'
import { useFacilitationUi } from './facilitationUi.ts'
import { followStep, type FollowEvent, type FollowTarget } from './followModel.ts'
import { FIcon } from './icons.tsx'
import { PROJECTOR_CLASS, projectorEvent, toggleProjector } from './projector.ts'
import { playChime, useTimerSound } from './sound.ts'
import { SummaryView } from './SummaryView.tsx'
import { ProjectorClock } from './Timer.tsx'
import { reachedZero, timerDisplay } from './timerModel.ts'
import {
  useFacilitation,
  useFacilitationRuntime,
  useIsFacilitator,
  useSessionAct,
} from './useFacilitation.ts'
import { useNow } from './useNow.ts'
import { applyViewport, boardScroller, movedEnough, viewportOf } from './viewport.ts'
import type { TimerView } from '../../../shared/model/session/timer.ts'

/** Moves this screen to a board, remembering that the move was not the person's own. */
const programmatic = { section: null as Section | null }

function goToBoard(boardId: string): void {
  const current = useUi.getState().section
  if (
    current.kind === 'board' &&
    current.boardId === boardId &&
    useUi.getState().screen === 'workshop'
  )
    return
  const section: Section = { kind: 'board', boardId }
  programmatic.section = section
  ui.showSection(section)
}

function dispatchFollow(event: FollowEvent): void {
  const step = followStep(useFacilitationUi.getState().follow, event)
  useFacilitationUi.setState({ follow: step.state })
  if (step.go !== undefined) goToBoard(step.go)
}

export function FacilitationLayer() {
  useRunNavigation()
  useFollow()
  useSpotlightNavigation()
  useTimerEnd()
  useVoteAnnouncements()
  useKeys()
  const projector = useFacilitationUi((s) => s.projector.on)
  const summary = useFacilitationUi((s) => s.summary)
  return (
    <>
      <FollowBanner />
      <FacilitationPanel />
      {projector ? <ProjectorOverlay /> : null}
      {summary ? <SummaryView /> : null}
    </>
  )
}

/** A step the facilitator starts moves everyone to its board (once per start). */
function useRunNavigation() {
  const t = useT()
  const run = useFacilitation((v) => v.session.run)
  const agenda = useWorkshop((s) => s.agenda)
  const seen = useRef<string | null>(null)
  useEffect(() => {
    if (run === undefined) return
    const key = `${run.stepId ?? ''}@${run.startedAt}`
    if (seen.current === key) return
    const first = seen.current === null
    seen.current = key
    if (run.boardId !== undefined) goToBoard(run.boardId)
    const title = agenda.find((a) => a.id === run.stepId)?.title
    if (!first && title !== undefined) announce(t('run.started', { title }))
  }, [run, agenda, t])
}

function useFollow() {
  const { doc } = useFacilitationRuntime()
  const follow = useFacilitation((v) => v.session.follow)
  const facilitator = useIsFacilitator()
  const act = useSessionAct()
  const section = useUi((s) => s.section)
  const mode = useFacilitationUi((s) => s.follow.mode)

  useEffect(() => {
    const target: FollowTarget | undefined =
      follow === undefined
        ? undefined
        : {
            at: follow.at,
            leaderClientId: follow.facilitatorClientId,
            leaderUserId: follow.facilitatorUserId,
            ...(follow.boardId !== undefined && { boardId: follow.boardId }),
          }
    dispatchFollow({ type: 'remote', target, myClientId: doc.clientID, facilitator })
  }, [follow, doc, facilitator])

  // A move this person made themselves steps them away from following.
  useEffect(
    () =>
      useUi.subscribe((state, previous) => {
        if (state.section === previous.section) return
        if (programmatic.section === state.section) {
          programmatic.section = null
          return
        }
        const s = state.section
        dispatchFollow({ type: 'navigated', boardId: s.kind === 'board' ? s.boardId : undefined })
      }),
    [],
  )

  // The leading window takes everyone along to the board it opens…
  useEffect(() => {
    if (mode !== 'leading' || section.kind !== 'board' || follow === undefined) return
    if (follow.boardId === section.boardId) return
    act((d) => setFollow(d, { boardId: section.boardId }))
  }, [mode, section, follow, act])

  // …and to where it scrolls on it, once the scrolling stops (not on every frame).
  useEffect(() => {
    if (mode !== 'leading' || section.kind !== 'board') return
    const boardId = section.boardId
    let timer: number | undefined
    const onScroll = (e: Event) => {
      if (!(e.target instanceof HTMLElement) || e.target.closest('.board-lock') === null) return
      window.clearTimeout(timer)
      timer = window.setTimeout(() => {
        const scroller = boardScroller()
        if (scroller === null) return
        const viewport = viewportOf(scroller)
        if (!movedEnough(follow?.viewport, viewport)) return
        act((d) => setFollow(d, { boardId, viewport }))
      }, 400)
    }
    document.addEventListener('scroll', onScroll, true)
    return () => {
      document.removeEventListener('scroll', onScroll, true)
      window.clearTimeout(timer)
    }
  }, [mode, section, follow, act])

  // A follower's board scrolls to the facilitator's position.
  const viewport = follow?.viewport
  useEffect(() => {
    if (mode !== 'following' || viewport === undefined) return
    // After a board change the new board renders first.
    const frame = window.requestAnimationFrame(() => {
      const scroller = boardScroller()
      if (scroller !== null) applyViewport(scroller, viewport)
    })
    return () => window.cancelAnimationFrame(frame)
  }, [mode, viewport, section])
}

/** A new spotlight brings its card into view on every screen. */
function useSpotlightNavigation() {
  const spotlight = useFacilitation((v) => v.session.spotlight)
  const { doc } = useFacilitationRuntime()
  const seen = useRef<number | null>(null)
  useEffect(() => {
    if (spotlight === undefined || seen.current === spotlight.at) return
    seen.current = spotlight.at
    const boardId = boardOfItem(doc, spotlight.itemId)
    if (boardId !== undefined) goToBoard(boardId)
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    window.setTimeout(() => {
      const id = CSS.escape(spotlight.itemId)
      document.querySelector(`[data-card-id="${id}"], [data-row-id="${id}"]`)?.scrollIntoView({
        block: 'center',
        inline: 'center',
        behavior: reduce ? 'auto' : 'smooth',
      })
    }, 60)
  }, [spotlight, doc])
}

/** A vote opening or its results being shown is said to screen readers (once each). */
function useVoteAnnouncements() {
  const t = useT()
  const votes = useFacilitation((v) => v.session.votes)
  const boards = useWorkshop((s) => s.boards)
  const seen = useRef<Map<string, boolean> | null>(null)
  useEffect(() => {
    const first = seen.current === null
    const known = seen.current ?? new Map<string, boolean>()
    seen.current = known
    for (const vote of votes) {
      const before = known.get(vote.id)
      known.set(vote.id, vote.revealed)
      // What was already there when this screen opened is not news.
      if (first || !vote.open) continue
      const board = boards.find((b) => b.id === vote.boardId)?.title ?? ''
      if (before === undefined) announce(t('vote.opened', { board }))
      else if (!before && vote.revealed) announce(t('vote.revealed', { board }))
    }
  }, [votes, boards, t])
}

/** The moment the countdown reaches zero: said to screen readers, and a chime if chosen. */
function useTimerEnd() {
  const t = useT()
  const timer = useFacilitation((v) => v.session.timer)
  const agenda = useWorkshop((s) => s.agenda)
  const now = useNow(timer.state === 'running')
  const previous = useRef<TimerView | undefined>(undefined)
  const view = timerDisplay(timer, now).view
  useEffect(() => {
    const before = previous.current
    previous.current = view
    if (!reachedZero(before, view)) return
    const title = agenda.find((a) => a.id === timer.stepId)?.title
    announce(title === undefined ? t('timer.timesUp') : t('timer.timesUpFor', { title }))
    if (useTimerSound.getState().on) playChime()
  }, [view, agenda, timer.stepId, t])
}

function useKeys() {
  const facilitator = useIsFacilitator()
  const act = useSessionAct()
  const spotlight = useFacilitation((v) => v.session.spotlight?.itemId)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return
      const inText = isTextEntry(e.target)
      if ((e.key === 'F11' || e.key === 'Escape') && !e.ctrlKey && !e.metaKey && !e.altKey) {
        // Escape inside an open dialog or menu belongs to it.
        if (
          e.key === 'Escape' &&
          e.target instanceof Element &&
          e.target.closest('dialog, [role="menu"]') !== null
        )
          return
        if (projectorEvent({ type: 'key', key: e.key, inTextField: inText })) e.preventDefault()
        return
      }
      // S on a focused card puts it in the spotlight (again: ends it), for facilitators.
      if (
        facilitator &&
        !inText &&
        (e.key === 's' || e.key === 'S') &&
        !e.ctrlKey &&
        !e.metaKey &&
        !e.altKey
      ) {
        const card =
          e.target instanceof Element ? e.target.closest('[data-card-id], [data-row-id]') : null
        const id = card?.getAttribute('data-card-id') ?? card?.getAttribute('data-row-id')
        if (id === null || id === undefined) return
        e.preventDefault()
        act((doc) => setSpotlight(doc, spotlight === id ? null : id))
      }
    }
    const onFullscreen = () =>
      projectorEvent({ type: 'fullscreen', active: document.fullscreenElement !== null })
    window.addEventListener('keydown', onKey)
    document.addEventListener('fullscreenchange', onFullscreen)
    return () => {
      window.removeEventListener('keydown', onKey)
      document.removeEventListener('fullscreenchange', onFullscreen)
    }
  }, [facilitator, act, spotlight])
  // Leaving the workshop leaves projector mode.
  useEffect(() => () => document.body.classList.remove(PROJECTOR_CLASS), [])
}

function FollowBanner() {
  const t = useT()
  const follow = useFacilitationUi((s) => s.follow)
  const people = useFacilitation((v) => v.session.people)
  const boards = useWorkshop((s) => s.boards)
  if (follow.mode === 'off' || follow.target === undefined) return null
  const leader = follow.target.leaderUserId
  const name = people.find((p) => p.userId === leader)?.name ?? t('follow.facilitator')
  if (follow.mode === 'leading')
    return (
      <div className="follow-banner is-leading" role="status">
        <FIcon name="follow" /> <span>{t('follow.leading')}</span>
      </div>
    )
  if (follow.mode === 'following')
    return (
      <div className="follow-banner" role="status">
        <FIcon name="follow" /> <span>{t('follow.following', { name })}</span>
        <button
          type="button"
          className="button button-small"
          onClick={() => dispatchFollow({ type: 'stop' })}
        >
          {t('follow.stop')}
        </button>
      </div>
    )
  const board = boards.find((b) => b.id === follow.target?.boardId)?.title
  return (
    <div className="follow-banner is-away" role="status">
      <FIcon name="follow" />{' '}
      <span>
        {board === undefined
          ? t('follow.awayNoBoard', { name })
          : t('follow.away', { name, board })}
      </span>
      <button
        type="button"
        className="button button-small"
        onClick={() => dispatchFollow({ type: 'resume' })}
      >
        {t('follow.again')}
      </button>
    </div>
  )
}

function ProjectorOverlay() {
  const t = useT()
  const section = useUi((s) => s.section)
  const title = useWorkshop((s) =>
    section.kind === 'board' ? s.boards.find((b) => b.id === section.boardId)?.title : undefined,
  )
  return (
    <>
      {title === undefined ? null : <p className="projector-title">{title}</p>}
      <div className="projector-overlay">
        <ProjectorClock />
        <button
          type="button"
          className="projector-exit"
          onClick={() => toggleProjector()}
          title={t('projector.hint')}
        >
          <FIcon name="close" /> {t('projector.exit')}
        </button>
      </div>
    </>
  )
}
