import { useState } from 'react'
import type { StakeholderRecord } from '../../../../shared/model/records.ts'
import { useT } from '../../i18n/I18n.tsx'
import { Dialog, DialogFooter } from '../../components/Dialog.tsx'
import { FormSelect } from '../../components/fields.tsx'
import { SCALE } from './grid.ts'

const scaleOptions = SCALE.map((n) => ({ value: String(n), label: String(n) }))

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
      footer={<DialogFooter onClose={onClose} submitLabel={t('common.move')} />}
    >
      <p className="dialog-lead">{k.name}</p>
      <div className="form-grid">
        <FormSelect
          label={t('stakeholders.influence')}
          value={String(influence)}
          options={scaleOptions}
          onChange={(v) => setInfluence(Number(v))}
        />
        <FormSelect
          label={t('stakeholders.interest')}
          value={String(interest)}
          options={scaleOptions}
          onChange={(v) => setInterest(Number(v))}
        />
      </div>
      <p className="muted" role="status">
        {quadrantName({ influence, interest })}
      </p>
    </Dialog>
  )
}
