// The stakeholder map board: the power/interest grid or the relations graph of the
// stakeholders placed on this board, with filters by sector, group and attitude.
import { lazy, Suspense, useMemo, useState } from 'react'
import { ATTITUDES, GROUPS, SECTORS } from '../../../../shared/interchange/schema.ts'
import type { BoardInfo, StakeholderRecord } from '../../../../shared/model/records.ts'
import { addStakeholder, placeStakeholder } from '../../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../../doc/context.tsx'
import { useT } from '../../i18n/I18n.tsx'
import { ui, useUi } from '../../app/uiStore.ts'
import { Icon } from '../../components/Icon.tsx'
import { MenuButton } from '../../components/Menu.tsx'
import { SelectField } from '../../components/fields.tsx'
import { enumValue } from '../../components/enums.ts'
import { useEnumOptions } from '../../components/options.ts'
import { Loading } from '../../components/Loading.tsx'
import { matchesFilter, type MapFilter } from './grid.ts'
import { GridView } from './GridView.tsx'
import { StakeholderDialog } from './StakeholderDialog.tsx'

// The graph library is only loaded when someone opens the relations view.
const RelationsView = lazy(() => import('./RelationsView.tsx'))

const EMPTY: StakeholderRecord[] = []

export function StakeholderMapBoard({ board }: { board: BoardInfo }) {
  const t = useT()
  const edit = useEdit()
  const view = useUi((s) => s.mapView[board.id] ?? 'grid')
  const registry = useWorkshop((s) => s.stakeholders)
  const onBoard = useMemo(() => {
    const list = registry.filter((k) => k.boardId === board.id)
    return list.length === 0 ? EMPTY : list
  }, [registry, board.id])
  const elsewhere = useMemo(
    () => registry.filter((k) => k.boardId !== board.id),
    [registry, board.id],
  )
  const [filter, setFilter] = useState<MapFilter>({})
  const [adding, setAdding] = useState(false)
  const opts = useEnumOptions()
  const shown = useMemo(() => onBoard.filter((k) => matchesFilter(k, filter)), [onBoard, filter])
  const all = { value: '', label: t('common.all') }

  return (
    <div className="map-board">
      <div className="board-subbar">
        <div className="segmented" role="group" aria-label={t('boards.view')}>
          <button
            type="button"
            aria-pressed={view === 'grid'}
            onClick={() => ui.setMapView(board.id, 'grid')}
          >
            <Icon name="grid" /> {t('map.grid')}
          </button>
          <button
            type="button"
            aria-pressed={view === 'relations'}
            onClick={() => ui.setMapView(board.id, 'relations')}
          >
            <Icon name="graph" /> {t('map.relations')}
          </button>
        </div>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          <Icon name="plus" /> {t('stakeholders.add')}
        </button>
        {elsewhere.length === 0 ? null : (
          <MenuButton
            label={t('map.addToMap')}
            className="button"
            align="start"
            items={elsewhere.map((k) => ({
              label: k.name,
              onSelect: () => edit((doc) => placeStakeholder(doc, k.id, board.id)),
            }))}
          >
            <Icon name="users" /> {t('map.addToMap')}
          </MenuButton>
        )}
        <div className="filters" role="group" aria-label={t('common.filter')}>
          <Icon name="filter" />
          <SelectField
            showLabel
            label={t('map.filterSector')}
            value={filter.sector ?? ''}
            options={[all, ...opts.sector.slice(1)]}
            onChange={(v) => setFilter((f) => ({ ...f, sector: enumValue(SECTORS, v) }))}
          />
          <SelectField
            showLabel
            label={t('map.filterGroup')}
            value={filter.group ?? ''}
            options={[all, ...opts.group.slice(1)]}
            onChange={(v) => setFilter((f) => ({ ...f, group: enumValue(GROUPS, v) }))}
          />
          <SelectField
            showLabel
            label={t('map.filterAttitude')}
            value={filter.attitude ?? ''}
            options={[all, ...opts.attitude.slice(1)]}
            onChange={(v) => setFilter((f) => ({ ...f, attitude: enumValue(ATTITUDES, v) }))}
          />
          {shown.length === onBoard.length ? null : (
            <span className="muted small" role="status">
              {t('map.filtered', { shown: shown.length, total: onBoard.length })}
            </span>
          )}
        </div>
      </div>
      {view === 'grid' ? (
        <GridView stakeholders={shown} />
      ) : (
        <Suspense fallback={<Loading />}>
          <RelationsView boardId={board.id} stakeholders={shown} />
        </Suspense>
      )}
      {adding ? (
        <StakeholderDialog
          onClose={() => setAdding(false)}
          onSave={(fields) => {
            const id = edit((doc) => addStakeholder(doc, { ...fields, boardId: board.id }))
            if (id !== undefined) ui.focusQuietly(id)
          }}
        />
      ) : null}
    </div>
  )
}
