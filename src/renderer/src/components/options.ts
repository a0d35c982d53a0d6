// Select options for the format's enumerations, labelled in the UI language, each with a
// "not set" first entry since all of them are optional fields.
import { useMemo } from 'react'
import { ATTITUDES, GROUPS, PRIORITIES, SECTORS } from '../../../shared/interchange/schema.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { useT } from '../i18n/I18n.tsx'
import type { Option } from './fields.tsx'

export interface EnumOptions {
  sector: Option[]
  group: Option[]
  attitude: Option[]
  priority: Option[]
}

export function useEnumOptions(): EnumOptions {
  const t = useT()
  return useMemo(() => {
    const none = { value: '', label: t('common.notSet') }
    return {
      sector: [
        none,
        ...SECTORS.map((v) => ({ value: v, label: t(`sector.${v}` satisfies UiKey) })),
      ],
      group: [none, ...GROUPS.map((v) => ({ value: v, label: t(`group.${v}` satisfies UiKey) }))],
      attitude: [
        none,
        ...ATTITUDES.map((v) => ({ value: v, label: t(`attitude.${v}` satisfies UiKey) })),
      ],
      priority: [
        none,
        ...PRIORITIES.map((v) => ({ value: v, label: t(`priority.${v}` satisfies UiKey) })),
      ],
    }
  }, [t])
}
