// The connection state, always visible: an icon and a word (never colour alone), the number of
// people connected, and a full sentence for screen readers when it changes.
import { useT } from '../i18n/I18n.tsx'
import { useConnection } from '../doc/context.tsx'
import { Icon, type IconName } from '../components/Icon.tsx'
import type { ConnectionStatus } from '../sync/status.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'

const LOOK: Record<ConnectionStatus, { icon: IconName; key: UiKey; short: UiKey }> = {
  connecting: { icon: 'sync', key: 'status.connecting', short: 'status.connecting' },
  connected: { icon: 'wifi', key: 'status.connected', short: 'status.connected' },
  reconnecting: { icon: 'sync', key: 'status.reconnecting', short: 'status.reconnecting' },
  offline: { icon: 'wifiOff', key: 'status.offline', short: 'status.offlineShort' },
  denied: { icon: 'lock', key: 'status.denied', short: 'status.denied' },
}

export function StatusIndicator() {
  const t = useT()
  const status = useConnection((s) => s.status)
  const peers = useConnection((s) => s.peers)
  const look = LOOK[status]
  return (
    <div className="status-group">
      <div className={`status status-${status}`} role="status" title={t(look.key)}>
        <Icon name={look.icon} />
        <span className="status-text">{t(look.short)}</span>
        <span className="sr-only">{status === 'offline' ? t('status.offline') : ''}</span>
      </div>
      {status === 'connected' ? (
        <div className="peers" title={t('status.peers', { count: peers })}>
          <Icon name="users" />
          <span>{t('status.peers', { count: peers })}</span>
        </div>
      ) : null}
    </div>
  )
}
