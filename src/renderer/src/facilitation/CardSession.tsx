// What facilitation adds to one card: its dot button while a vote is open on the board (with the
// voter's dots on it and a button to take one back), its total once the results are shown, and a
// label when it is in the spotlight. The dot controls are not <button>s on purpose: a locked
// board disables every form control of its cards (a disabled fieldset), and voting must still
// work there. They are focusable elements with the button role, Enter and Space.
import { useContext, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { castDot, removeDot, setSpotlight } from '../../../shared/model/index.ts'
import { useT } from '../i18n/I18n.tsx'
import { EditScope } from './editScope.ts'
import { FIcon } from './icons.tsx'
import { useFacilitation, useIsFacilitator, useSessionAct } from './useFacilitation.ts'
import { dotControl, type DotRefusal, type VoteView } from './voteModel.ts'

const REFUSAL_KEY = {
  closed: 'vote.refused.closed',
  noDotsLeft: 'vote.refused.noDotsLeft',
  oneDotPerCard: 'vote.refused.oneDotPerCard',
  noDotHere: 'vote.refused.noDotHere',
} as const satisfies Record<DotRefusal, string>

function activate(handler: () => void) {
  return {
    onClick: handler,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault()
        e.stopPropagation()
        handler()
      }
    },
  }
}

/** What one card shows of the vote, as plain values (a card re-renders only when they change). */
interface CardVote {
  voteId: string
  open: boolean
  count: number
  canAdd: boolean
  canRemove: boolean
  addRefusal: DotRefusal | undefined
  proxyId: string | undefined
  /** Everyone's dots on the card, once the results may be shown. */
  total: number | undefined
}

function cardVote(vote: VoteView | undefined, itemId: string): CardVote | undefined {
  if (vote === undefined) return undefined
  const control = dotControl(vote, itemId)
  return {
    voteId: vote.voteId,
    open: vote.open,
    count: control.count,
    canAdd: control.canAdd,
    canRemove: control.canRemove,
    addRefusal: control.addRefusal,
    proxyId: vote.voter.kind === 'proxy' ? vote.voter.proxyId : undefined,
    total: vote.results.visible
      ? (vote.results.rows.find((r) => r.itemId === itemId)?.votes ?? 0)
      : undefined,
  }
}

/** The facilitation part of a card: pass the card's id and a short text naming it. */
export function CardSession({ itemId, label }: { itemId: string; label: string }) {
  const boardId = useContext(EditScope)
  // One store subscription per card: boards mount hundreds of cards, and most of the time there
  // is no vote and no spotlight, so the other hooks live in the part that shows something. The
  // selection is flat (plain values, or just "spotlit") so that a shallow compare keeps it stable.
  const state = useFacilitation(
    useShallow((v): (CardVote & { spotlit: boolean }) | boolean => {
      const spotlit = v.session.spotlight?.itemId === itemId
      const vote = cardVote(boardId === null ? undefined : v.votes[boardId], itemId)
      return vote === undefined ? spotlit : { ...vote, spotlit }
    }),
  )
  if (state === false) return null
  return typeof state === 'boolean' ? (
    <CardSessionShown itemId={itemId} label={label} control={undefined} spotlit={state} />
  ) : (
    <CardSessionShown itemId={itemId} label={label} control={state} spotlit={state.spotlit} />
  )
}

function CardSessionShown({
  itemId,
  label,
  control,
  spotlit,
}: {
  itemId: string
  label: string
  control: CardVote | undefined
  spotlit: boolean
}) {
  const facilitator = useIsFacilitator()
  const act = useSessionAct()
  const t = useT()
  const name = label.length > 80 ? `${label.slice(0, 79)}…` : label
  const vote = control
  const options = control?.proxyId === undefined ? {} : { proxyId: control.proxyId }
  const total = control?.total

  // Always asked of the model, which enforces the limits and says why it refuses (politely,
  // through useSessionAct); the button only looks spent.
  const add = () => {
    if (vote === undefined) return
    act((doc) => castDot(doc, vote.voteId, itemId, options))
  }
  const remove = () => {
    if (vote === undefined) return
    act((doc) => removeDot(doc, vote.voteId, itemId, options))
  }

  return (
    <div className="card-session" data-no-drag="" data-allow-locked="">
      {spotlit ? (
        <span className="spotlight-tag">
          <FIcon name="spotlight" size={13} /> {t('spotlight.label')}
          {facilitator ? (
            <span
              role="button"
              tabIndex={0}
              className="spotlight-end"
              aria-label={t('spotlight.clear')}
              title={t('spotlight.clear')}
              {...activate(() => act((doc) => setSpotlight(doc, null)))}
            >
              <FIcon name="close" size={12} />
            </span>
          ) : null}
        </span>
      ) : null}
      {control === undefined ? null : (
        <span className={control.count > 0 ? 'dot-control has-dots' : 'dot-control'}>
          {control.count > 0 ? (
            <span
              role="button"
              tabIndex={0}
              className="dot-remove"
              aria-label={t('vote.removeDot', { name })}
              title={t('vote.removeDot', { name })}
              {...activate(remove)}
            >
              <FIcon name="minus" size={12} />
            </span>
          ) : null}
          <span
            role="button"
            tabIndex={0}
            className={control.canAdd ? 'dot-add' : 'dot-add is-spent'}
            aria-label={`${t('vote.addDot', { name })} (${t('vote.dotsOn', { count: control.count })})`}
            title={
              control.addRefusal === undefined
                ? t('vote.addDot', { name })
                : t(REFUSAL_KEY[control.addRefusal])
            }
            {...activate(add)}
          >
            <span className="dot-pips" aria-hidden="true">
              {control.count === 0 ? (
                <span className="dot-pip dot-pip-empty" />
              ) : (
                Array.from({ length: Math.min(control.count, 5) }, (_, i) => (
                  <span key={i} className="dot-pip" />
                ))
              )}
              {control.count > 5 ? <span className="dot-more">+{control.count - 5}</span> : null}
            </span>
          </span>
          {total === undefined ? null : (
            <span className="dot-total" title={t('vote.dotsOn', { count: total })}>
              <span className="sr-only">{t('vote.results')}: </span>
              {t('vote.dotsOn', { count: total })}
            </span>
          )}
        </span>
      )}
    </div>
  )
}
