// The UI language for this device: "automatic" follows the workshop's language, or the browser's
// when no workshop is open; each language is listed by its own name.
import { useId } from 'react'
import { LANGUAGE_CHOICES, languageName, matchLanguage } from '../../../shared/i18n/languages.ts'
import { Icon } from '../components/Icon.tsx'
import { useI18n } from './I18n.tsx'
import { chooseLanguage, useLanguageChoice } from './languageChoice.ts'

export function LanguagePicker({ automatic }: { automatic: string | undefined }) {
  const { t } = useI18n()
  const chosen = useLanguageChoice((s) => s.chosen)
  const id = useId()
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
        <option value="">{t('language.auto', { name: languageName(automatic) })}</option>
        {LANGUAGE_CHOICES.map((l) => (
          <option key={l.value} value={l.value} lang={l.lang}>
            {l.label}
          </option>
        ))}
      </select>
    </div>
  )
}
