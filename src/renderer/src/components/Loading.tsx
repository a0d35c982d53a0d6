import { useT } from '../i18n/I18n.tsx'

export function Loading() {
  const t = useT()
  return (
    <div className="center-screen" role="status">
      <div className="spinner" aria-hidden="true" />
      <p>{t('app.loading')}</p>
    </div>
  )
}
