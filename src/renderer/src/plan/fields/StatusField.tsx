// The action's status as a native select (planned / in progress / done / not set): its label is
// text, never a colour alone.
import { STATUSES, type ActionStatus } from '../../../../shared/interchange/schema.ts'
import type { UiKey } from '../../../../shared/i18n/en/ui.ts'
import { useT } from '../../i18n/I18n.tsx'
import { enumValue } from '../../components/enums.ts'
import { FieldShell, fieldName } from './FieldShell.tsx'

interface Props {
  id: string
  context: string
  value: ActionStatus | undefined
  onChange: (value: ActionStatus | undefined) => void
}

export function StatusField({ id, context, value, onChange }: Props) {
  const t = useT()
  return (
    <FieldShell id={id} label={t('field.status')} context={context}>
      <select
        id={id}
        className="field-input field-select"
        aria-label={fieldName(t('field.status'), context)}
        value={value ?? ''}
        onChange={(e) => onChange(enumValue(STATUSES, e.target.value))}
      >
        <option value="">{t('common.notSet')}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`actionStatus.${s}` satisfies UiKey)}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}
