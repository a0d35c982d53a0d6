// The list view of each board kind: every item in an accessible table (see ListTable).
import { useMemo } from 'react'
import {
  ATTITUDES,
  GROUPS,
  PRIORITIES,
  SECTORS,
  type Milestone,
  type Relation,
  type Story,
  type TextItem,
} from '../../../../shared/interchange/schema.ts'
import type { BoardInfo, StakeholderRecord } from '../../../../shared/model/records.ts'
import {
  moveRelation,
  moveStakeholder,
  moveStory,
  moveTextItem,
  moveMilestone,
  placeStakeholder,
  removeMilestone,
  removeRelation,
  removeStory,
  removeTextItem,
  setMilestoneYear,
  updateMilestone,
  updateRelation,
  updateStakeholder,
  updateStory,
  updateTextItem,
} from '../../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../../doc/context.tsx'
import { itemsOf } from '../../doc/projection.ts'
import { useI18n } from '../../i18n/I18n.tsx'
import { NumberField, SelectField, TextField } from '../../components/fields.tsx'
import { enumValue } from '../../components/enums.ts'
import { useEnumOptions } from '../../components/options.ts'
import type { UiKey } from '../../../../shared/i18n/en/ui.ts'
import { storiesOf, storyColumns, storySummary } from '../stories/columns.ts'
import { buildTimeline } from '../future/timeline.ts'
import { ListTable, type Column } from './ListTable.tsx'
import { requestPromote } from '../../plan/promoteStore.ts'

export function BoardListView({ board }: { board: BoardInfo }) {
  if (board.kind === 'user-stories') return <StoriesList board={board} />
  if (board.kind === 'future-back') return <FutureList board={board} />
  return <MapList board={board} />
}

const blank = (v: string) => (v.trim() === '' ? undefined : v.trim())

function StoriesList({ board }: { board: BoardInfo }) {
  const { t, lang } = useI18n()
  const edit = useEdit()
  const items = useWorkshop((s) => itemsOf(s, board.id))
  const opts = useEnumOptions()
  // Rows in board order: column by column, so "move up/down" matches what the board shows.
  const rows = useMemo(() => {
    const columns = storyColumns(storiesOf(items), [], lang)
    return columns.flatMap((c) =>
      c.stories.map((s, index) => ({ ...s, index, columnSize: c.stories.length })),
    )
  }, [items, lang])
  type Row = Story & { index: number; columnSize: number }
  const label = (field: string, row: Row) => t('field.of', { field, name: storySummary(row) })
  const columns: Column<Row>[] = [
    {
      header: t('story.role'),
      cell: (r) => (
        <TextField
          label={label(t('story.role'), r)}
          value={r.role}
          onCommit={(v) => edit((doc) => updateStory(doc, r.id, { role: v.trim() }))}
        />
      ),
    },
    {
      header: t('story.goal'),
      className: 'col-wide',
      cell: (r) => (
        <TextField
          label={label(t('story.goal'), r)}
          value={r.goal}
          onCommit={(v) => edit((doc) => updateStory(doc, r.id, { goal: v.trim() }))}
        />
      ),
    },
    {
      header: t('story.benefit'),
      className: 'col-wide',
      cell: (r) => (
        <TextField
          label={label(t('story.benefit'), r)}
          value={r.benefit}
          onCommit={(v) => edit((doc) => updateStory(doc, r.id, { benefit: v.trim() }))}
        />
      ),
    },
    {
      header: t('story.theme'),
      cell: (r) => (
        <TextField
          label={label(t('story.theme'), r)}
          value={r.theme ?? ''}
          onCommit={(v) => edit((doc) => moveStory(doc, r.id, { theme: blank(v) ?? null }))}
        />
      ),
    },
    {
      header: t('priority.label'),
      cell: (r) => (
        <SelectField
          label={label(t('priority.label'), r)}
          value={r.priority ?? ''}
          options={opts.priority}
          onChange={(v) =>
            edit((doc) => updateStory(doc, r.id, { priority: enumValue(PRIORITIES, v) }))
          }
        />
      ),
    },
    {
      header: t('story.votesLabel'),
      className: 'col-narrow',
      cell: (r) => (
        <NumberField
          label={label(t('story.votesLabel'), r)}
          value={r.votes ?? 0}
          min={0}
          onCommit={(v) => edit((doc) => updateStory(doc, r.id, { votes: v ?? 0 }))}
        />
      ),
    },
  ]
  return (
    <ListTable
      caption={t('list.caption', { board: board.title })}
      rows={rows}
      columns={columns}
      name={storySummary}
      canMove={(r, delta) => r.index + delta >= 0 && r.index + delta < r.columnSize}
      onMove={(r, delta) => edit((doc) => moveStory(doc, r.id, { index: r.index + delta }))}
      onDelete={(r) => edit((doc) => removeStory(doc, r.id))}
      onPromote={(r) => requestPromote(r.id)}
      empty={t('story.empty')}
    />
  )
}

type FutureRow =
  | ({ kind: 'vision'; index: number; size: number } & TextItem)
  | ({ kind: 'milestone'; index: number; size: number } & Milestone)
  | ({ kind: 'firstStep'; index: number; size: number } & TextItem)

function FutureList({ board }: { board: BoardInfo }) {
  const { t } = useI18n()
  const edit = useEdit()
  const items = useWorkshop((s) => itemsOf(s, board.id))
  const present = board.presentYear ?? new Date().getFullYear()
  const horizon = board.horizonYear ?? present + 10
  const rows = useMemo<FutureRow[]>(() => {
    const tl = buildTimeline(items, present, horizon)
    const milestones = items.flatMap((i) => (i.type === 'milestone' ? [i] : []))
    return [
      ...tl.vision.map((v, index) => ({
        ...v,
        kind: 'vision' as const,
        index,
        size: tl.vision.length,
      })),
      ...milestones.map(({ type: _t, boardId: _b, ...m }, index) => ({
        ...m,
        kind: 'milestone' as const,
        index,
        size: milestones.length,
      })),
      ...tl.firstSteps.map((f, index) => ({
        ...f,
        kind: 'firstStep' as const,
        index,
        size: tl.firstSteps.length,
      })),
    ]
  }, [items, present, horizon])
  const years = useMemo(() => {
    const out = []
    for (let y = present; y <= horizon; y++) out.push({ value: String(y), label: String(y) })
    return out
  }, [present, horizon])
  const kindLabel: Record<FutureRow['kind'], UiKey> = {
    vision: 'future.visionLane',
    milestone: 'search.kind.milestone',
    firstStep: 'search.kind.firstStep',
  }
  const columns: Column<FutureRow>[] = [
    {
      header: t('future.itemKind'),
      className: 'col-kind',
      cell: (r) => <span className={`kind-tag kind-${r.kind}`}>{t(kindLabel[r.kind])}</span>,
    },
    {
      header: t('future.year'),
      className: 'col-narrow',
      cell: (r) =>
        r.kind === 'milestone' ? (
          <SelectField
            label={t('field.of', { field: t('future.year'), name: r.text })}
            value={String(r.year)}
            options={years}
            onChange={(v) => edit((doc) => setMilestoneYear(doc, r.id, Number(v)))}
          />
        ) : (
          <span className="muted">{r.kind === 'vision' ? horizon : present}</span>
        ),
    },
    {
      header: t('future.text'),
      className: 'col-wide',
      cell: (r) => (
        <TextField
          label={t('field.of', { field: t('future.text'), name: r.text })}
          value={r.text}
          onCommit={(v) =>
            edit((doc) =>
              r.kind === 'milestone'
                ? updateMilestone(doc, r.id, { text: v.trim() })
                : updateTextItem(doc, r.id, v.trim()),
            )
          }
        />
      ),
    },
  ]
  return (
    <ListTable
      caption={t('list.caption', { board: board.title })}
      rows={rows}
      columns={columns}
      name={(r) => r.text}
      canMove={(r, delta) => r.index + delta >= 0 && r.index + delta < r.size}
      onMove={(r, delta) =>
        edit((doc) =>
          r.kind === 'milestone'
            ? moveMilestone(doc, r.id, r.index + delta)
            : moveTextItem(doc, r.id, r.index + delta),
        )
      }
      onDelete={(r) =>
        edit((doc) =>
          r.kind === 'milestone' ? removeMilestone(doc, r.id) : removeTextItem(doc, r.id),
        )
      }
      onPromote={(r) => requestPromote(r.id)}
      empty={t('future.empty')}
    />
  )
}

function MapList({ board }: { board: BoardInfo }) {
  const { t } = useI18n()
  const edit = useEdit()
  const registry = useWorkshop((s) => s.stakeholders)
  const items = useWorkshop((s) => itemsOf(s, board.id))
  const opts = useEnumOptions()
  const onBoard = useMemo(
    () => registry.filter((k) => k.boardId === board.id),
    [registry, board.id],
  )
  const registryIndex = useMemo(() => new Map(registry.map((k, i) => [k.id, i])), [registry])
  const relations = useMemo(
    () =>
      items.flatMap((i): Relation[] =>
        i.type === 'relation' ? [{ id: i.id, from: i.from, to: i.to, label: i.label }] : [],
      ),
    [items],
  )
  const name = (id: string) => registry.find((k) => k.id === id)?.name ?? id
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))
  const label = (field: string, k: StakeholderRecord) => t('field.of', { field, name: k.name })
  const columns: Column<StakeholderRecord>[] = [
    {
      header: t('common.name'),
      className: 'col-wide',
      cell: (k) => (
        <TextField
          label={label(t('common.name'), k)}
          value={k.name}
          required
          onCommit={(v) => edit((doc) => updateStakeholder(doc, k.id, { name: v.trim() }))}
        />
      ),
    },
    {
      header: t('common.sector'),
      cell: (k) => (
        <SelectField
          label={label(t('common.sector'), k)}
          value={k.sector ?? ''}
          options={opts.sector}
          onChange={(v) =>
            edit((doc) => updateStakeholder(doc, k.id, { sector: enumValue(SECTORS, v) }))
          }
        />
      ),
    },
    {
      header: t('stakeholders.group'),
      cell: (k) => (
        <SelectField
          label={label(t('stakeholders.group'), k)}
          value={k.group ?? ''}
          options={opts.group}
          onChange={(v) =>
            edit((doc) => updateStakeholder(doc, k.id, { group: enumValue(GROUPS, v) }))
          }
        />
      ),
    },
    {
      header: t('stakeholders.influence'),
      className: 'col-narrow',
      cell: (k) => (
        <SelectField
          label={label(t('stakeholders.influence'), k)}
          value={String(k.influence)}
          options={scale}
          onChange={(v) => edit((doc) => updateStakeholder(doc, k.id, { influence: Number(v) }))}
        />
      ),
    },
    {
      header: t('stakeholders.interest'),
      className: 'col-narrow',
      cell: (k) => (
        <SelectField
          label={label(t('stakeholders.interest'), k)}
          value={String(k.interest)}
          options={scale}
          onChange={(v) => edit((doc) => updateStakeholder(doc, k.id, { interest: Number(v) }))}
        />
      ),
    },
    {
      header: t('stakeholders.attitude'),
      cell: (k) => (
        <SelectField
          label={label(t('stakeholders.attitude'), k)}
          value={k.attitude ?? ''}
          options={opts.attitude}
          onChange={(v) =>
            edit((doc) => updateStakeholder(doc, k.id, { attitude: enumValue(ATTITUDES, v) }))
          }
        />
      ),
    },
  ]
  const relationColumns: Column<Relation>[] = [
    { header: t('map.relationFrom'), cell: (r) => name(r.from) },
    { header: t('map.relationTo'), cell: (r) => name(r.to) },
    {
      header: t('map.relationLabel'),
      className: 'col-wide',
      cell: (r) => (
        <TextField
          label={t('map.relationLabelOf', {
            relation: t('map.relationSentence', { from: name(r.from), to: name(r.to) }),
          })}
          value={r.label ?? ''}
          onCommit={(v) => edit((doc) => updateRelation(doc, r.id, { label: blank(v) }))}
        />
      ),
    },
  ]
  return (
    <div className="list-stack">
      <ListTable
        caption={t('list.caption', { board: board.title })}
        rows={onBoard}
        columns={columns}
        name={(k) => k.name}
        onMove={(k, delta, i) => {
          // Registry order: move next to the neighbour on this board.
          const neighbour = onBoard[i + delta]
          const at = neighbour === undefined ? undefined : registryIndex.get(neighbour.id)
          if (at !== undefined) edit((doc) => moveStakeholder(doc, k.id, at))
        }}
        onDelete={(k) => edit((doc) => placeStakeholder(doc, k.id, null))}
        onPromote={(k) => requestPromote(k.id)}
        deleteBody={t('map.removeBody')}
        empty={t('map.empty')}
      />
      <h3 className="panel-subtitle">{t('map.relationsList')}</h3>
      <ListTable
        caption={t('map.relationsList')}
        rows={relations}
        columns={relationColumns}
        name={(r) => t('map.relationSentence', { from: name(r.from), to: name(r.to) })}
        onMove={(r, delta, i) => edit((doc) => moveRelation(doc, r.id, i + delta))}
        onDelete={(r) => edit((doc) => removeRelation(doc, r.id))}
        empty={t('map.noRelations')}
      />
    </div>
  )
}
