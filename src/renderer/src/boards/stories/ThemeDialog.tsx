import { useState } from 'react'
import { useT } from '../../i18n/I18n.tsx'
import { Dialog } from '../../components/Dialog.tsx'

/** Names a new theme column, or renames one (every story in it follows). */
export function ThemeDialog({
  initial,
  existing,
  onClose,
  onSave,
}: {
  initial?: string
  existing: readonly string[]
  onClose: () => void
  onSave: (name: string) => void
}) {
  const t = useT()
  const [name, setName] = useState(initial ?? '')
  const trimmed = name.trim()
  const valid =
    trimmed !== '' && (trimmed === initial || !existing.includes(trimmed) || initial !== undefined)
  return (
    <Dialog
      title={initial === undefined ? t('story.newTheme') : t('story.renameTheme')}
      onClose={onClose}
      onSubmit={() => valid && onSave(trimmed)}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={!valid}>
            {t('common.save')}
          </button>
        </>
      }
    >
      <label className="field">
        <span className="field-label">{t('story.themeName')}</span>
        <input className="field-input" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </Dialog>
  )
}
