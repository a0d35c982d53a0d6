// Short messages for the person at the keyboard (a refused edit, a saved export), shown in a
// polite live region so screen readers announce them too.
import { create } from 'zustand'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import type { Vars } from '../../../shared/i18n/translate.ts'

export interface Notice {
  id: number
  kind: 'info' | 'error'
  key: UiKey
  vars?: Vars
}

interface NoticeState {
  notices: Notice[]
}

export const useNotices = create<NoticeState>(() => ({ notices: [] }))

let nextId = 1

export function notify(notice: Omit<Notice, 'id'>, ttlMs = 6000): void {
  const id = nextId++
  useNotices.setState((s) => ({ notices: [...s.notices.slice(-3), { ...notice, id }] }))
  window.setTimeout(() => dismiss(id), notice.kind === 'error' ? ttlMs * 2 : ttlMs)
}

export function dismiss(id: number): void {
  useNotices.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }))
}
