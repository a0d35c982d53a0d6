import { memo, useRef, type KeyboardEvent } from 'react'
import type { Milestone, TextItem } from '../../../../shared/interchange/schema.ts'
import { useT } from '../../i18n/I18n.tsx'
import { Icon } from '../../components/Icon.tsx'
import { MenuButton } from '../../components/Menu.tsx'
import { useReveal } from '../../components/useReveal.ts'
import { requestPromote } from '../../plan/promoteStore.ts'
import { CardSession } from '../../facilitation/CardSession.tsx'

interface MilestoneProps {
  milestone: Milestone
  actorNames: string[]
  canEarlier: boolean
  canLater: boolean
  onKeyYear: (m: Milestone, delta: -1 | 1) => void
  onDragStart: (event: PointerEvent, m: Milestone, card: HTMLElement) => void
  onEdit: () => void
  onMoveYear: () => void
  onDelete: () => void
}

export const MilestoneCard = memo(function MilestoneCard(props: MilestoneProps) {
  const { milestone: m, actorNames, onKeyYear, onDragStart, onEdit, onMoveYear, onDelete } = props
  const t = useT()
  const ref = useRef<HTMLElement>(null)
  const flash = useReveal(m.id, ref)
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault()
      onKeyYear(m, e.key === 'ArrowLeft' ? -1 : 1)
    } else if (e.key === 'F2') {
      e.preventDefault()
      onEdit()
    } else if (e.key === 'Delete') {
      e.preventDefault()
      onDelete()
    }
  }
  return (
    <article
      ref={ref}
      className={flash ? 'card milestone-card flash' : 'card milestone-card'}
      data-card-id={m.id}
      onPointerDown={(e) => ref.current !== null && onDragStart(e.nativeEvent, m, ref.current)}
    >
      <div className="card-top">
        <span className="year-tag">{m.year}</span>
        <MenuButton
          label={t('common.more', { name: m.text })}
          items={[
            { label: t('common.edit'), onSelect: onEdit },
            { label: t('future.moveToYear'), onSelect: onMoveYear },
            {
              label: t('promote.menu'),
              shortcut: t('promote.shortcut'),
              onSelect: () => requestPromote(m.id),
            },
            {
              label: t('future.earlier'),
              disabled: !props.canEarlier,
              onSelect: () => onKeyYear(m, -1),
            },
            {
              label: t('future.later'),
              disabled: !props.canLater,
              onSelect: () => onKeyYear(m, 1),
            },
            { label: t('common.delete'), danger: true, onSelect: onDelete },
          ]}
        >
          <Icon name="dots" />
        </MenuButton>
      </div>
      <button
        type="button"
        className="card-main card-text"
        data-focus=""
        data-drag-handle=""
        aria-label={t('future.milestoneCard', { year: String(m.year), text: m.text })}
        aria-describedby="milestone-keys-hint"
        onKeyDown={onKeyDown}
        onClick={onEdit}
      >
        {m.text}
      </button>
      {actorNames.length === 0 ? null : (
        <ul className="chip-list" aria-label={t('future.actors')}>
          {actorNames.map((name, i) => (
            // Names may repeat (two stakeholders with one name); position keeps keys unique.
            <li key={`${i}-${name}`} className="chip">
              {name}
            </li>
          ))}
        </ul>
      )}
      <CardSession itemId={m.id} label={`${m.year}: ${m.text}`} />
    </article>
  )
})

interface TextProps {
  item: TextItem
  kind: 'vision' | 'firstStep'
  canUp: boolean
  canDown: boolean
  onEdit: () => void
  onMove: (delta: -1 | 1) => void
  onDelete: () => void
}

export const TextCard = memo(function TextCard({
  item,
  kind,
  canUp,
  canDown,
  onEdit,
  onMove,
  onDelete,
}: TextProps) {
  const t = useT()
  const ref = useRef<HTMLElement>(null)
  const flash = useReveal(item.id, ref)
  const base = kind === 'vision' ? 'card vision-card' : 'card step-card'
  return (
    <article ref={ref} className={flash ? `${base} flash` : base} data-card-id={item.id}>
      <button
        type="button"
        className="card-main card-text"
        data-focus=""
        onKeyDown={(e) => {
          if (e.altKey && e.key === 'ArrowUp' && canUp) onMove(-1)
          else if (e.altKey && e.key === 'ArrowDown' && canDown) onMove(1)
          else if (e.key === 'F2') onEdit()
          else if (e.key === 'Delete') onDelete()
          else return
          e.preventDefault()
        }}
        onClick={onEdit}
      >
        {item.text}
      </button>
      <MenuButton
        label={t('common.more', { name: item.text })}
        items={[
          { label: t('common.edit'), onSelect: onEdit },
          {
            label: t('promote.menu'),
            shortcut: t('promote.shortcut'),
            onSelect: () => requestPromote(item.id),
          },
          { label: t('common.moveUp'), disabled: !canUp, onSelect: () => onMove(-1) },
          { label: t('common.moveDown'), disabled: !canDown, onSelect: () => onMove(1) },
          { label: t('common.delete'), danger: true, onSelect: onDelete },
        ]}
      >
        <Icon name="dots" />
      </MenuButton>
      <CardSession itemId={item.id} label={item.text} />
    </article>
  )
})
