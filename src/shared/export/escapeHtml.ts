// Escaping for HTML and inline SVG: every user string passes through `esc` so that no user text
// can become markup (a title "<script>" prints as text).
import { cleanText } from './text.ts'

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function esc(value: string | number): string {
  return cleanText(String(value)).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)
}

/** Cuts text to `max` characters with an ellipsis (SVG labels have no wrapping). */
export function truncate(value: string, max: number): string {
  const chars = [...value.replace(/\s+/g, ' ').trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}
