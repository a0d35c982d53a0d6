// Brings a field into the middle of the section's own scroll area. Element.scrollIntoView would
// also scroll every ancestor that can scroll, shifting the whole app shell (top bar included) up.

export function scrollIntoSection(el: HTMLElement): void {
  const area = el.closest<HTMLElement>('.section-content')
  if (area === null) {
    el.scrollIntoView({ block: 'nearest' })
    return
  }
  const box = el.getBoundingClientRect()
  const view = area.getBoundingClientRect()
  if (box.top >= view.top && box.bottom <= view.bottom) return
  const top = area.scrollTop + (box.top - view.top) - view.height / 2 + box.height / 2
  area.scrollTo({
    top: Math.max(0, top),
    behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  })
}
