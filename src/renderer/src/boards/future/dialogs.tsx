import { useState } from 'react'
import type { Milestone, TextItem } from '../../../../shared/interchange/schema.ts'
import {
  addCard,
  addMilestone,
  updateMilestone,
  updateTextItem,
} from '../../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../../doc/context.tsx'
import { useT } from '../../i18n/I18n.tsx'
import { ui } from '../../app/uiStore.ts'
import { Dialog, DialogFooter } from '../../components/Dialog.tsx'
import { FormSelect, FormTextArea } from '../../components/fields.tsx'

function YearSelect({
  years,
  value,
  onChange,
}: {
  years: readonly number[]
  value: string
  onChange: (value: string) => void
}) {
  const t = useT()
  return (
    <FormSelect
      label={t('future.year')}
      value={value}
      options={years.map((y) => ({ value: String(y), label: String(y) }))}
      onChange={onChange}
    />
  )
}

/** A vision headline or a first step: one text. */
export function TextItemDialog({
  type,
  item,
  onClose,
  onAdd,
}: {
  type: 'vision' | 'firstStep'
  item?: TextItem
  onClose: () => void
  onAdd: (text: string) => void
}) {
  const t = useT()
  const edit = useEdit()
  const [text, setText] = useState(item?.text ?? '')
  const title =
    item !== undefined
      ? t('common.edit')
      : type === 'vision'
        ? t('future.addVision')
        : t('future.addFirstStep')
  const submit = () => {
    const value = text.trim()
    if (value === '') return
    if (item === undefined) onAdd(value)
    else edit((doc) => updateTextItem(doc, item.id, value))
    onClose()
  }
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <DialogFooter
          onClose={onClose}
          submitLabel={item === undefined ? t('common.add') : t('common.save')}
          disabled={text.trim() === ''}
        />
      }
    >
      <FormTextArea label={t('future.text')} rows={3} value={text} onChange={setText} />
    </Dialog>
  )
}

/** Adds or edits a milestone: text, year, and the stakeholders acting on it. */
export function MilestoneDialog({
  boardId,
  item,
  year,
  years,
  onClose,
}: {
  boardId: string
  item?: Milestone
  year: number
  years: readonly number[]
  onClose: () => void
}) {
  const t = useT()
  const edit = useEdit()
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const [text, setText] = useState(item?.text ?? '')
  const [when, setWhen] = useState(String(year))
  const [actors, setActors] = useState<string[]>(item?.actorIds ?? [])
  const submit = () => {
    const value = text.trim()
    if (value === '') return
    const fields = {
      text: value,
      year: Number(when),
      actorIds: actors.length === 0 ? undefined : actors,
    }
    if (item === undefined) {
      const id = edit((doc) => addCard(doc, boardId, () => addMilestone(doc, boardId, fields)))
      if (id !== undefined) ui.reveal({ kind: 'board', boardId }, id)
    } else edit((doc) => updateMilestone(doc, item.id, fields))
    onClose()
  }
  const toggle = (id: string) =>
    setActors((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]))
  return (
    <Dialog
      title={item === undefined ? t('future.addMilestone') : t('common.edit')}
      onClose={onClose}
      onSubmit={submit}
      wide
      footer={
        <DialogFooter
          onClose={onClose}
          submitLabel={item === undefined ? t('common.add') : t('common.save')}
          disabled={text.trim() === ''}
        />
      }
    >
      <div className="form-grid">
        <FormTextArea span label={t('future.text')} value={text} onChange={setText} />
        <YearSelect years={years} value={when} onChange={setWhen} />
        <fieldset className="field field-span checkbox-group">
          <legend className="field-label">{t('future.actors')}</legend>
          {stakeholders.length === 0 ? (
            <p className="muted small">{t('stakeholders.empty')}</p>
          ) : null}
          <div className="checkbox-grid">
            {stakeholders.map((k) => (
              <label key={k.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={actors.includes(k.id)}
                  onChange={() => toggle(k.id)}
                />
                <span>{k.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
    </Dialog>
  )
}

export function MoveYearDialog({
  item,
  years,
  onClose,
  onMove,
}: {
  item: Milestone
  years: readonly number[]
  onClose: () => void
  onMove: (year: number) => void
}) {
  const t = useT()
  const [when, setWhen] = useState(String(item.year))
  return (
    <Dialog
      title={t('future.moveTitle')}
      onClose={onClose}
      onSubmit={() => onMove(Number(when))}
      footer={<DialogFooter onClose={onClose} submitLabel={t('common.move')} />}
    >
      <p className="dialog-lead">{item.text}</p>
      <YearSelect years={years} value={when} onChange={setWhen} />
    </Dialog>
  )
}
