// Hit-testing for story drags: which column the pointer is over and where in it the card would
// land. Rects are read once when the drag starts and again after any scroll, not every frame.
export interface StoryDropTarget {
  theme: string | undefined
  /** Position in the destination column, counted without the dragged card. */
  index: number
  /** Where to draw the insertion line (client coordinates). */
  line: { left: number; top: number; width: number }
}

interface ColumnRects {
  theme: string | undefined
  rect: DOMRect
  cards: DOMRect[]
}

export function themeOfColumn(el: Element): string | undefined {
  return el.hasAttribute('data-no-theme') ? undefined : (el.getAttribute('data-theme') ?? undefined)
}

export function createStoryHitTest(container: HTMLElement, draggedId: string) {
  let cache: ColumnRects[] | null = null
  const measure = (): ColumnRects[] =>
    [...container.querySelectorAll<HTMLElement>('[data-drop-column]')].map((col) => ({
      theme: themeOfColumn(col),
      rect: col.getBoundingClientRect(),
      cards: [...col.querySelectorAll<HTMLElement>('[data-card-id]')]
        .filter((card) => card.getAttribute('data-card-id') !== draggedId)
        .map((card) => card.getBoundingClientRect()),
    }))
  const invalidate = () => {
    cache = null
  }
  container.addEventListener('scroll', invalidate, { capture: true, passive: true })
  const hitTest = (x: number, y: number): StoryDropTarget | null => {
    cache ??= measure()
    const column = cache.find((c) => x >= c.rect.left && x <= c.rect.right)
    if (column === undefined) return null
    let index = column.cards.findIndex((r) => y < r.top + r.height / 2)
    if (index < 0) index = column.cards.length
    const before = column.cards[index]
    const after = column.cards[index - 1]
    const top =
      before !== undefined
        ? before.top - 5
        : after !== undefined
          ? after.bottom + 3
          : column.rect.top + 48
    return {
      theme: column.theme,
      index,
      line: { left: column.rect.left + 8, top, width: column.rect.width - 16 },
    }
  }
  return {
    hitTest,
    dispose: () => container.removeEventListener('scroll', invalidate, { capture: true }),
  }
}
