// Participants: who is in the room, their organisation and sector. Edited in place in a table.
import { useRef, useState } from 'react'
import { SECTORS, type Participant } from '../../../shared/interchange/schema.ts'
import {
  addParticipant,
  removeParticipant,
  updateParticipant,
} from '../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { Icon } from '../components/Icon.tsx'
import { SelectField, TextField } from '../components/fields.tsx'
import { ConfirmDialog } from '../components/Dialog.tsx'
import { useReveal } from '../components/useReveal.ts'
import { enumValue } from '../components/enums.ts'
import { ui } from '../app/uiStore.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'

export function ParticipantsView() {
  const t = useT()
  const participants = useWorkshop((s) => s.participants)
  const edit = useEdit()
  const [deleting, setDeleting] = useState<Participant | null>(null)
  const add = () => {
    const id = edit((doc) => addParticipant(doc, { name: t('participants.newName') }))
    if (id !== undefined) ui.editNew(id)
  }
  return (
    <section className="panel" aria-labelledby="participants-title">
      <div className="panel-head">
        <h2 id="participants-title" className="panel-title">
          {t('participants.title')}{' '}
          <span className="muted">{t('participants.count', { count: participants.length })}</span>
        </h2>
        <button type="button" className="button button-primary" onClick={add}>
          <Icon name="plus" /> {t('participants.add')}
        </button>
      </div>
      {participants.length === 0 ? (
        <p className="empty">{t('participants.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('participants.name')}</th>
                <th scope="col">{t('participants.organisation')}</th>
                <th scope="col">{t('common.sector')}</th>
                <th scope="col">{t('participants.role')}</th>
                <th scope="col">{t('participants.email')}</th>
                <th scope="col" className="col-actions">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {participants.map((p) => (
                <ParticipantRow key={p.id} p={p} onDelete={() => setDeleting(p)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting === null ? null : (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: deleting.name })}
          body={t('confirm.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => edit((doc) => removeParticipant(doc, deleting.id))}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  )
}

function ParticipantRow({ p, onDelete }: { p: Participant; onDelete: () => void }) {
  const t = useT()
  const edit = useEdit()
  const ref = useRef<HTMLTableRowElement>(null)
  const flash = useReveal(p.id, ref)
  const set = (key: 'name' | 'organisation' | 'role' | 'email') => (value: string) =>
    edit((doc) =>
      updateParticipant(doc, p.id, {
        [key]: key === 'name' ? value.trim() : value.trim() === '' ? undefined : value.trim(),
      }),
    )
  return (
    <tr ref={ref} tabIndex={-1} data-entity={p.id} className={flash ? 'flash' : undefined}>
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
      <td className="col-actions">
        <button
          type="button"
          className="icon-button danger"
          aria-label={t('confirm.deleteTitle', { name: p.name })}
          onClick={onDelete}
        >
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  )
}
