// The agenda: the workshop's steps in running order, their minutes and the board each works on.
// A step with a board opens it; each step's menu edits, reorders or removes it.
import { useState } from 'react'
import type { AgendaStep } from '../../../shared/interchange/schema.ts'
import {
  addAgendaStep,
  moveAgendaStep,
  removeAgendaStep,
  updateAgendaStep,
} from '../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { ui } from '../app/uiStore.ts'
import { Icon } from '../components/Icon.tsx'
import { MenuButton } from '../components/Menu.tsx'
import { ConfirmDialog, Dialog } from '../components/Dialog.tsx'
import { formatDuration } from './duration.ts'
import { useCurrentSection } from './currentSection.ts'
import { StepRunButton, StepRunStatus } from '../facilitation/AgendaRun.tsx'

type Editing = { step: AgendaStep | null } | null

export function AgendaSidebar() {
  const t = useT()
  const agenda = useWorkshop((s) => s.agenda)
  const boards = useWorkshop((s) => s.boards)
  const edit = useEdit()
  const section = useCurrentSection()
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<AgendaStep | null>(null)
  const total = agenda.reduce((sum, a) => sum + a.minutes, 0)
  const boardTitle = (id: string | undefined) => boards.find((b) => b.id === id)?.title

  return (
    <aside className="sidebar" aria-labelledby="agenda-title">
      <div className="sidebar-head">
        <h2 id="agenda-title" className="sidebar-title">
          <Icon name="clock" /> {t('agenda.title')}
        </h2>
        <span className="sidebar-total">
          {t('agenda.total', { duration: formatDuration(total, t) })}
        </span>
      </div>
      {agenda.length === 0 ? <p className="empty small">{t('agenda.empty')}</p> : null}
      <ol className="agenda-list">
        {agenda.map((step, i) => {
          const board = boardTitle(step.boardId)
          const current = section.kind === 'board' && step.boardId === section.boardId
          return (
            <li key={step.id} className={current ? 'agenda-step current' : 'agenda-step'}>
              <span className="agenda-index" aria-hidden="true">
                {i + 1}
              </span>
              <div className="agenda-body">
                <span className="agenda-title">{step.title}</span>
                <span className="agenda-meta">
                  <span className="agenda-minutes">
                    {t('agenda.minutesShort', { count: step.minutes })}
                  </span>
                  {board === undefined || step.boardId === undefined ? null : (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('agenda.openBoard', { board })}
                      aria-current={current ? 'true' : undefined}
                      onClick={() =>
                        step.boardId !== undefined &&
                        ui.showSection({ kind: 'board', boardId: step.boardId })
                      }
                    >
                      {board}
                    </button>
                  )}
                </span>
                <StepRunStatus step={step} />
              </div>
              <StepRunButton step={step} />
              <MenuButton
                label={t('common.more', { name: step.title })}
                items={[
                  { label: t('common.edit'), onSelect: () => setEditing({ step }) },
                  {
                    label: t('common.moveUp'),
                    disabled: i === 0,
                    onSelect: () => edit((doc) => moveAgendaStep(doc, step.id, i - 1)),
                  },
                  {
                    label: t('common.moveDown'),
                    disabled: i === agenda.length - 1,
                    onSelect: () => edit((doc) => moveAgendaStep(doc, step.id, i + 1)),
                  },
                  { label: t('common.delete'), danger: true, onSelect: () => setDeleting(step) },
                ]}
              >
                <Icon name="dots" />
              </MenuButton>
            </li>
          )
        })}
      </ol>
      <button
        type="button"
        className="button button-quiet sidebar-add"
        onClick={() => setEditing({ step: null })}
      >
        <Icon name="plus" /> {t('agenda.add')}
      </button>
      {editing === null ? null : (
        <StepDialog
          step={editing.step}
          boards={boards.map((b) => ({ value: b.id, label: b.title }))}
          onClose={() => setEditing(null)}
          onSave={(fields) => {
            const step = editing.step
            edit((doc) =>
              step === null ? addAgendaStep(doc, fields) : updateAgendaStep(doc, step.id, fields),
            )
            setEditing(null)
          }}
        />
      )}
      {deleting === null ? null : (
        <ConfirmDialog
          title={t('confirm.deleteTitle', { name: deleting.title })}
          body={t('confirm.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => edit((doc) => removeAgendaStep(doc, deleting.id))}
          onClose={() => setDeleting(null)}
        />
      )}
    </aside>
  )
}

interface StepFields {
  title: string
  minutes: number
  boardId: string | undefined
}

function StepDialog({
  step,
  boards,
  onClose,
  onSave,
}: {
  step: AgendaStep | null
  boards: { value: string; label: string }[]
  onClose: () => void
  onSave: (f: StepFields) => void
}) {
  const t = useT()
  const [title, setTitle] = useState(step?.title ?? '')
  const [minutes, setMinutes] = useState(String(step?.minutes ?? 15))
  const [boardId, setBoardId] = useState(step?.boardId ?? '')
  const valid = title.trim() !== '' && Number.isFinite(Number(minutes)) && Number(minutes) >= 0
  return (
    <Dialog
      title={step === null ? t('agenda.add') : t('agenda.editStep', { title: step.title })}
      onClose={onClose}
      onSubmit={() =>
        valid &&
        onSave({
          title: title.trim(),
          minutes: Number(minutes),
          boardId: boardId === '' ? undefined : boardId,
        })
      }
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!valid}>
            {step === null ? t('common.add') : t('common.save')}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <label className="field field-span">
          <span className="field-label">{t('agenda.stepTitle')}</span>
          <input
            className="field-input"
            required
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('agenda.minutes')}</span>
          <input
            className="field-input"
            type="number"
            min={0}
            step={5}
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('agenda.board')}</span>
          <select
            className="field-input field-select"
            value={boardId}
            onChange={(e) => setBoardId(e.target.value)}
          >
            <option value="">{t('agenda.noBoard')}</option>
            {boards.map((b) => (
              <option key={b.value} value={b.value}>
                {b.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </Dialog>
  )
}
