// Small labels whose colour is never the only signal: each carries its word (and an icon).
import type { Attitude, Priority, Sector } from '../../../shared/interchange/schema.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { useT } from '../i18n/I18n.tsx'

export function PriorityBadge({ priority }: { priority: Priority }) {
  const t = useT()
  return (
    <span className={`badge priority priority-${priority}`}>
      <span aria-hidden="true">{t(`priority.${priority}` satisfies UiKey)}</span>
      <span className="sr-only">
        {t('priority.full', { priority: t(`priority.${priority}` satisfies UiKey) })}
      </span>
    </span>
  )
}

export const ATTITUDE_MARK: Record<Attitude, string> = {
  supportive: '+',
  neutral: '=',
  opposed: '−',
}

export function AttitudeMark({ attitude }: { attitude: Attitude }) {
  const t = useT()
  return (
    <span
      className={`attitude attitude-${attitude}`}
      title={t(`attitude.${attitude}` satisfies UiKey)}
    >
      <span aria-hidden="true">{ATTITUDE_MARK[attitude]}</span>
      <span className="sr-only">{t(`attitude.${attitude}` satisfies UiKey)}</span>
    </span>
  )
}

export function SectorTag({ sector }: { sector: Sector }) {
  const t = useT()
  return (
    <span className={`sector-tag sector-${sector}`}>{t(`sector.${sector}` satisfies UiKey)}</span>
  )
}
