// Performance marks the UI benchmark (bench/ui.ts) reads: when the workshop document finished
// loading, and when a board first became interactive (rendered, painted, handlers attached).
// Marks cost next to nothing and are visible in any browser's performance tools.
import { useEffect } from 'react'

export const MARK_DOC_LOADED = 'tavolo:doc-loaded'

export function markOnce(name: string): void {
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name)
}

/** Marks `name` once, on the first frame after the component first rendered. */
export function useReadyMark(name: string): void {
  useEffect(() => {
    const frame = requestAnimationFrame(() => markOnce(name))
    return () => cancelAnimationFrame(frame)
  }, [name])
}
