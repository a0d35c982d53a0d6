// The workshop's metadata, edited where it is shown: title, city, local group, date, language,
// facilitator, description. Every field is an input with a visible or accessible label.
import { updateWorkshopInfo } from '../../../shared/model/index.ts'
import type { WorkshopInfo } from '../../../shared/interchange/schema.ts'
import { useEdit, useWorkshop } from '../doc/context.tsx'
import { useI18n } from '../i18n/I18n.tsx'
import { SelectField, TextArea, TextField } from '../components/fields.tsx'
import { languageOptions } from './languages.ts'

type Editable = Exclude<keyof WorkshopInfo, 'id'>

export function WorkshopHeader() {
  const { t, lang } = useI18n()
  const info = useWorkshop((s) => s.info)
  const edit = useEdit()
  const set = (key: Editable) => (value: string) => {
    const trimmed = value.trim()
    edit((doc) =>
      updateWorkshopInfo(doc, {
        [key]: key === 'title' ? trimmed : trimmed === '' ? undefined : trimmed,
      }),
    )
  }
  return (
    <section className="workshop-header" aria-label={t('workshop.details')}>
      <TextField
        className="workshop-title-input"
        label={t('workshop.title')}
        value={info.title}
        required
        maxLength={200}
        onCommit={set('title')}
      />
      <div className="meta-row">
        <MetaField label={t('workshop.city')} value={info.city} onCommit={set('city')} />
        <MetaField label={t('workshop.ulg')} value={info.ulg} onCommit={set('ulg')} wide />
        <MetaField
          label={t('workshop.date')}
          value={info.date}
          onCommit={set('date')}
          type="date"
        />
        <div className="meta-field">
          <span className="meta-label" aria-hidden="true">
            {t('workshop.language')}
          </span>
          <SelectField
            label={t('workshop.language')}
            value={info.language ?? ''}
            options={[
              { value: '', label: t('common.notSet') },
              ...languageOptions(lang, info.language),
            ]}
            onChange={set('language')}
            className="meta-input"
          />
        </div>
        <MetaField
          label={t('workshop.facilitator')}
          value={info.facilitator}
          onCommit={set('facilitator')}
          wide
        />
      </div>
      <TextArea
        className="workshop-description"
        label={t('workshop.description')}
        placeholder={t('workshop.description')}
        value={info.description ?? ''}
        rows={1}
        onCommit={set('description')}
      />
    </section>
  )
}

function MetaField({
  label,
  value,
  onCommit,
  type,
  wide,
}: {
  label: string
  value: string | undefined
  onCommit: (v: string) => void
  type?: 'date'
  wide?: boolean
}) {
  return (
    <div className={wide === true ? 'meta-field meta-wide' : 'meta-field'}>
      <span className="meta-label" aria-hidden="true">
        {label}
      </span>
      <TextField
        className="meta-input"
        label={label}
        value={value ?? ''}
        type={type}
        placeholder="—"
        onCommit={onCommit}
      />
    </div>
  )
}
