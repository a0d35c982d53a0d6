import { memo, useRef } from 'react'
import type { StakeholderRecord } from '../../../../shared/model/records.ts'
import { useT } from '../../i18n/I18n.tsx'
import { MenuButton } from '../../components/Menu.tsx'
import { useReveal } from '../../components/useReveal.ts'
import { requestPromote } from '../../plan/promoteStore.ts'
import type { UiKey } from '../../../../shared/i18n/en/ui.ts'
import { ATTITUDE_MARK } from '../badges.tsx'
import { gridStep, type GridKey } from './grid.ts'
import type { ChipActions, ChipLabels } from './GridView.tsx'
import { CardSession } from '../../facilitation/CardSession.tsx'

const GRID_KEYS: readonly GridKey[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']
const isGridKey = (key: string): key is GridKey => GRID_KEYS.some((k) => k === key)

export const StakeholderChip = memo(function StakeholderChip({
  k,
  quadrant,
  actions,
  labels,
}: {
  k: StakeholderRecord
  quadrant: string
  actions: ChipActions
  labels: ChipLabels
}) {
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  const flash = useReveal(k.id, ref)
  const attitude = k.attitude === undefined ? '' : t(`attitude.${k.attitude}` satisfies UiKey)
  const sector = k.sector === undefined ? '' : t(`sector.${k.sector}` satisfies UiKey)
  return (
    <div
      ref={ref}
      className={`chip-card sector-edge-${k.sector ?? 'none'}${flash ? ' flash' : ''}`}
      data-card-id={k.id}
      onPointerDown={(e) => ref.current !== null && actions.drag(e.nativeEvent, k, ref.current)}
    >
      <button
        type="button"
        className="chip-main"
        data-focus=""
        data-drag-handle=""
        aria-label={t('map.chip', {
          name: k.name,
          influence: k.influence,
          interest: k.interest,
          quadrant,
          attitude,
          sector,
        })}
        title={k.sector === undefined ? k.name : `${k.name} · ${sector}`}
        aria-describedby="grid-keys-hint"
        onKeyDown={(e) => {
          const key = e.key
          if (isGridKey(key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
            e.preventDefault()
            const next = gridStep(k, key)
            if (next !== undefined) actions.key(k, next)
          } else if (e.key === 'F2') {
            e.preventDefault()
            actions.edit(k)
          } else if (e.key === 'Delete') {
            e.preventDefault()
            actions.remove(k)
          }
        }}
        onClick={() => actions.edit(k)}
      >
        {/* Not AttitudeMark: its spoken word is already in the button's name, so the chip keeps
            only the visible sign (one element instead of three, 300 times over). */}
        <span
          className={`attitude attitude-${k.attitude ?? 'unknown'}`}
          title={k.attitude === undefined ? undefined : attitude}
          aria-hidden="true"
        >
          {k.attitude === undefined ? null : ATTITUDE_MARK[k.attitude]}
        </span>
        <span className="chip-name">{k.name}</span>
      </button>
      <MenuButton
        label={t('common.more', { name: k.name })}
        items={() => [
          { label: labels.edit, onSelect: () => actions.edit(k) },
          { label: labels.moveTo, onSelect: () => actions.move(k) },
          {
            label: labels.promote,
            shortcut: labels.promoteShortcut,
            onSelect: () => requestPromote(k.id),
          },
          { label: labels.removeFromMap, onSelect: () => actions.unplace(k) },
          { label: labels.remove, danger: true, onSelect: () => actions.remove(k) },
        ]}
      >
        {/* The dots icon painted by CSS: an inline SVG per chip cost more to mount than the rest. */}
        <span className="chip-dots" aria-hidden="true" />
      </MenuButton>
      <CardSession itemId={k.id} label={k.name} />
    </div>
  )
})
