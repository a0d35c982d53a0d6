import type { Translate } from '../../../shared/i18n/catalogs.ts'

export function formatDuration(minutes: number, t: Translate): string {
  const whole = Math.round(minutes)
  if (whole < 60) return t('duration.m', { minutes: whole })
  return t('duration.hm', { hours: Math.floor(whole / 60), minutes: whole % 60 })
}
