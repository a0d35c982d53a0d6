// The stakeholder registry: one list shared by every board (a story's role, a milestone's actor,
// a stakeholder map's entry). Edited in place; the "Map" column places it on a map board.
import { useRef, useState } from 'react'
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
import { Icon } from '../components/Icon.tsx'
import { SelectField, TextField } from '../components/fields.tsx'
import { ConfirmDialog } from '../components/Dialog.tsx'
import { useReveal } from '../components/useReveal.ts'
import { enumValue } from '../components/enums.ts'
import { useEnumOptions } from '../components/options.ts'

export function StakeholdersView() {
  const t = useT()
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const edit = useEdit()
  const [deleting, setDeleting] = useState<StakeholderRecord | null>(null)
  const add = () => {
    const id = edit((doc) => addStakeholder(doc, { name: t('stakeholders.newName') }))
    if (id !== undefined) ui.editNew(id)
  }
  return (
    <section className="panel" aria-labelledby="stakeholders-title">
      <div className="panel-head">
        <h2 id="stakeholders-title" className="panel-title">
          {t('stakeholders.registry')}{' '}
          <span className="muted">{t('stakeholders.count', { count: stakeholders.length })}</span>
        </h2>
        <button type="button" className="button button-primary" onClick={add}>
          <Icon name="plus" /> {t('stakeholders.add')}
        </button>
      </div>
      {stakeholders.length === 0 ? (
        <p className="empty">{t('stakeholders.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('common.sector')}</th>
                <th scope="col">{t('stakeholders.group')}</th>
                <th scope="col">{t('stakeholders.influence')}</th>
                <th scope="col">{t('stakeholders.interest')}</th>
                <th scope="col">{t('stakeholders.attitude')}</th>
                <th scope="col">{t('stakeholders.map')}</th>
                <th scope="col">{t('common.notes')}</th>
                <th scope="col" className="col-actions">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {stakeholders.map((k) => (
                <StakeholderRow key={k.id} k={k} onDelete={() => setDeleting(k)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting === null ? null : (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: deleting.name })}
          body={t('stakeholders.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => edit((doc) => removeStakeholder(doc, deleting.id))}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  )
}

function StakeholderRow({ k, onDelete }: { k: StakeholderRecord; onDelete: () => void }) {
  const t = useT()
  const edit = useEdit()
  const mapBoards = useWorkshop((s) => s.boards).filter((b) => b.kind === 'stakeholder-map')
  const ref = useRef<HTMLTableRowElement>(null)
  const flash = useReveal(k.id, ref)
  const opts = useEnumOptions()
  const label = (field: string) => t('field.of', { field, name: k.name })
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))
  return (
    <tr ref={ref} tabIndex={-1} className={flash ? 'flash' : undefined}>
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
      <td className="col-actions">
        <button
          type="button"
          className="icon-button danger"
          aria-label={t('confirm.deleteTitle', { name: k.name })}
          onClick={onDelete}
        >
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  )
}
