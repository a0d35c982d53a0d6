// One user story on the board. The card's main button (its sentence) takes focus: Enter or a
// click edits it, Alt+Arrow keys move it, plain arrows go to the neighbouring cards. A drag can
// start anywhere on the card but its vote and menu buttons. Every field is user text rendered
// as text.
import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import type { Story } from '../../../../shared/interchange/schema.ts'
import { Rich, useT } from '../../i18n/I18n.tsx'
import { Icon } from '../../components/Icon.tsx'
import { MenuButton } from '../../components/Menu.tsx'
import { useReveal } from '../../components/useReveal.ts'
import { requestPromote } from '../../plan/promoteStore.ts'
import { PriorityBadge } from '../badges.tsx'
import { storySummary, type MoveKey } from './columns.ts'
import { CardSession } from '../../facilitation/CardSession.tsx'
import type { StoryActions } from './actions.ts'

interface Props {
  story: Story
  authorName: string | undefined
  stakeholderName: string | undefined
  actions: StoryActions
}

const ARROWS: Record<string, MoveKey> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

export const StoryCard = memo(function StoryCard({
  story,
  authorName,
  stakeholderName,
  actions,
}: Props) {
  const t = useT()
  const ref = useRef<HTMLElement>(null)
  const flash = useReveal(story.id, ref)
  const summary = storySummary(story)
  const votes = story.votes ?? 0

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const key = ARROWS[e.key]
    if (key !== undefined) {
      e.preventDefault()
      if (e.altKey) actions.keyMove(story.id, key)
      else actions.focusNeighbour(story.id, key)
    } else if (e.key === 'F2') {
      e.preventDefault()
      actions.edit(story.id)
    } else if (e.key === 'Delete') {
      e.preventDefault()
      actions.remove(story.id)
    }
  }
  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (ref.current !== null) actions.startDrag(e.nativeEvent, story.id, ref.current)
  }

  return (
    <article
      ref={ref}
      className={flash ? 'card story-card flash' : 'card story-card'}
      data-card-id={story.id}
      onPointerDown={onPointerDown}
    >
      <div className="card-top">
        {story.priority === undefined ? <span /> : <PriorityBadge priority={story.priority} />}
        <div className="card-tools">
          <button
            type="button"
            className={votes > 0 ? 'vote-button has-votes' : 'vote-button'}
            aria-label={t('story.voteLabel', { votes: t('story.votes', { count: votes }) })}
            onClick={() => actions.vote(story.id, 1)}
          >
            <Icon name="vote" size={14} />
            <span>{votes}</span>
          </button>
          <MenuButton
            label={t('common.more', { name: summary })}
            items={[
              { label: t('common.edit'), onSelect: () => actions.edit(story.id) },
              { label: t('common.moveTo'), onSelect: () => actions.moveTo(story.id) },
              {
                label: t('promote.menu'),
                shortcut: t('promote.shortcut'),
                onSelect: () => requestPromote(story.id),
              },
              {
                label: t('story.unvote'),
                disabled: votes === 0,
                onSelect: () => actions.vote(story.id, -1),
              },
              { label: t('common.delete'), danger: true, onSelect: () => actions.remove(story.id) },
            ]}
          >
            <Icon name="dots" />
          </MenuButton>
        </div>
      </div>
      <button
        type="button"
        className="card-main story-sentence"
        data-focus=""
        data-drag-handle=""
        aria-describedby="story-keys-hint"
        onKeyDown={onKeyDown}
        onClick={() => actions.edit(story.id)}
      >
        <Rich
          k="story.sentence"
          vars={{
            role: <strong className="story-role">{story.role}</strong>,
            goal: <span className="story-goal">{story.goal}</span>,
            benefit: <span className="story-benefit">{story.benefit}</span>,
          }}
        />
      </button>
      {story.notes === undefined || story.notes === '' ? null : (
        <p className="card-notes">{story.notes}</p>
      )}
      {stakeholderName === undefined && authorName === undefined ? null : (
        <div className="card-foot">
          {stakeholderName === undefined ? null : (
            <span className="chip chip-link" title={t('story.linkedTo', { name: stakeholderName })}>
              <Icon name="link" size={12} /> {stakeholderName}
            </span>
          )}
          {authorName === undefined ? null : (
            <span className="card-author">{t('story.by', { name: authorName })}</span>
          )}
        </div>
      )}
      <CardSession itemId={story.id} label={summary} />
    </article>
  )
})
