// Adding or editing a story: the sentence's three parts, the stakeholder its role stands for,
// theme, priority, votes, author and notes.
import { useId, useState } from 'react'
import { PRIORITIES, type Story } from '../../../../shared/interchange/schema.ts'
import {
  LOCAL_ORIGIN,
  addCard,
  addStory,
  moveStory,
  updateStory,
} from '../../../../shared/model/index.ts'
import { useEdit, useWorkshop } from '../../doc/context.tsx'
import { useT } from '../../i18n/I18n.tsx'
import { ui } from '../../app/uiStore.ts'
import { Dialog, DialogFooter } from '../../components/Dialog.tsx'
import { FormInput, FormSelect, FormTextArea } from '../../components/fields.tsx'
import { enumValue } from '../../components/enums.ts'
import { useEnumOptions } from '../../components/options.ts'
import { useFacilitation } from '../../facilitation/useFacilitation.ts'

export type StoryDialogState =
  { mode: 'add'; theme: string | undefined } | { mode: 'edit'; id: string }

interface Props {
  boardId: string
  state: StoryDialogState
  story: Story | undefined
  themes: readonly string[]
  onClose: () => void
}

const blankToUndefined = (v: string) => (v.trim() === '' ? undefined : v.trim())

export function StoryDialog({ boardId, state, story, themes, onClose }: Props) {
  const t = useT()
  const edit = useEdit()
  const participants = useWorkshop((s) => s.participants)
  const stakeholders = useWorkshop((s) => s.stakeholders)
  // An anonymous session shows no authors (the value is kept as it is).
  const anonymous = useFacilitation((v) => v.session.anonymous.on)
  const opts = useEnumOptions()
  const themeListId = useId()
  const [form, setForm] = useState({
    role: story?.role ?? '',
    stakeholderId: story?.stakeholderId ?? '',
    goal: story?.goal ?? '',
    benefit: story?.benefit ?? '',
    theme: story?.theme ?? (state.mode === 'add' ? (state.theme ?? '') : ''),
    priority: story?.priority ?? '',
    votes: String(story?.votes ?? 0),
    authorId: story?.authorId ?? '',
    notes: story?.notes ?? '',
  })
  const set = (key: keyof typeof form) => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }))
  const votes = Number(form.votes)
  const valid =
    (form.role.trim() !== '' || form.goal.trim() !== '') && Number.isInteger(votes) && votes >= 0

  const submit = () => {
    if (!valid) return
    const fields = {
      role: form.role.trim(),
      goal: form.goal.trim(),
      benefit: form.benefit.trim(),
      theme: blankToUndefined(form.theme),
      priority: enumValue(PRIORITIES, form.priority),
      votes: votes === 0 && story?.votes === undefined ? undefined : votes,
      authorId: blankToUndefined(form.authorId),
      stakeholderId: blankToUndefined(form.stakeholderId),
      notes: blankToUndefined(form.notes),
    }
    if (state.mode === 'add') {
      // addCard: hidden from the others while the facilitator has private writing on.
      const id = edit((doc) => addCard(doc, boardId, () => addStory(doc, boardId, fields)))
      if (id !== undefined) ui.reveal({ kind: 'board', boardId }, id)
    } else {
      const { theme, ...rest } = fields
      // A new theme moves the card to the end of that column; the same theme keeps its place.
      edit((doc) =>
        doc.transact(() => {
          updateStory(doc, state.id, rest)
          if (theme !== story?.theme) moveStory(doc, state.id, { theme: theme ?? null })
        }, LOCAL_ORIGIN),
      )
    }
    onClose()
  }

  const linkStakeholder = (id: string) => {
    const k = stakeholders.find((x) => x.id === id)
    setForm((f) => ({
      ...f,
      stakeholderId: id,
      role: f.role.trim() === '' && k !== undefined ? k.name : f.role,
    }))
  }

  return (
    <Dialog
      title={state.mode === 'add' ? t('story.add') : t('story.edit')}
      onClose={onClose}
      onSubmit={submit}
      wide
      footer={
        <DialogFooter
          onClose={onClose}
          submitLabel={state.mode === 'add' ? t('story.add') : t('common.save')}
          disabled={!valid}
        />
      }
    >
      <div className="form-grid">
        <FormInput label={t('story.role')} value={form.role} onChange={set('role')} />
        <FormSelect
          label={t('story.stakeholder')}
          value={form.stakeholderId}
          options={stakeholders.map((k) => ({ value: k.id, label: k.name }))}
          empty={t('common.none')}
          onChange={linkStakeholder}
        />
        <FormTextArea span label={t('story.goal')} value={form.goal} onChange={set('goal')} />
        <FormTextArea
          span
          label={t('story.benefit')}
          value={form.benefit}
          onChange={set('benefit')}
        />
        <FormInput
          label={t('story.theme')}
          list={themeListId}
          value={form.theme}
          onChange={set('theme')}
          after={
            <datalist id={themeListId}>
              {themes.map((theme) => (
                <option key={theme} value={theme} />
              ))}
            </datalist>
          }
        />
        <FormSelect
          label={t('priority.label')}
          value={form.priority}
          options={opts.priority}
          onChange={set('priority')}
        />
        <FormInput
          label={t('story.votesLabel')}
          className="field-number"
          type="number"
          min={0}
          step={1}
          value={form.votes}
          onChange={set('votes')}
        />
        {anonymous ? null : (
          <FormSelect
            label={t('story.author')}
            value={form.authorId}
            options={participants.map((p) => ({ value: p.id, label: p.name }))}
            empty={t('common.none')}
            onChange={set('authorId')}
          />
        )}
        <FormTextArea span label={t('common.notes')} value={form.notes} onChange={set('notes')} />
      </div>
    </Dialog>
  )
}
