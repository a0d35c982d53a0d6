// The presence state each person publishes (y-protocols awareness) and its reading. Remote states
// are untrusted input from any participant: every field is checked and anything malformed is
// dropped, so a broken or hostile peer cannot break the board or inject styles.
import { z } from 'zod'
import { COLOUR_IDS, NAME_MAX } from './identity.ts'

const id = z.string().min(1).max(128)
const coord = z.number().finite().min(-100_000).max(100_000)
const fraction = z.number().finite().min(0).max(1)

export const userSchema = z.object({
  name: z.string().trim().min(1).max(NAME_MAX),
  colour: z.enum(COLOUR_IDS),
  role: z.enum(['facilitator', 'participant']),
})
export type PresenceUser = z.infer<typeof userSchema>
export type PresenceRole = PresenceUser['role']

/**
 * Where the pointer is on a board: over a card, as fractions of that card's box (so it lands on
 * the same card on every screen, whatever the window size); elsewhere, pixels from the board's
 * top-left corner.
 */
export const cursorSchema = z.union([
  z.object({ board: id, card: id, fx: fraction, fy: fraction }),
  z.object({ board: id, x: coord, y: coord }),
])
export type PresenceCursor = z.infer<typeof cursorSchema>

export const selectionSchema = z.object({ board: id, cards: z.array(id).max(50) })
export type PresenceSelection = z.infer<typeof selectionSchema>

export interface Peer {
  clientId: number
  user: PresenceUser
  cursor: PresenceCursor | null
  selection: PresenceSelection | null
}

/** The people in `states` (everyone but `selfId`) with a valid user; bad fields become null. */
export function readPeers(
  states: ReadonlyMap<number, Record<string, unknown>>,
  selfId: number,
): Peer[] {
  const peers: Peer[] = []
  for (const [clientId, state] of states) {
    if (clientId === selfId) continue
    const user = userSchema.safeParse(state.user)
    if (!user.success) continue
    const cursor = cursorSchema.safeParse(state.cursor)
    const selection = selectionSchema.safeParse(state.selection)
    peers.push({
      clientId,
      user: user.data,
      cursor: cursor.success ? cursor.data : null,
      selection: selection.success ? selection.data : null,
    })
  }
  // Facilitators first, then by name: a stable order for the avatars list.
  return peers.sort(
    (a, b) =>
      Number(b.user.role === 'facilitator') - Number(a.user.role === 'facilitator') ||
      a.user.name.localeCompare(b.user.name) ||
      a.clientId - b.clientId,
  )
}

export function initials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '')
  const letters =
    words.length === 1
      ? [...(words[0] ?? '')].slice(0, 2)
      : words.slice(0, 2).map((w) => [...w][0] ?? '')
  return letters.join('').toUpperCase()
}
