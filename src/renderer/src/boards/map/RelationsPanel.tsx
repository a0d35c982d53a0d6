// The keyboard way to work with relations: add one (from, to, label), relabel or delete each,
// and re-arrange the graph.
import { useRef, useState } from 'react'
import type { Relation } from '../../../../shared/interchange/schema.ts'
import type { StakeholderRecord } from '../../../../shared/model/records.ts'
import { useT } from '../../i18n/I18n.tsx'
import { Icon } from '../../components/Icon.tsx'
import { FormInput, FormSelect, TextField } from '../../components/fields.tsx'
import { ConfirmDialog } from '../../components/Dialog.tsx'
import { useReveal } from '../../components/useReveal.ts'

interface Props {
  stakeholders: readonly StakeholderRecord[]
  relations: readonly Relation[]
  onArrange: (kind: 'circle' | 'force') => void
  onAdd: (from: string, to: string, label: string | undefined) => void
  onLabel: (id: string, label: string | undefined) => void
  onDelete: (id: string) => void
}

export function RelationsPanel({
  stakeholders,
  relations,
  onArrange,
  onAdd,
  onLabel,
  onDelete,
}: Props) {
  const t = useT()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [label, setLabel] = useState('')
  const [deleting, setDeleting] = useState<Relation | null>(null)
  const name = (id: string) => stakeholders.find((k) => k.id === id)?.name ?? id
  const shown = new Set(stakeholders.map((k) => k.id))
  const list = relations.filter((r) => shown.has(r.from) && shown.has(r.to))
  const valid = from !== '' && to !== '' && from !== to
  return (
    <aside className="relations-panel" aria-labelledby="relations-panel-title">
      <div className="relations-arrange" role="group" aria-label={t('map.layout')}>
        <span className="field-label">{t('map.layout')}</span>
        <button type="button" className="button button-small" onClick={() => onArrange('circle')}>
          {t('map.layoutCircle')}
        </button>
        <button type="button" className="button button-small" onClick={() => onArrange('force')}>
          {t('map.layoutForce')}
        </button>
      </div>
      <form
        className="relation-form"
        aria-label={t('map.addRelation')}
        onSubmit={(e) => {
          e.preventDefault()
          if (!valid) return
          onAdd(from, to, label.trim() === '' ? undefined : label.trim())
          setLabel('')
        }}
      >
        <FormSelect
          label={t('map.relationFrom')}
          value={from}
          options={stakeholders.map((k) => ({ value: k.id, label: k.name }))}
          empty={t('common.choose')}
          onChange={setFrom}
        />
        <FormSelect
          label={t('map.relationTo')}
          value={to}
          options={stakeholders.map((k) => ({
            value: k.id,
            label: k.name,
            disabled: k.id === from,
          }))}
          empty={t('common.choose')}
          onChange={setTo}
        />
        <FormInput label={t('map.relationLabel')} value={label} onChange={setLabel} />
        <button type="submit" className="button button-primary" disabled={!valid}>
          <Icon name="plus" /> {t('map.addRelation')}
        </button>
      </form>
      <h3 id="relations-panel-title" className="panel-subtitle">
        {t('map.relationsList')}
      </h3>
      {list.length === 0 ? <p className="empty small">{t('map.noRelations')}</p> : null}
      <ul className="relation-list">
        {list.map((r) => (
          <RelationRow
            key={r.id}
            r={r}
            fromName={name(r.from)}
            toName={name(r.to)}
            onLabel={onLabel}
            onDelete={() => setDeleting(r)}
          />
        ))}
      </ul>
      {deleting === null ? null : (
        <ConfirmDialog
          title={t('confirm.deleteTitle', {
            name: t('map.relationSentence', { from: name(deleting.from), to: name(deleting.to) }),
          })}
          body={t('confirm.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => onDelete(deleting.id)}
          onClose={() => setDeleting(null)}
        />
      )}
    </aside>
  )
}

function RelationRow({
  r,
  fromName,
  toName,
  onLabel,
  onDelete,
}: {
  r: Relation
  fromName: string
  toName: string
  onLabel: Props['onLabel']
  onDelete: () => void
}) {
  const t = useT()
  const ref = useRef<HTMLLIElement>(null)
  const flash = useReveal(r.id, ref)
  const sentence = t('map.relationSentence', { from: fromName, to: toName })
  return (
    <li ref={ref} className={flash ? 'relation-row flash' : 'relation-row'}>
      <span className="relation-ends">{sentence}</span>
      <TextField
        className="relation-label"
        label={t('map.relationLabelOf', { relation: sentence })}
        placeholder={t('map.relationLabel')}
        value={r.label ?? ''}
        onCommit={(v) => onLabel(r.id, v.trim() === '' ? undefined : v.trim())}
      />
      <button
        type="button"
        className="icon-button danger"
        aria-label={t('map.deleteRelation', { name: sentence })}
        onClick={onDelete}
      >
        <Icon name="trash" />
      </button>
    </li>
  )
}
