// "Move to…": the pointer-free way to move a story to any theme and position.
import { useState } from 'react'
import type { Story } from '../../../../shared/interchange/schema.ts'
import { useT } from '../../i18n/I18n.tsx'
import { Dialog, DialogFooter } from '../../components/Dialog.tsx'
import { findStory, storySummary, type StoryColumn } from './columns.ts'

interface Props {
  story: Story
  columns: readonly StoryColumn[]
  themeLabel: (theme: string | undefined) => string
  onClose: () => void
  onMove: (theme: string | undefined, index: number) => void
}

const NONE = '\u0000none'

export function MoveStoryDialog({ story, columns, themeLabel, onClose, onMove }: Props) {
  const t = useT()
  const at = findStory(columns, story.id)
  const [theme, setTheme] = useState(story.theme ?? NONE)
  const target = columns.find((c) => (c.theme ?? NONE) === theme)
  // Positions in the destination column without this story (it leaves its own column).
  const others = (target?.stories ?? []).filter((s) => s.id !== story.id)
  const sameColumn = (story.theme ?? NONE) === theme
  const [position, setPosition] = useState(
    String(sameColumn && at !== undefined ? at.index : others.length),
  )
  const index = Math.min(Number(position), others.length)
  return (
    <Dialog
      title={t('story.moveTitle')}
      onClose={onClose}
      onSubmit={() => onMove(theme === NONE ? undefined : theme, index)}
      footer={<DialogFooter onClose={onClose} submitLabel={t('common.move')} />}
    >
      <p className="dialog-lead">{storySummary(story)}</p>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('story.theme')}</span>
          <select
            className="field-input field-select"
            value={theme}
            onChange={(e) => {
              const next = e.target.value
              setTheme(next)
              const col = columns.find((c) => (c.theme ?? NONE) === next)
              setPosition(String((col?.stories ?? []).filter((s) => s.id !== story.id).length))
            }}
          >
            {columns.map((c) => (
              <option key={c.theme ?? NONE} value={c.theme ?? NONE}>
                {themeLabel(c.theme)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('common.position')}</span>
          <select
            className="field-input field-select"
            value={position}
            onChange={(e) => setPosition(e.target.value)}
          >
            {Array.from({ length: others.length + 1 }, (_, i) => (
              <option key={i} value={String(i)}>
                {i === 0
                  ? t('story.positionFirst')
                  : t('story.positionAfter', { summary: storySummary(others[i - 1] ?? story) })}
              </option>
            ))}
          </select>
        </label>
      </div>
    </Dialog>
  )
}
