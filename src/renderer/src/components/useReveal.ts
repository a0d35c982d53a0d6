// Brings an element into view and focus when a search result (or a just-created entity) asks
// for it. Returns true while the element should show its "you were brought here" highlight.
import { useEffect, useState, type RefObject } from 'react'
import { ui, useUi } from '../app/uiStore.ts'

const FIELD = 'input:not([type="hidden"]), textarea, select'

export function useReveal(id: string, ref: RefObject<HTMLElement | null>): boolean {
  const request = useUi((s) => (s.focus?.id === id ? s.focus : undefined))
  const [flash, setFlash] = useState(false)
  useEffect(() => {
    if (request === undefined) return
    const el = ref.current
    if (el === null) return
    ui.doneFocus(request.seq)
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' })
    // Cards focus their main button (marked data-focus); rows and others focus themselves.
    const target = el.querySelector<HTMLElement>('[data-focus]') ?? el
    if (request.mode === 'focus') {
      if (document.activeElement !== target) target.focus({ preventScroll: true })
      return
    }
    if (request.mode === 'edit') {
      const field = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(FIELD)
      if (field !== null) {
        field.focus()
        if ('select' in field) field.select()
      } else el.focus()
      return
    }
    target.focus({ preventScroll: true })
    // Shown for a moment; a second jump to the same item (new seq) flashes again.
    const show = window.setTimeout(() => setFlash(true), 0)
    const hide = window.setTimeout(() => setFlash(false), 1800)
    return () => {
      window.clearTimeout(show)
      window.clearTimeout(hide)
    }
  }, [request, ref])
  return flash
}
