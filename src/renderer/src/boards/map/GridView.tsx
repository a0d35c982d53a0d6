// The power/interest grid. Each stakeholder is a chip in its cell; it moves by drag, by the
// arrow keys (Up/Down influence, Left/Right interest) or with "Move to…".
import { useCallback, useMemo, useRef, useState } from 'react'
import type { StakeholderRecord } from '../../../../shared/model/records.ts'
import {
  moveStakeholderOnGrid,
  placeStakeholder,
  removeStakeholder,
  updateStakeholder,
} from '../../../../shared/model/index.ts'
import { useEdit } from '../../doc/context.tsx'
import { useT } from '../../i18n/I18n.tsx'
import { ui } from '../../app/uiStore.ts'
import { announce } from '../../app/announce.ts'
import { useReadyMark } from '../../app/marks.ts'
import { ConfirmDialog } from '../../components/Dialog.tsx'
import { beginPointerDrag, elementAt } from '../../components/drag.ts'
import type { UiKey } from '../../../../shared/i18n/en/ui.ts'
import { SCALE, cellKey, gridCells, quadrantOf } from './grid.ts'
import { ATTITUDES, SECTORS } from '../../../../shared/interchange/schema.ts'
import { AttitudeMark, SectorTag } from '../badges.tsx'
import { StakeholderChip } from './StakeholderChip.tsx'
import { StakeholderDialog } from './StakeholderDialog.tsx'
import { MoveOnGridDialog } from './MoveOnGridDialog.tsx'

type Place = { influence: number; interest: number }
type Dialogs = { kind: 'edit' | 'move' | 'delete'; k: StakeholderRecord }

const ROWS = [...SCALE].reverse()

export function GridView({ stakeholders }: { stakeholders: readonly StakeholderRecord[] }) {
  const t = useT()
  const edit = useEdit()
  const cells = useMemo(() => gridCells(stakeholders), [stakeholders])
  const gridRef = useRef<HTMLDivElement>(null)
  useReadyMark('tavolo:board-ready:stakeholder-grid')
  const [dialog, setDialog] = useState<Dialogs | null>(null)
  const quadrantName = useCallback(
    (p: Place) => t(`map.quadrant.${quadrantOf(p.influence, p.interest)}` satisfies UiKey),
    [t],
  )

  // The same for every chip: translated once per language, not once per chip.
  const chipLabels = useMemo(
    (): ChipLabels => ({
      edit: t('common.edit'),
      moveTo: t('common.moveTo'),
      promote: t('promote.menu'),
      promoteShortcut: t('promote.shortcut'),
      removeFromMap: t('map.removeFromMap'),
      remove: t('common.delete'),
    }),
    [t],
  )

  const moveTo = useCallback(
    (k: StakeholderRecord, p: Place) => {
      const at = edit((doc) => moveStakeholderOnGrid(doc, k.id, p.influence, p.interest))
      if (at === undefined) return
      ui.focusQuietly(k.id)
      announce(
        t('map.moved', {
          influence: at.influence,
          interest: at.interest,
          quadrant: quadrantName(at),
        }),
      )
    },
    [edit, t, quadrantName],
  )

  const chipActions = useMemo(
    () => ({
      key: (k: StakeholderRecord, next: Place) => moveTo(k, next),
      edit: (k: StakeholderRecord) => setDialog({ kind: 'edit', k }),
      move: (k: StakeholderRecord) => setDialog({ kind: 'move', k }),
      unplace: (k: StakeholderRecord) => edit((doc) => placeStakeholder(doc, k.id, null)),
      remove: (k: StakeholderRecord) => setDialog({ kind: 'delete', k }),
      drag: (event: PointerEvent, k: StakeholderRecord, chip: HTMLElement) => {
        const grid = gridRef.current
        if (grid === null) return
        const targets = [...grid.querySelectorAll<HTMLElement>('[data-cell]')]
        let lit: HTMLElement | null = null
        beginPointerDrag<HTMLElement>(event, chip, {
          hitTest: (x, y) => elementAt(targets, x, y) as HTMLElement | null,
          indicate: (cell) => {
            if (cell === lit) return
            lit?.classList.remove('drop-target')
            cell?.classList.add('drop-target')
            lit = cell
          },
          onDrop: (cell) => {
            const influence = Number(cell.dataset.influence)
            const interest = Number(cell.dataset.interest)
            if (influence !== k.influence || interest !== k.interest)
              moveTo(k, { influence, interest })
          },
        })
      },
    }),
    [edit, moveTo],
  )

  return (
    <div className="grid-wrap">
      <p id="grid-keys-hint" className="hint">
        {t('map.hint')}
      </p>
      <div className="power-grid-frame">
        <div className="axis-y" aria-hidden="true">
          <span>{t('map.axisInfluence')}</span>
        </div>
        <div
          className="power-grid"
          ref={gridRef}
          role="group"
          aria-label={t('map.grid')}
          aria-describedby="grid-keys-hint"
        >
          <div className="quadrant-label q-satisfy" aria-hidden="true">
            {t('map.quadrant.satisfy')}
          </div>
          <div className="quadrant-label q-manage" aria-hidden="true">
            {t('map.quadrant.manage')}
          </div>
          <div className="quadrant-label q-monitor" aria-hidden="true">
            {t('map.quadrant.monitor')}
          </div>
          <div className="quadrant-label q-inform" aria-hidden="true">
            {t('map.quadrant.inform')}
          </div>
          {ROWS.map((influence) => (
            <div key={influence} className="grid-row">
              {SCALE.map((interest) => {
                const list = cells.get(cellKey(influence, interest)) ?? []
                return (
                  <div
                    key={interest}
                    role="group"
                    className={`grid-cell q-${quadrantOf(influence, interest)}`}
                    data-cell=""
                    data-influence={influence}
                    data-interest={interest}
                    aria-label={t('map.cell', { influence, interest })}
                  >
                    {list.map((k) => (
                      <StakeholderChip
                        key={k.id}
                        k={k}
                        quadrant={quadrantName(k)}
                        actions={chipActions}
                        labels={chipLabels}
                      />
                    ))}
                  </div>
                )
              })}
            </div>
          ))}
        </div>
        <div className="axis-x" aria-hidden="true">
          {SCALE.map((n) => (
            <span key={n}>{n}</span>
          ))}
          <span className="axis-x-title">{t('map.axisInterest')}</span>
        </div>
        <div className="axis-y-ticks" aria-hidden="true">
          {ROWS.map((n) => (
            <span key={n}>{n}</span>
          ))}
        </div>
      </div>
      <GridLegend />
      {dialog?.kind === 'edit' ? (
        <StakeholderDialog
          stakeholder={dialog.k}
          onClose={() => setDialog(null)}
          onSave={(fields) => edit((doc) => updateStakeholder(doc, dialog.k.id, fields))}
        />
      ) : null}
      {dialog?.kind === 'move' ? (
        <MoveOnGridDialog
          k={dialog.k}
          quadrantName={quadrantName}
          onClose={() => setDialog(null)}
          onMove={(p) => {
            setDialog(null)
            moveTo(dialog.k, p)
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: dialog.k.name })}
          body={t('stakeholders.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => edit((doc) => removeStakeholder(doc, dialog.k.id))}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  )
}

export type ChipLabels = {
  edit: string
  moveTo: string
  promote: string
  promoteShortcut: string
  removeFromMap: string
  remove: string
}

export type ChipActions = {
  key: (k: StakeholderRecord, next: Place) => void
  edit: (k: StakeholderRecord) => void
  move: (k: StakeholderRecord) => void
  unplace: (k: StakeholderRecord) => void
  remove: (k: StakeholderRecord) => void
  drag: (event: PointerEvent, k: StakeholderRecord, chip: HTMLElement) => void
}

/** What the marks on the chips mean: attitude (sign and colour) and sector (edge colour, named). */
function GridLegend() {
  const t = useT()
  return (
    <div className="grid-legend">
      <span className="grid-legend-group">
        <span className="grid-legend-title">{t('stakeholders.attitude')}</span>
        {ATTITUDES.map((a) => (
          <span key={a} className="legend-item">
            <AttitudeMark attitude={a} />
            {t(`attitude.${a}` satisfies UiKey)}
          </span>
        ))}
      </span>
      <span className="grid-legend-group">
        <span className="grid-legend-title">{t('common.sector')}</span>
        {SECTORS.map((sector) => (
          <SectorTag key={sector} sector={sector} />
        ))}
      </span>
    </div>
  )
}
