// Pointer-event drag and drop shared by the boards. Nothing React-rendered changes while the
// pointer moves: a ghost copy of the card follows the pointer through a CSS transform and the
// board's drop indicator is positioned directly, so a drag costs one style write per frame.
// The drop itself is one model mutation. Escape cancels. Keyboard and "Move to…" do the same
// moves without a pointer (see each board).

export interface DragHandlers<T> {
  /** The drop target under the pointer (client coordinates), or null. */
  hitTest: (x: number, y: number) => T | null
  /** Shows where the card would land (null: nowhere). */
  indicate: (target: T | null) => void
  onDrop: (target: T) => void
  /** Called at the end of a drag whether it dropped or not. */
  onEnd?: () => void
}

const THRESHOLD_PX = 4
const INTERACTIVE = 'button, input, select, textarea, a, [role="menu"], [data-no-drag]'

/** Starts tracking a possible drag from a pointerdown on `card`. */
export function beginPointerDrag<T>(
  event: PointerEvent,
  card: HTMLElement,
  handlers: DragHandlers<T>,
): void {
  if (event.button !== 0 || !event.isPrimary) return
  // Controls inside a card keep their own pointer behaviour; the card's main button (marked
  // data-drag-handle) is where a drag usually starts.
  if (event.target instanceof Element) {
    const control = event.target.closest(INTERACTIVE)
    if (control !== null && !control.hasAttribute('data-drag-handle')) return
  }
  const startX = event.clientX
  const startY = event.clientY
  const pointerId = event.pointerId
  let ghost: HTMLElement | null = null
  let offsetX = 0
  let offsetY = 0
  let target: T | null = null
  let frame = 0
  let lastX = startX
  let lastY = startY

  const start = () => {
    const rect = card.getBoundingClientRect()
    offsetX = startX - rect.left
    offsetY = startY - rect.top
    ghost = card.cloneNode(true) as HTMLElement
    ghost.removeAttribute('id')
    ghost.setAttribute('aria-hidden', 'true')
    ghost.classList.add('drag-ghost')
    ghost.style.width = `${rect.width}px`
    ghost.style.height = `${rect.height}px`
    document.body.appendChild(ghost)
    card.classList.add('dragging')
    document.body.classList.add('is-dragging')
  }

  const update = () => {
    frame = 0
    if (ghost === null) return
    ghost.style.transform = `translate3d(${lastX - offsetX}px, ${lastY - offsetY}px, 0) rotate(1.5deg)`
    target = handlers.hitTest(lastX, lastY)
    handlers.indicate(target)
  }

  const onMove = (e: PointerEvent) => {
    if (e.pointerId !== pointerId) return
    lastX = e.clientX
    lastY = e.clientY
    if (ghost === null) {
      if (Math.hypot(lastX - startX, lastY - startY) < THRESHOLD_PX) return
      start()
    }
    e.preventDefault()
    if (frame === 0) frame = requestAnimationFrame(update)
  }

  const finish = (drop: boolean) => {
    window.removeEventListener('pointermove', onMove)
    window.removeEventListener('pointerup', onUp)
    window.removeEventListener('pointercancel', onCancel)
    window.removeEventListener('keydown', onKey, true)
    if (frame !== 0) cancelAnimationFrame(frame)
    const wasDragging = ghost !== null
    ghost?.remove()
    ghost = null
    card.classList.remove('dragging')
    document.body.classList.remove('is-dragging')
    handlers.indicate(null)
    if (wasDragging) {
      // The click that follows a drag must not open the card.
      const swallow = (e: MouseEvent) => {
        e.stopPropagation()
        e.preventDefault()
      }
      window.addEventListener('click', swallow, { capture: true, once: true })
      window.setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0)
      if (drop) {
        const final = handlers.hitTest(lastX, lastY) ?? target
        if (final !== null) handlers.onDrop(final)
      }
    }
    handlers.onEnd?.()
  }
  const onUp = (e: PointerEvent) => {
    if (e.pointerId !== pointerId) return
    lastX = e.clientX
    lastY = e.clientY
    finish(true)
  }
  const onCancel = (e: PointerEvent) => {
    if (e.pointerId === pointerId) finish(false)
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      finish(false)
    }
  }
  window.addEventListener('pointermove', onMove, { passive: false })
  window.addEventListener('pointerup', onUp)
  window.addEventListener('pointercancel', onCancel)
  window.addEventListener('keydown', onKey, true)
}

/** The element under a point among `candidates` (rects read once per call). */
export function elementAt(candidates: Iterable<Element>, x: number, y: number): Element | null {
  for (const el of candidates) {
    const r = el.getBoundingClientRect()
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return el
  }
  return null
}
