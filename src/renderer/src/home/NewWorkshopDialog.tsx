import { useId, useState } from 'react'
import type { NewWorkshopInfo } from '../../../shared/ipc/contract.ts'
import { Dialog } from '../components/Dialog.tsx'
import { useI18n } from '../i18n/I18n.tsx'
import { languageOptions } from '../workshop/languages.ts'

interface Props {
  onClose: () => void
  onCreate: (info: NewWorkshopInfo) => void
}

export function NewWorkshopDialog({ onClose, onCreate }: Props) {
  const { t, lang } = useI18n()
  const ids = {
    title: useId(),
    city: useId(),
    ulg: useId(),
    date: useId(),
    language: useId(),
    facilitator: useId(),
  }
  const [form, setForm] = useState({
    title: '',
    city: '',
    ulg: '',
    date: new Date().toISOString().slice(0, 10),
    language: lang,
    facilitator: '',
  })
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))
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
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={form.title.trim() === ''}
          >
            {t('newWorkshop.create')}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <div className="field field-span">
          <label className="field-label" htmlFor={ids.title}>
            {t('workshop.title')}
          </label>
          <input
            id={ids.title}
            className="field-input"
            required
            maxLength={200}
            value={form.title}
            onChange={set('title')}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.city}>
            {t('workshop.city')}
          </label>
          <input id={ids.city} className="field-input" value={form.city} onChange={set('city')} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.ulg}>
            {t('workshop.ulg')}
          </label>
          <input id={ids.ulg} className="field-input" value={form.ulg} onChange={set('ulg')} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.date}>
            {t('workshop.date')}
          </label>
          <input
            id={ids.date}
            className="field-input"
            type="date"
            value={form.date}
            onChange={set('date')}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={ids.language}>
            {t('workshop.language')}
          </label>
          <select
            id={ids.language}
            className="field-input field-select"
            value={form.language}
            onChange={set('language')}
          >
            {languageOptions(lang).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-span">
          <label className="field-label" htmlFor={ids.facilitator}>
            {t('workshop.facilitator')}
          </label>
          <input
            id={ids.facilitator}
            className="field-input"
            value={form.facilitator}
            onChange={set('facilitator')}
          />
        </div>
      </div>
    </Dialog>
  )
}
