// The future-back board: the vision at the horizon (right), milestones placed by year on the way
// back, and the first steps that start now (left). Milestones move by drag, by Alt+Left/Right,
// or with "Move to year…".
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Milestone, TextItem } from '../../../../shared/interchange/schema.ts'
import type { BoardInfo } from '../../../../shared/model/records.ts'
import {
  addCard,
  addFirstStep,
  addVisionItem,
  moveTextItem,
  removeMilestone,
  removeTextItem,
  setBoardYears,
  setMilestoneYear,
} from '../../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../../doc/context.tsx'
import { itemsOf } from '../../doc/projection.ts'
import { useT } from '../../i18n/I18n.tsx'
import { ui } from '../../app/uiStore.ts'
import { announce } from '../../app/announce.ts'
import { Icon } from '../../components/Icon.tsx'
import { ConfirmDialog } from '../../components/Dialog.tsx'
import { NumberField } from '../../components/fields.tsx'
import { beginPointerDrag, elementAt } from '../../components/drag.ts'
import { buildTimeline, stepYear } from './timeline.ts'
import { MilestoneCard, TextCard } from './cards.tsx'
import { MilestoneDialog, MoveYearDialog, TextItemDialog } from './dialogs.tsx'

type TextKind = 'vision' | 'firstStep'
type Dialogs =
  | { kind: 'text'; type: TextKind; item?: TextItem }
  | { kind: 'milestone'; item?: Milestone; year: number }
  | { kind: 'year'; item: Milestone }
  | { kind: 'delete'; type: TextKind | 'milestone'; item: TextItem | Milestone }

export function FutureBackBoard({ board }: { board: BoardInfo }) {
  const t = useT()
  const edit = useEdit()
  const items = useWorkshop((s) => itemsOf(s, board.id))
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const present = board.presentYear ?? new Date().getFullYear()
  const horizon = board.horizonYear ?? present + 10
  const timeline = useMemo(() => buildTimeline(items, present, horizon), [items, present, horizon])
  const names = useMemo(() => new Map(stakeholders.map((k) => [k.id, k.name])), [stakeholders])
  const [dialog, setDialog] = useState<Dialogs | null>(null)
  const gridRef = useRef<HTMLDivElement>(null)

  const toYear = useCallback(
    (m: Milestone, year: number) => {
      const landed = edit((doc) => setMilestoneYear(doc, m.id, year))
      if (landed === undefined) return
      ui.focusQuietly(m.id)
      announce(t('future.moved', { year: String(landed) }))
    },
    [edit, t],
  )

  const onMilestoneKey = useCallback(
    (m: Milestone, delta: -1 | 1) => {
      const next = stepYear(m.year, delta, present, horizon)
      if (next !== undefined) toYear(m, next)
    },
    [present, horizon, toYear],
  )

  const startDrag = useCallback(
    (event: PointerEvent, m: Milestone, card: HTMLElement) => {
      const grid = gridRef.current
      if (grid === null) return
      const cells = [...grid.querySelectorAll<HTMLElement>('[data-year-cell]')]
      let lit: HTMLElement | null = null
      beginPointerDrag<number>(event, card, {
        hitTest: (x, y) => {
          const cell =
            elementAt(cells, x, y) ??
            cells.find((c) => {
              const r = c.getBoundingClientRect()
              return x >= r.left && x <= r.right
            })
          const year = Number(cell?.getAttribute('data-year-cell'))
          return Number.isInteger(year) && year !== 0 ? year : null
        },
        indicate: (year) => {
          const next =
            year === null
              ? null
              : (cells.find((c) => c.getAttribute('data-year-cell') === String(year)) ?? null)
          if (next === lit) return
          lit?.classList.remove('drop-target')
          next?.classList.add('drop-target')
          lit = next
        },
        onDrop: (year) => {
          if (year !== m.year) toYear(m, year)
        },
      })
    },
    [toYear],
  )

  const years = timeline.years
  const columns = `var(--lane-label) repeat(${years.length}, minmax(var(--year-min), 1fr))`
  const span = { gridColumn: `2 / span ${years.length}` }
  const textCard = (type: TextKind, list: TextItem[]) =>
    list.map((item, i) => (
      <TextCard
        key={item.id}
        item={item}
        kind={type}
        canUp={i > 0}
        canDown={i < list.length - 1}
        onEdit={() => setDialog({ kind: 'text', type, item })}
        onMove={(delta) => edit((doc) => moveTextItem(doc, item.id, i + delta))}
        onDelete={() => setDialog({ kind: 'delete', type, item })}
      />
    ))

  return (
    <div className="future-board">
      <div className="board-subbar">
        <button
          type="button"
          className="button"
          onClick={() => setDialog({ kind: 'text', type: 'vision' })}
        >
          <Icon name="star" /> {t('future.addVision')}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={() =>
            setDialog({ kind: 'milestone', year: Math.round((present + horizon) / 2) })
          }
        >
          <Icon name="flag" /> {t('future.addMilestone')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setDialog({ kind: 'text', type: 'firstStep' })}
        >
          <Icon name="right" /> {t('future.addFirstStep')}
        </button>
        <div className="subbar-fields">
          <NumberField
            label={t('future.presentYear')}
            showLabel
            value={present}
            min={1900}
            max={horizon - 1}
            onCommit={(v) =>
              v !== undefined && edit((doc) => setBoardYears(doc, board.id, v, horizon))
            }
          />
          <NumberField
            label={t('future.horizonYear')}
            showLabel
            value={horizon}
            min={present + 1}
            max={2200}
            onCommit={(v) =>
              v !== undefined && edit((doc) => setBoardYears(doc, board.id, present, v))
            }
          />
        </div>
        <p id="milestone-keys-hint" className="hint">
          {t('future.milestoneHint')}
        </p>
      </div>
      <div className="fb-timeline-scroll">
        <div className="fb-timeline" ref={gridRef} style={{ gridTemplateColumns: columns }}>
          <div className="lane-label lane-corner" aria-hidden="true" />
          {years.map((y, i) => (
            <div
              key={y}
              className={
                i === 0
                  ? 'year-head year-now'
                  : i === years.length - 1
                    ? 'year-head year-horizon'
                    : 'year-head'
              }
            >
              {i === 0
                ? t('future.now', { year: String(y) })
                : i === years.length - 1
                  ? t('future.vision', { year: String(y) })
                  : y}
            </div>
          ))}

          <h3 className="lane-label">
            <Icon name="star" /> {t('future.visionLane')}
          </h3>
          {/* The vision stands at the horizon: its headlines line up from the right edge. */}
          <section
            className="lane-cell lane-row vision-row"
            style={span}
            aria-label={t('future.vision', { year: String(horizon) })}
          >
            {timeline.vision.length === 0 ? (
              <p className="lane-empty">{t('future.noVision')}</p>
            ) : null}
            <span className="back-arrow" aria-hidden="true">
              {t('future.backArrow')}
            </span>
            {textCard('vision', timeline.vision)}
          </section>

          <h3 className="lane-label">
            <Icon name="flag" /> {t('future.milestones')}
          </h3>
          {years.map((y) => {
            const list = timeline.milestones.get(y) ?? []
            return (
              <section
                key={y}
                className="lane-cell year-cell"
                data-year-cell={y}
                aria-label={t('future.yearColumn', { year: String(y), count: list.length })}
              >
                {list.map((m) => (
                  <MilestoneCard
                    key={m.id}
                    milestone={m}
                    actorNames={(m.actorIds ?? []).map((id) => names.get(id) ?? id)}
                    canEarlier={m.year > present}
                    canLater={m.year < horizon}
                    onKeyYear={onMilestoneKey}
                    onDragStart={startDrag}
                    onEdit={() => setDialog({ kind: 'milestone', item: m, year: m.year })}
                    onMoveYear={() => setDialog({ kind: 'year', item: m })}
                    onDelete={() => setDialog({ kind: 'delete', type: 'milestone', item: m })}
                  />
                ))}
                <button
                  type="button"
                  className="cell-add"
                  aria-label={t('future.addMilestoneIn', { year: String(y) })}
                  onClick={() => setDialog({ kind: 'milestone', year: y })}
                >
                  <Icon name="plus" size={14} />
                </button>
              </section>
            )
          })}

          <h3 className="lane-label">
            <Icon name="right" /> {t('future.firstSteps')}
          </h3>
          {/* First steps start now: they line up from the left edge. */}
          <section
            className="lane-cell lane-row steps-row"
            style={span}
            aria-label={t('future.firstSteps')}
          >
            {timeline.firstSteps.length === 0 ? (
              <p className="lane-empty">{t('future.noFirstSteps')}</p>
            ) : null}
            {textCard('firstStep', timeline.firstSteps)}
          </section>
        </div>
      </div>
      {dialog?.kind === 'text' ? (
        <TextItemDialog
          type={dialog.type}
          item={dialog.item}
          onClose={() => setDialog(null)}
          onAdd={(text) => {
            // addCard: hidden from the others while the facilitator has private writing on.
            const id = edit((doc) =>
              addCard(doc, board.id, () =>
                dialog.type === 'vision'
                  ? addVisionItem(doc, board.id, { text })
                  : addFirstStep(doc, board.id, { text }),
              ),
            )
            if (id !== undefined) ui.reveal({ kind: 'board', boardId: board.id }, id)
          }}
        />
      ) : null}
      {dialog?.kind === 'milestone' ? (
        <MilestoneDialog
          boardId={board.id}
          item={dialog.item}
          year={dialog.year}
          years={years}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'year' ? (
        <MoveYearDialog
          item={dialog.item}
          years={years}
          onClose={() => setDialog(null)}
          onMove={(year) => {
            setDialog(null)
            toYear(dialog.item, year)
          }}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: dialog.item.text })}
          body={t('confirm.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => {
            const id = dialog.item.id
            edit((doc) =>
              dialog.type === 'milestone' ? removeMilestone(doc, id) : removeTextItem(doc, id),
            )
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  )
}
