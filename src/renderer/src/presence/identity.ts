// Who this person is to the others: a name and a colour, asked once on first join in a browser
// and remembered in this browser's localStorage (never in the workshop file: presence is not
// persisted). Colours come from a fixed palette with names, so a colour is never the only
// signal, and every one carries white text at 4.5:1 or better.
import { z } from 'zod'

export const COLOURS = [
  { id: 'blue', hex: '#1f55c4' },
  { id: 'red', hex: '#b42318' },
  { id: 'green', hex: '#137333' },
  { id: 'purple', hex: '#6d3fb8' },
  { id: 'orange', hex: '#a04100' },
  { id: 'teal', hex: '#0f6e66' },
  { id: 'pink', hex: '#b0175a' },
  { id: 'grey', hex: '#4b5563' },
] as const

export type ColourId = (typeof COLOURS)[number]['id']
export const COLOUR_IDS = COLOURS.map((c) => c.id) as [ColourId, ...ColourId[]]

export function colourHex(id: ColourId): string {
  return COLOURS.find((c) => c.id === id)?.hex ?? COLOURS[0].hex
}

export const NAME_MAX = 40

export const identitySchema = z.object({
  name: z.string().trim().min(1).max(NAME_MAX),
  colour: z.enum(COLOUR_IDS),
})
export type Identity = z.infer<typeof identitySchema>

export const IDENTITY_KEY = 'tavolo.identity'

export function loadIdentity(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Identity | null {
  try {
    const raw = storage?.getItem(IDENTITY_KEY)
    if (raw === null || raw === undefined) return null
    const parsed = identitySchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function saveIdentity(
  identity: Identity,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(IDENTITY_KEY, JSON.stringify(identitySchema.parse(identity)))
  } catch {
    // Storage full or disabled: the name holds for this page only, which is still useful.
  }
}

/** A colour for someone who has not chosen yet, spread by their client id. */
export function defaultColour(clientId: number): ColourId {
  return COLOUR_IDS[clientId % COLOUR_IDS.length] ?? 'blue'
}
