// Search across the workshop: stories, board items, stakeholders, participants and actions.
// Matching ignores case and accents ("eva" finds "Éva", "calcada" finds "Calçada"), since a
// room full of languages types names every which way.
import type { WorkshopSnapshot } from '../doc/projection.ts'
import type { Section } from '../app/uiStore.ts'

export type SearchKind =
  'story' | 'vision' | 'milestone' | 'firstStep' | 'stakeholder' | 'participant' | 'action'

export interface SearchResult {
  kind: SearchKind
  id: string
  /** The text shown for the result. */
  text: string
  /** Board title, when the result lives on a board. */
  board?: string
  section: Section
}

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

export function searchWorkshop(
  snapshot: WorkshopSnapshot,
  query: string,
  limit = 30,
): SearchResult[] {
  const words = normalise(query)
    .split(/\s+/)
    .filter((w) => w !== '')
  if (words.length === 0) return []
  const matches = (...texts: (string | undefined)[]) => {
    const hay = normalise(texts.filter((x) => x !== undefined).join(' \u0000 '))
    return words.every((w) => hay.includes(w))
  }
  const out: SearchResult[] = []
  const push = (r: SearchResult) => {
    if (out.length < limit) out.push(r)
  }
  const boardTitle = new Map(snapshot.boards.map((b) => [b.id, b.title]))
  for (const board of snapshot.boards) {
    const section: Section = { kind: 'board', boardId: board.id }
    for (const item of snapshot.items[board.id] ?? []) {
      if (item.type === 'story') {
        if (matches(item.role, item.goal, item.benefit, item.theme, item.notes))
          push({
            kind: 'story',
            id: item.id,
            text: `${item.role}: ${item.goal}`,
            board: board.title,
            section,
          })
      } else if (item.type === 'relation') {
        continue
      } else if (matches(item.text)) {
        push({ kind: item.type, id: item.id, text: item.text, board: board.title, section })
      }
    }
  }
  for (const k of snapshot.stakeholders) {
    if (!matches(k.name, k.notes)) continue
    const section: Section =
      k.boardId !== undefined && boardTitle.has(k.boardId)
        ? { kind: 'board', boardId: k.boardId }
        : { kind: 'stakeholders' }
    push({
      kind: 'stakeholder',
      id: k.id,
      text: k.name,
      board: k.boardId === undefined ? undefined : boardTitle.get(k.boardId),
      section,
    })
  }
  for (const p of snapshot.participants) {
    if (matches(p.name, p.organisation, p.role))
      push({
        kind: 'participant',
        id: p.id,
        text: p.organisation === undefined ? p.name : `${p.name}, ${p.organisation}`,
        section: { kind: 'participants' },
      })
  }
  for (const x of snapshot.actions) {
    if (matches(x.title, x.description, x.responsible))
      push({ kind: 'action', id: x.id, text: x.title, section: { kind: 'actions' } })
  }
  return out
}
