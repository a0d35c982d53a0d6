// The session in the top bar: the shared timer (everyone), projector mode and the facilitation
// tools (facilitators).
import { useT } from '../i18n/I18n.tsx'
import { facilitationUi, useFacilitationUi } from './facilitationUi.ts'
import { FIcon } from './icons.tsx'
import { toggleProjector } from './projector.ts'
import { TimerChip } from './Timer.tsx'
import { useIsFacilitator } from './useFacilitation.ts'
import './facilitation.css'

export function SessionBar() {
  const t = useT()
  const facilitator = useIsFacilitator()
  const panelOpen = useFacilitationUi((s) => s.panel !== null)
  return (
    <div className="session-bar">
      <TimerChip />
      {facilitator ? (
        <>
          <button
            type="button"
            className="icon-button"
            aria-label={`${t('projector.enter')} (F11)`}
            title={`${t('projector.enter')} (F11)`}
            onClick={() => toggleProjector()}
          >
            <FIcon name="projector" />
          </button>
          <button
            type="button"
            className="button button-quiet facilitate-button"
            aria-expanded={panelOpen}
            aria-label={t('facilitation.openLabel')}
            title={t('facilitation.openLabel')}
            onClick={() => facilitationUi.togglePanel()}
          >
            <FIcon name="star" /> <span className="button-label">{t('facilitation.open')}</span>
          </button>
        </>
      ) : null}
    </div>
  )
}
