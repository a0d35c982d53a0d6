// The stakeholder registry: one list shared by every board (a story's role, a milestone's actor,
// a stakeholder map's entry). Edited in place; the "Map" column places it on a map board.
import { ATTITUDES, GROUPS, SECTORS } from '../../../shared/interchange/schema.ts'
import type { StakeholderRecord } from '../../../shared/model/records.ts'
import {
  addStakeholder,
  placeStakeholder,
  removeStakeholder,
  updateStakeholder,
} from '../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { ui } from '../app/uiStore.ts'
import { SelectField, TextField } from '../components/fields.tsx'
import { RegistryRow, RegistryTable } from './RegistryTable.tsx'
import { enumValue } from '../components/enums.ts'
import { useEnumOptions } from '../components/options.ts'

export function StakeholdersView() {
  const t = useT()
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const edit = useEdit()
  const add = () => {
    const id = edit((doc) => addStakeholder(doc, { name: t('stakeholders.newName') }))
    if (id !== undefined) ui.editNew(id)
  }
  return (
    <RegistryTable
      titleId="stakeholders-title"
      title={t('stakeholders.registry')}
      count={t('stakeholders.count', { count: stakeholders.length })}
      addLabel={t('stakeholders.add')}
      onAdd={add}
      empty={t('stakeholders.empty')}
      columns={[
        t('common.name'),
        t('common.sector'),
        t('stakeholders.group'),
        t('stakeholders.influence'),
        t('stakeholders.interest'),
        t('stakeholders.attitude'),
        t('stakeholders.map'),
        t('common.notes'),
      ]}
      items={stakeholders}
      renderRow={(k, onDelete) => <StakeholderRow key={k.id} k={k} onDelete={onDelete} />}
      deleteBody={t('stakeholders.deleteBody')}
      onRemove={(k) => edit((doc) => removeStakeholder(doc, k.id))}
    />
  )
}

function StakeholderRow({ k, onDelete }: { k: StakeholderRecord; onDelete: () => void }) {
  const t = useT()
  const edit = useEdit()
  const mapBoards = useWorkshop((s) => s.boards).filter((b) => b.kind === 'stakeholder-map')
  const opts = useEnumOptions()
  const label = (field: string) => t('field.of', { field, name: k.name })
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))
  return (
    <RegistryRow entry={k} onDelete={onDelete}>
      <td>
        <TextField
          label={label(t('common.name'))}
          value={k.name}
          required
          onCommit={(v) => edit((doc) => updateStakeholder(doc, k.id, { name: v.trim() }))}
        />
      </td>
      <td>
        <SelectField
          label={label(t('common.sector'))}
          value={k.sector ?? ''}
          options={opts.sector}
          onChange={(v) =>
            edit((doc) => updateStakeholder(doc, k.id, { sector: enumValue(SECTORS, v) }))
          }
        />
      </td>
      <td>
        <SelectField
          label={label(t('stakeholders.group'))}
          value={k.group ?? ''}
          options={opts.group}
          onChange={(v) =>
            edit((doc) => updateStakeholder(doc, k.id, { group: enumValue(GROUPS, v) }))
          }
        />
      </td>
      <td>
        <SelectField
          label={label(t('stakeholders.influence'))}
          value={String(k.influence)}
          options={scale}
          onChange={(v) => edit((doc) => updateStakeholder(doc, k.id, { influence: Number(v) }))}
        />
      </td>
      <td>
        <SelectField
          label={label(t('stakeholders.interest'))}
          value={String(k.interest)}
          options={scale}
          onChange={(v) => edit((doc) => updateStakeholder(doc, k.id, { interest: Number(v) }))}
        />
      </td>
      <td>
        <SelectField
          label={label(t('stakeholders.attitude'))}
          value={k.attitude ?? ''}
          options={opts.attitude}
          onChange={(v) =>
            edit((doc) => updateStakeholder(doc, k.id, { attitude: enumValue(ATTITUDES, v) }))
          }
        />
      </td>
      <td>
        <SelectField
          label={label(t('stakeholders.map'))}
          value={k.boardId ?? ''}
          options={[
            { value: '', label: t('stakeholders.noMap') },
            ...mapBoards.map((b) => ({ value: b.id, label: b.title })),
          ]}
          onChange={(v) => edit((doc) => placeStakeholder(doc, k.id, v === '' ? null : v))}
        />
      </td>
      <td>
        <TextField
          label={label(t('common.notes'))}
          value={k.notes ?? ''}
          onCommit={(v) =>
            edit((doc) => updateStakeholder(doc, k.id, { notes: v.trim() === '' ? undefined : v }))
          }
        />
      </td>
    </RegistryRow>
  )
}
