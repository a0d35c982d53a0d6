import { useState } from 'react'
import { useT } from '../i18n/I18n.tsx'
import { useOpenWorkshop, useUndoState, useWorkshop } from '../doc/context.tsx'
import { ui } from '../app/uiStore.ts'
import { Icon } from '../components/Icon.tsx'
import { ExportButton } from '../export/ExportButton.tsx'
import { SearchBox } from './SearchBox.tsx'
import { StatusIndicator } from './StatusIndicator.tsx'
import { PresenceAvatars } from '../presence/PresenceAvatars.tsx'
import { ConnectionsDialog } from '../sync/ConnectionsDialog.tsx'
import { JoinDialog } from '../sync/JoinDialog.tsx'
import { RotateCode } from '../sync/RotateCode.tsx'
import { useIsFacilitator } from '../facilitation/useFacilitation.ts'
import { SessionBar } from '../facilitation/SessionBar.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'

export function TopBar() {
  const t = useT()
  const open = useOpenWorkshop()
  const title = useWorkshop((s) => s.info.title)
  const language = useWorkshop((s) => s.info.language)
  const canUndo = useUndoState((s) => s.canUndo)
  const canRedo = useUndoState((s) => s.canRedo)
  const [showJoin, setShowJoin] = useState(false)
  const facilitator = useIsFacilitator()
  const [showConnections, setShowConnections] = useState(false)
  const api = window.tavolo
  const goHome = () => {
    if (api !== undefined) {
      ui.closeWorkshop()
      void api.closeWorkshop()
    } else ui.showHome()
  }
  return (
    <header className="topbar">
      <button
        type="button"
        className="brand brand-button"
        onClick={goHome}
        aria-label={t('workshop.home')}
      >
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name" aria-hidden="true">
          {t('app.name')}
        </span>
      </button>
      <span className="topbar-title" title={title}>
        {title}
      </span>
      <SearchBox />
      <div className="topbar-actions">
        <SessionBar />
        <PresenceAvatars />
        <StatusIndicator />
        <div className="button-group">
          <button
            type="button"
            className="icon-button"
            aria-label={t('undo.undo')}
            title={`${t('undo.undo')} (Ctrl+Z)`}
            disabled={!canUndo}
            onClick={() => open.undo.undo()}
          >
            <Icon name="undo" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('undo.redo')}
            title={`${t('undo.redo')} (Ctrl+Shift+Z)`}
            disabled={!canRedo}
            onClick={() => open.undo.redo()}
          >
            <Icon name="redo" />
          </button>
        </div>
        <button
          type="button"
          className="button button-quiet"
          title={t('workshop.join')}
          onClick={() => setShowJoin(true)}
        >
          <Icon name="link" /> <span className="button-label">{t('workshop.join')}</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('connections.open')}
          title={t('connections.open')}
          onClick={() => setShowConnections(true)}
        >
          <Icon name="wifi" />
        </button>
        <LanguagePicker automatic={language ?? navigator.language} />
        <ExportButton />
      </div>
      {showJoin ? (
        <JoinDialog session={open.session} onClose={() => setShowJoin(false)}>
          {facilitator ? <RotateCode /> : null}
        </JoinDialog>
      ) : null}
      {showConnections ? (
        <ConnectionsDialog
          workshopId={open.session.workshopId}
          onClose={() => setShowConnections(false)}
        />
      ) : null}
    </header>
  )
}
