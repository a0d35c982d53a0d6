// STUN/TURN servers for direct links, from this device's settings. Empty by default: on the
// venue's network, participants' laptops reach each other with host candidates alone, and no
// outside server learns who is meeting. A venue that isolates Wi-Fi clients can name its own
// TURN server here.
import { z } from 'zod'
import type { IceServer } from './peerRoom.ts'

export const ICE_SETTINGS_KEY = 'tavolo.iceServers'

const iceUrl = z
  .string()
  .trim()
  .regex(/^(stun|turn|turns):[^\s]+$/, 'must start with stun:, turn: or turns:')
const iceServerSchema = z.strictObject({
  urls: z.union([iceUrl, z.array(iceUrl).min(1)]),
  username: z.string().max(512).optional(),
  credential: z.string().max(512).optional(),
})
export const iceServersSchema = z.array(iceServerSchema).max(8)

/** One server per line: `URL` or `URL username credential`. */
export function parseIceServers(text: string): { servers: IceServer[] } | { error: string } {
  const servers: IceServer[] = []
  const lines = text.split('\n').map((l) => l.trim())
  for (const [i, line] of lines.entries()) {
    if (line === '') continue
    const [urls = '', username, credential, ...rest] = line.split(/\s+/)
    const candidate = {
      urls: urls.includes(',') ? urls.split(',') : urls,
      ...(username === undefined ? {} : { username }),
      ...(credential === undefined ? {} : { credential }),
    }
    const parsed = iceServerSchema.safeParse(candidate)
    if (rest.length > 0 || !parsed.success) {
      const why =
        rest.length > 0 ? 'too many words' : (parsed.error?.issues[0]?.message ?? 'not a server')
      return { error: `line ${i + 1}: ${why}` }
    }
    servers.push(parsed.data)
  }
  return { servers }
}

export function formatIceServers(servers: readonly IceServer[]): string {
  return servers
    .map((s) =>
      [Array.isArray(s.urls) ? s.urls.join(',') : s.urls, s.username, s.credential]
        .filter((w) => w !== undefined)
        .join(' '),
    )
    .join('\n')
}

export function loadIceServers(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): IceServer[] {
  try {
    const raw = storage?.getItem(ICE_SETTINGS_KEY)
    if (raw === null || raw === undefined) return []
    const parsed = iceServersSchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

export function saveIceServers(
  servers: readonly IceServer[],
  storage: Pick<Storage, 'setItem' | 'removeItem'> = localStorage,
): void {
  if (servers.length === 0) storage.removeItem(ICE_SETTINGS_KEY)
  else storage.setItem(ICE_SETTINGS_KEY, JSON.stringify(servers))
}
