import { useState } from 'react'
import type { NewWorkshopInfo } from '../../../shared/ipc/contract.ts'
import { Dialog, DialogFooter } from '../components/Dialog.tsx'
import { FormInput, FormSelect } from '../components/fields.tsx'
import { useI18n } from '../i18n/I18n.tsx'
import { languageOptions } from '../workshop/languages.ts'

interface Props {
  onClose: () => void
  onCreate: (info: NewWorkshopInfo) => void
}

export function NewWorkshopDialog({ onClose, onCreate }: Props) {
  const { t, lang } = useI18n()
  const [form, setForm] = useState({
    title: '',
    city: '',
    ulg: '',
    date: new Date().toISOString().slice(0, 10),
    language: lang,
    facilitator: '',
  })
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }))
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim())
  const submit = () => {
    if (form.title.trim() === '') return
    onCreate({
      title: form.title.trim(),
      city: optional(form.city),
      ulg: optional(form.ulg),
      date: optional(form.date),
      language: optional(form.language),
      facilitator: optional(form.facilitator),
    })
  }
  return (
    <Dialog
      title={t('newWorkshop.title')}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <DialogFooter
          onClose={onClose}
          submitLabel={t('newWorkshop.create')}
          disabled={form.title.trim() === ''}
        />
      }
    >
      <div className="form-grid">
        <FormInput
          span
          label={t('workshop.title')}
          required
          maxLength={200}
          value={form.title}
          onChange={set('title')}
        />
        <FormInput label={t('workshop.city')} value={form.city} onChange={set('city')} />
        <FormInput label={t('workshop.ulg')} value={form.ulg} onChange={set('ulg')} />
        <FormInput
          label={t('workshop.date')}
          type="date"
          value={form.date}
          onChange={set('date')}
        />
        <FormSelect
          label={t('workshop.language')}
          value={form.language}
          options={languageOptions(lang)}
          onChange={set('language')}
        />
        <FormInput
          span
          label={t('workshop.facilitator')}
          value={form.facilitator}
          onChange={set('facilitator')}
        />
      </div>
    </Dialog>
  )
}
