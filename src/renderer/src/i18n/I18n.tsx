// The UI language in React: a translator for this device's chosen language, else the workshop's
// language (or, with none open, the browser's), else English; the `lang` attribute of the page
// kept in step, and `Rich` for messages whose variables are elements.
import { Fragment, createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import {
  createTranslator,
  messageFor,
  pickUiLanguage,
  type Translate,
} from '../../../shared/i18n/catalogs.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { formatParts } from '../../../shared/i18n/translate.ts'
import { useLanguageChoice } from './languageChoice.ts'

interface I18n {
  lang: string
  t: Translate
}

const english: I18n = { lang: 'en', t: createTranslator('en') }
const I18nContext = createContext<I18n>(english)

export function I18nProvider({
  workshopLanguage,
  children,
}: {
  workshopLanguage?: string
  children: ReactNode
}) {
  const chosen = useLanguageChoice((s) => s.chosen)
  const lang = pickUiLanguage(workshopLanguage ?? browserLanguage(), chosen)
  const value = useMemo(() => ({ lang, t: createTranslator(lang) }), [lang])
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

/** With no workshop open (Home, errors): the browser's or the desktop system's language. */
function browserLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language
}

export function useI18n(): I18n {
  return useContext(I18nContext)
}

export function useT(): Translate {
  return useContext(I18nContext).t
}

/** A message with element variables, e.g. the story sentence with its role, goal and benefit. */
export function Rich({ k, vars }: { k: UiKey; vars: Readonly<Record<string, ReactNode>> }) {
  const { lang } = useI18n()
  const parts = formatParts<ReactNode>(messageFor(lang, k), lang, vars)
  return (
    <>
      {parts.map((part, i) => (
        // The parts of one message never reorder, so their index is a stable key.
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  )
}
