// Participants: who is in the room, their organisation and sector. Edited in place in a table.
import { SECTORS, type Participant } from '../../../shared/interchange/schema.ts'
import {
  addParticipant,
  removeParticipant,
  updateParticipant,
} from '../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { SelectField, TextField } from '../components/fields.tsx'
import { RegistryRow, RegistryTable } from './RegistryTable.tsx'
import { enumValue } from '../components/enums.ts'
import { ui } from '../app/uiStore.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'

export function ParticipantsView() {
  const t = useT()
  const participants = useWorkshop((s) => s.participants)
  const edit = useEdit()
  const add = () => {
    const id = edit((doc) => addParticipant(doc, { name: t('participants.newName') }))
    if (id !== undefined) ui.editNew(id)
  }
  return (
    <RegistryTable
      titleId="participants-title"
      title={t('participants.title')}
      count={t('participants.count', { count: participants.length })}
      addLabel={t('participants.add')}
      onAdd={add}
      empty={t('participants.empty')}
      columns={[
        t('participants.name'),
        t('participants.organisation'),
        t('common.sector'),
        t('participants.role'),
        t('participants.email'),
      ]}
      items={participants}
      renderRow={(p, onDelete) => <ParticipantRow key={p.id} p={p} onDelete={onDelete} />}
      deleteBody={t('confirm.deleteBody')}
      onRemove={(p) => edit((doc) => removeParticipant(doc, p.id))}
    />
  )
}

function ParticipantRow({ p, onDelete }: { p: Participant; onDelete: () => void }) {
  const t = useT()
  const edit = useEdit()
  const set = (key: 'name' | 'organisation' | 'role' | 'email') => (value: string) =>
    edit((doc) =>
      updateParticipant(doc, p.id, {
        [key]: key === 'name' ? value.trim() : value.trim() === '' ? undefined : value.trim(),
      }),
    )
  return (
    <RegistryRow entry={p} onDelete={onDelete} tagEntity>
      <td>
        <TextField
          label={t('field.of', { field: t('participants.name'), name: p.name })}
          value={p.name}
          required
          onCommit={set('name')}
        />
      </td>
      <td>
        <TextField
          label={t('field.of', { field: t('participants.organisation'), name: p.name })}
          value={p.organisation ?? ''}
          onCommit={set('organisation')}
        />
      </td>
      <td>
        <SelectField
          label={t('field.of', { field: t('common.sector'), name: p.name })}
          value={p.sector ?? ''}
          options={[
            { value: '', label: t('common.notSet') },
            ...SECTORS.map((s) => ({ value: s, label: t(`sector.${s}` satisfies UiKey) })),
          ]}
          onChange={(v) =>
            edit((doc) => updateParticipant(doc, p.id, { sector: enumValue(SECTORS, v) }))
          }
        />
      </td>
      <td>
        <TextField
          label={t('field.of', { field: t('participants.role'), name: p.name })}
          value={p.role ?? ''}
          onCommit={set('role')}
        />
      </td>
      <td>
        <TextField
          label={t('field.of', { field: t('participants.email'), name: p.name })}
          type="email"
          value={p.email ?? ''}
          onCommit={set('email')}
        />
      </td>
    </RegistryRow>
  )
}
