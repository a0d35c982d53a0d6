import type { ImportResult } from '../../../shared/ipc/contract.ts'
import { Dialog } from '../components/Dialog.tsx'
import { useT } from '../i18n/I18n.tsx'

/** Every problem of a refused import, each with its JSON path, so it can be fixed in one go. */
export function ImportProblemsDialog({
  result,
  onClose,
}: {
  result: Extract<ImportResult, { status: 'invalid' }>
  onClose: () => void
}) {
  const t = useT()
  return (
    <Dialog
      title={t('home.importInvalid', { file: result.file, count: result.problems.length })}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    >
      <ul className="problem-list">
        {result.problems.map((p, i) => (
          // Problems have no id; their order is fixed for the life of this dialog.
          <li key={i}>
            <code className="problem-path">{p.path}</code> <span>{p.message}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}
