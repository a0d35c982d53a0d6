// "Follow me" also follows where the facilitator has scrolled on the board. Screens differ in
// size, so the position travels as a share of the board's scroll range (x, y from 0 to 1; zoom
// stays 1): the same part of the board comes into view on a laptop and on a projector.
import type { Viewport } from '../../../shared/model/session/values.ts'

/** The board's main scrolling area: the largest scrollable element inside its body. */
export function boardScroller(root: ParentNode = document): HTMLElement | null {
  const body = root.querySelector('.board-lock')
  if (body === null) return null
  let best: HTMLElement | null = null
  let bestArea = 0
  for (const el of body.querySelectorAll<HTMLElement>('*')) {
    const scrollable = el.scrollWidth > el.clientWidth + 4 || el.scrollHeight > el.clientHeight + 4
    if (!scrollable) continue
    const style = getComputedStyle(el)
    if (!/(auto|scroll)/.test(`${style.overflowX} ${style.overflowY}`)) continue
    const area = el.clientWidth * el.clientHeight
    if (area > bestArea) {
      best = el
      bestArea = area
    }
  }
  return best
}

const share = (pos: number, range: number) =>
  range <= 0 ? 0 : Math.min(1, Math.max(0, pos / range))

export function viewportOf(el: HTMLElement): Viewport {
  const round = (x: number) => Math.round(x * 1000) / 1000
  return {
    x: round(share(el.scrollLeft, el.scrollWidth - el.clientWidth)),
    y: round(share(el.scrollTop, el.scrollHeight - el.clientHeight)),
    zoom: 1,
  }
}

export function applyViewport(el: HTMLElement, v: Viewport): void {
  el.scrollTo({
    left: v.x * (el.scrollWidth - el.clientWidth),
    top: v.y * (el.scrollHeight - el.clientHeight),
    behavior: 'auto',
  })
}

/** Whether two positions differ enough to be worth telling everyone. */
export function movedEnough(a: Viewport | undefined, b: Viewport): boolean {
  return a === undefined || Math.abs(a.x - b.x) > 0.02 || Math.abs(a.y - b.y) > 0.02
}
