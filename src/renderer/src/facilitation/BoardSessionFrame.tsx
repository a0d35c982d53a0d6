// What the session adds around a board: why it cannot be changed (locked), the dot vote running
// on it (dots left, results once revealed), the card in the spotlight (highlighted, the others
// dimmed, with its text named), private writing. A board locked for this person sits in a
// disabled fieldset: every control of it is disabled for real (focus, clicks, keyboard), except
// the dot controls, which are not form controls (CardSession.tsx).
import { useId, useState, type ReactNode } from 'react'
import { revealPrivateCards, setSpotlight } from '../../../shared/model/index.ts'
import { useWorkshop } from '../doc/context.tsx'
import { itemsOf } from '../doc/projection.ts'
import { useT } from '../i18n/I18n.tsx'
import { EditScope } from './editScope.ts'
import { FIcon } from './icons.tsx'
import { itemLabel } from './itemLabel.ts'
import { useFacilitation, useIsFacilitator, useSessionAct } from './useFacilitation.ts'
import { VoteResults } from './VoteResults.tsx'
import type { VoteView } from './voteModel.ts'

/** Provides the board to edits made anywhere in its view (title, menu, cards, dialogs). */
export function BoardScope({ boardId, children }: { boardId: string; children: ReactNode }) {
  return <EditScope.Provider value={boardId}>{children}</EditScope.Provider>
}

/** Whether this person may not edit the board now (locked, and not a facilitator). */
export function useLockedForMe(boardId: string): boolean {
  const locked = useFacilitation((v) => v.session.locks[boardId]?.locked === true)
  const facilitator = useIsFacilitator()
  return locked && !facilitator
}

/** Controls of a board outside its body (title, menu), disabled while it is locked for me. */
export function LockedControls({ boardId, children }: { boardId: string; children: ReactNode }) {
  return (
    <fieldset className="locked-controls" disabled={useLockedForMe(boardId)}>
      {children}
    </fieldset>
  )
}

function spotlightCss(itemId: string): string {
  const id = CSS.escape(itemId)
  const me = `[data-card-id="${id}"], [data-row-id="${id}"]`
  return [
    `.board-session.has-spotlight :is([data-card-id], [data-row-id]):not(${me}) { opacity: 0.38; filter: saturate(0.4); }`,
    `.board-session.has-spotlight :is(${me}) { outline: 3px solid var(--spotlight); outline-offset: 3px; box-shadow: 0 0 0 8px var(--spotlight-weak), var(--shadow-2); position: relative; z-index: 2; }`,
  ].join('\n')
}

export function BoardSessionFrame({ boardId, children }: { boardId: string; children: ReactNode }) {
  const t = useT()
  const act = useSessionAct()
  const facilitator = useIsFacilitator()
  const locked = useFacilitation((v) => v.session.locks[boardId]?.locked === true)
  const vote = useFacilitation((v) => v.votes[boardId])
  const spotlightId = useFacilitation((v) => v.session.spotlight?.itemId)
  const privateOn = useFacilitation((v) => v.session.privateWriting.on)
  const hidden = useFacilitation((v) => v.hidden[boardId] ?? 0)
  const items = useWorkshop((s) => itemsOf(s, boardId))
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const lockedForMe = locked && !facilitator
  const spotItem =
    spotlightId === undefined
      ? undefined
      : (items.find((i) => i.id === spotlightId) ??
        stakeholders.find((k) => k.id === spotlightId && k.boardId === boardId))
  const spotText = spotItem === undefined ? undefined : itemLabel(spotItem)
  const className = [
    'board-session',
    lockedForMe ? 'is-locked' : '',
    spotItem !== undefined ? 'has-spotlight' : '',
  ]
    .filter((c) => c !== '')
    .join(' ')
  return (
    <div className={className}>
      {locked ? (
        <p
          className={facilitator ? 'session-note note-lock-facilitator' : 'session-note note-lock'}
          role="note"
        >
          <FIcon name="lock" />
          <span>
            {facilitator
              ? t('lock.bannerFacilitator')
              : vote !== undefined
                ? t('lock.bannerVoting')
                : t('lock.banner')}
          </span>
        </p>
      ) : null}
      {privateOn ? (
        <p className="session-note note-private" role="note">
          <FIcon name="eyeOff" />
          <span>{t('privacy.banner')}</span>
          {facilitator && hidden > 0 ? (
            <>
              <span className="note-count">{t('privacy.hidden', { count: hidden })}</span>
              <button
                type="button"
                className="button button-small"
                onClick={() => act((doc) => revealPrivateCards(doc, boardId))}
              >
                <FIcon name="eye" /> {t('privacy.reveal', { count: hidden })}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {!privateOn && facilitator && hidden > 0 ? (
        <p className="session-note note-private" role="note">
          <FIcon name="eyeOff" />
          <span className="note-count">{t('privacy.hidden', { count: hidden })}</span>
          <button
            type="button"
            className="button button-small"
            onClick={() => act((doc) => revealPrivateCards(doc, boardId))}
          >
            <FIcon name="eye" /> {t('privacy.reveal', { count: hidden })}
          </button>
        </p>
      ) : null}
      {vote === undefined ? null : <VoteBar vote={vote} facilitator={facilitator} />}
      {spotItem === undefined || spotlightId === undefined ? null : (
        <>
          <style>{spotlightCss(spotlightId)}</style>
          <p className="session-note note-spotlight" role="status">
            <FIcon name="spotlight" />
            <span>{t('spotlight.banner', { text: spotText ?? '' })}</span>
            {facilitator ? (
              <button
                type="button"
                className="button button-small"
                onClick={() => act((doc) => setSpotlight(doc, null))}
              >
                {t('spotlight.clear')}
              </button>
            ) : null}
          </p>
        </>
      )}
      <fieldset
        className="board-lock"
        disabled={lockedForMe}
        aria-describedby={undefined}
        // A drag on a locked board would only be refused at the drop: do not start it.
        onPointerDownCapture={(e) => {
          if (!lockedForMe) return
          const target = e.target as Element
          if (
            target.closest('[data-allow-locked]') === null &&
            target.closest('[data-card-id]') !== null
          )
            e.stopPropagation()
        }}
      >
        {children}
      </fieldset>
    </div>
  )
}

function VoteBar({ vote, facilitator }: { vote: VoteView; facilitator: boolean }) {
  const t = useT()
  const resultsId = useId()
  const [showResults, setShowResults] = useState<boolean | null>(null)
  const shown = vote.results.visible && (showResults ?? vote.revealed)
  const total = vote.dotsPerPerson
  const status =
    vote.voter.kind === 'proxy'
      ? t('vote.forProxy', { count: vote.remaining, total, name: vote.voter.name })
      : t('vote.mine', { count: vote.remaining, total })
  return (
    <section
      className={vote.voter.kind === 'proxy' ? 'vote-bar-panel is-proxy' : 'vote-bar-panel'}
      aria-label={t('vote.title')}
    >
      <div className="vote-bar-row">
        <span className="vote-badge">
          <FIcon name="dot" /> {t('vote.title')}
        </span>
        {vote.title === undefined ? null : <strong className="vote-question">{vote.title}</strong>}
        <span className="vote-left" role="status">
          <span className="vote-pips" aria-hidden="true">
            {Array.from({ length: Math.min(total, 12) }, (_, i) => (
              <span key={i} className={i < vote.remaining ? 'dot-pip' : 'dot-pip dot-pip-empty'} />
            ))}
          </span>
          {status}
        </span>
        <span className="vote-help">
          {vote.allowStacking ? t('vote.helpStacking') : t('vote.help')}
        </span>
        {vote.results.visible ? (
          <button
            type="button"
            className="button button-small vote-toggle"
            aria-expanded={shown}
            aria-controls={resultsId}
            data-allow-locked=""
            onClick={() => setShowResults(!shown)}
          >
            <FIcon name="chart" /> {t('vote.results')}
          </button>
        ) : (
          <span className="vote-hidden">{t('vote.hiddenUntilReveal')}</span>
        )}
      </div>
      {shown ? (
        <div id={resultsId} className="vote-bar-results">
          {facilitator && !vote.revealed ? (
            <p className="hint">{t('vote.facilitatorOnly')}</p>
          ) : null}
          <VoteResults vote={vote} />
        </div>
      ) : null}
    </section>
  )
}
