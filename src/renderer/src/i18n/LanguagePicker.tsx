// The UI language for this device: "automatic" follows the workshop's language, or the browser's
// when no workshop is open; each language is listed by its own name.
import { useId } from 'react'
import { LANGUAGES, matchLanguage } from '../../../shared/i18n/languages.ts'
import { Icon } from '../components/Icon.tsx'
import { useI18n } from './I18n.tsx'
import { chooseLanguage, useLanguageChoice } from './languageChoice.ts'

export function LanguagePicker({ automatic }: { automatic: string | undefined }) {
  const { t } = useI18n()
  const chosen = useLanguageChoice((s) => s.chosen)
  const id = useId()
  const autoTag = matchLanguage(automatic) ?? 'en'
  const autoName = LANGUAGES.find((l) => l.tag === autoTag)?.name ?? 'English'
  return (
    <div className="language-picker">
      <label htmlFor={id} className="sr-only">
        {t('language.label')}
      </label>
      <Icon name="globe" className="language-icon" />
      <select
        id={id}
        className="language-select"
        title={t('language.label')}
        value={chosen ?? ''}
        onChange={(e) => chooseLanguage(matchLanguage(e.target.value))}
      >
        <option value="">{t('language.auto', { name: autoName })}</option>
        {LANGUAGES.map((l) => (
          <option key={l.tag} value={l.tag} lang={l.tag}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  )
}
