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
  direct: { icon: 'users', key: 'status.direct', short: 'status.directShort' },
  reconnecting: { icon: 'sync', key: 'status.reconnecting', short: 'status.reconnecting' },
  offline: { icon: 'wifiOff', key: 'status.offline', short: 'status.offlineShort' },
  denied: { icon: 'lock', key: 'status.denied', short: 'status.denied' },
  removed: { icon: 'lock', key: 'status.removed', short: 'status.removedShort' },
}

export function StatusIndicator() {
  const t = useT()
  const status = useConnection((s) => s.status)
  const peers = useConnection((s) => s.peers)
  const directPeers = useConnection((s) => s.directPeers)
  const keptOnDevice = useConnection((s) => s.keptOnDevice)
  const look =
    status === 'offline' && !keptOnDevice
      ? { ...LOOK.offline, key: 'status.offlineTabOnly' as const }
      : LOOK[status]
  const full = t(look.key, { count: directPeers })
  return (
    <div className="status-group">
      <div className={`status status-${status}`} role="status" title={full}>
        <Icon name={look.icon} />
        {/* Offline and direct say in full what happens to edits, visibly: that is what people need to know. */}
        <span className="status-text">
          {status === 'offline' || status === 'direct' ? full : t(look.short)}
        </span>
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
