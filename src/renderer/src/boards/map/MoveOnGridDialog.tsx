import { useState } from 'react'
import type { StakeholderRecord } from '../../../../shared/model/records.ts'
import { useT } from '../../i18n/I18n.tsx'
import { Dialog } from '../../components/Dialog.tsx'
import { SCALE } from './grid.ts'

type Place = { influence: number; interest: number }

export function MoveOnGridDialog({
  k,
  quadrantName,
  onClose,
  onMove,
}: {
  k: StakeholderRecord
  quadrantName: (p: Place) => string
  onClose: () => void
  onMove: (p: Place) => void
}) {
  const t = useT()
  const [influence, setInfluence] = useState(k.influence)
  const [interest, setInterest] = useState(k.interest)
  return (
    <Dialog
      title={t('map.moveTitle')}
      onClose={onClose}
      onSubmit={() => onMove({ influence, interest })}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t('common.move')}
          </button>
        </>
      }
    >
      <p className="dialog-lead">{k.name}</p>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('stakeholders.influence')}</span>
          <select
            className="field-input field-select"
            value={influence}
            onChange={(e) => setInfluence(Number(e.target.value))}
          >
            {SCALE.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('stakeholders.interest')}</span>
          <select
            className="field-input field-select"
            value={interest}
            onChange={(e) => setInterest(Number(e.target.value))}
          >
            {SCALE.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted" role="status">
        {quadrantName({ influence, interest })}
      </p>
    </Dialog>
  )
}
