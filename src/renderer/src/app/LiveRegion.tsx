import { useAnnouncement } from './announce.ts'
import { dismiss, useNotices } from './notices.ts'
import { useT } from '../i18n/I18n.tsx'
import { Icon } from '../components/Icon.tsx'

/** The polite live region for announcements and the visible notices (toasts). */
export function LiveRegion() {
  const { text, seq } = useAnnouncement()
  const notices = useNotices((s) => s.notices)
  const t = useT()
  return (
    <>
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {/* The key makes a repeated announcement ("Moved to 2029" twice) be read again. */}
        <span key={seq}>{text}</span>
      </div>
      <div className="notices" aria-live="polite">
        {notices.map((n) => (
          <div
            key={n.id}
            className={n.kind === 'error' ? 'notice notice-error' : 'notice'}
            role={n.kind === 'error' ? 'alert' : 'status'}
          >
            <span>{t(n.key, n.vars)}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.close')}
              onClick={() => dismiss(n.id)}
            >
              <Icon name="close" size={14} />
            </button>
          </div>
        ))}
      </div>
    </>
  )
}
