// Adding or editing a stakeholder: every field of the registry entry.
import { useState } from 'react'
import {
  ATTITUDES,
  GROUPS,
  SECTORS,
  type Stakeholder,
} from '../../../../shared/interchange/schema.ts'
import { useT } from '../../i18n/I18n.tsx'
import { Dialog, DialogFooter } from '../../components/Dialog.tsx'
import { enumValue } from '../../components/enums.ts'
import { useEnumOptions } from '../../components/options.ts'
import { FormInput, FormSelect, FormTextArea } from '../../components/fields.tsx'

export type StakeholderFields = Omit<Stakeholder, 'id'>

export function StakeholderDialog({
  stakeholder,
  onClose,
  onSave,
}: {
  stakeholder?: Stakeholder
  onClose: () => void
  onSave: (fields: StakeholderFields) => void
}) {
  const t = useT()
  const opts = useEnumOptions()
  const [form, setForm] = useState({
    name: stakeholder?.name ?? '',
    sector: stakeholder?.sector ?? '',
    group: stakeholder?.group ?? '',
    influence: String(stakeholder?.influence ?? 3),
    interest: String(stakeholder?.interest ?? 3),
    attitude: stakeholder?.attitude ?? '',
    notes: stakeholder?.notes ?? '',
  })
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }))
  const scale = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))
  const submit = () => {
    if (form.name.trim() === '') return
    onSave({
      name: form.name.trim(),
      sector: enumValue(SECTORS, form.sector),
      group: enumValue(GROUPS, form.group),
      influence: Number(form.influence),
      interest: Number(form.interest),
      attitude: enumValue(ATTITUDES, form.attitude),
      notes: form.notes.trim() === '' ? undefined : form.notes.trim(),
    })
    onClose()
  }
  return (
    <Dialog
      title={stakeholder === undefined ? t('stakeholders.add') : t('common.edit')}
      onClose={onClose}
      onSubmit={submit}
      wide
      footer={
        <DialogFooter
          onClose={onClose}
          submitLabel={stakeholder === undefined ? t('common.add') : t('common.save')}
          disabled={form.name.trim() === ''}
        />
      }
    >
      <div className="form-grid">
        <FormInput span label={t('common.name')} value={form.name} onChange={set('name')} />
        <FormSelect
          label={t('common.sector')}
          value={form.sector}
          options={opts.sector}
          onChange={set('sector')}
        />
        <FormSelect
          label={t('stakeholders.group')}
          value={form.group}
          options={opts.group}
          onChange={set('group')}
        />
        <FormSelect
          label={t('stakeholders.influence')}
          value={form.influence}
          options={scale}
          onChange={set('influence')}
        />
        <FormSelect
          label={t('stakeholders.interest')}
          value={form.interest}
          options={scale}
          onChange={set('interest')}
        />
        <FormSelect
          label={t('stakeholders.attitude')}
          value={form.attitude}
          options={opts.attitude}
          onChange={set('attitude')}
        />
        <FormTextArea span label={t('common.notes')} value={form.notes} onChange={set('notes')} />
      </div>
    </Dialog>
  )
}
