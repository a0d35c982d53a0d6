// The keys of the `session` root map (docs/DOCUMENT.md, "Session (facilitation)"). The session
// is ONE root map of flat keys, never nested containers: a nested map (`session.locks`) could be
// replaced whole by one forged write, dropping every lock at once, whereas a flat key can only be
// overwritten one by one, and each write carries the Yjs client id of its author.
import { SESSION_ROOT } from '../layout.ts'

export { SESSION_ROOT }

/** Single-value keys (one JSON value each, replaced whole on every write). */
export const KEY = {
  owner: 'owner',
  run: 'run',
  timer: 'timer',
  anonymous: 'anonymous',
  privateWriting: 'privateWriting',
  spotlight: 'spotlight',
  follow: 'follow',
} as const

/** Keyed families: PREFIX + id → value. */
export const PREFIX = {
  /** `client:<Yjs clientID>` → signed binding `{ userId, sig }`. */
  client: 'client:',
  /** `role:<userId>` → 'facilitator' | 'participant'. */
  role: 'role:',
  /** `lock:<boardId>` → `{ locked, by, at }`. */
  lock: 'lock:',
  /** `vote:<voteId>` → the vote's settings and state. */
  vote: 'vote:',
  /** `ballot:<voteId>:<voterId>:<clientID>` → Y.Map itemId → dot count (the only nested maps). */
  ballot: 'ballot:',
  /** `proxy:<proxyId>` → a voter present in the room without a device. */
  proxy: 'proxy:',
  /** `step:<agendaStepId>` → time log of a step. */
  step: 'step:',
  /** `decision:<id>` → a decision the facilitator wrote down. */
  decision: 'decision:',
  /** `person:<userId>` → who this user is (name, participant). */
  person: 'person:',
} as const

/** Ids of proxy voters start with this (a device user's id is a public key, never does). */
export const PROXY_ID_PREFIX = 'x-'

/** Fields a card carries while private writing hides it (in the `items` entity map). */
export const HIDDEN_FIELD = 'hiddenUntilReveal'
export const AUTHOR_CLIENT_FIELD = 'authorClient'
export const AUTHOR_USER_FIELD = 'authorUser'
export const PRIVATE_FIELDS = [HIDDEN_FIELD, AUTHOR_CLIENT_FIELD, AUTHOR_USER_FIELD] as const

export function ballotKey(voteId: string, voterId: string, clientId: number): string {
  return `${PREFIX.ballot}${voteId}:${voterId}:${clientId}`
}

export interface BallotKey {
  voteId: string
  voterId: string
  clientId: number
}

export function parseBallotKey(key: string): BallotKey | undefined {
  if (!key.startsWith(PREFIX.ballot)) return undefined
  const parts = key.slice(PREFIX.ballot.length).split(':')
  if (parts.length !== 3) return undefined
  const [voteId = '', voterId = '', client = ''] = parts
  const clientId = Number(client)
  if (voteId === '' || voterId === '' || !/^\d+$/.test(client) || !Number.isSafeInteger(clientId))
    return undefined
  return { voteId, voterId, clientId }
}

/** What a session key is, as the write rules see it. */
export type SessionKeyKind =
  | { kind: 'owner' }
  | { kind: 'client'; clientId: number }
  | { kind: 'role'; userId: string }
  | { kind: 'person'; userId: string }
  | ({ kind: 'ballot' } & BallotKey)
  /** Everything else: facilitator-only (locks, votes, proxies, steps, decisions, run, timer, …). */
  | { kind: 'facilitator'; family: string }

export function classifyKey(key: string): SessionKeyKind {
  if (key === KEY.owner) return { kind: 'owner' }
  if (key.startsWith(PREFIX.client)) {
    const id = key.slice(PREFIX.client.length)
    const clientId = Number(id)
    if (/^\d+$/.test(id) && Number.isSafeInteger(clientId)) return { kind: 'client', clientId }
    return { kind: 'facilitator', family: 'client' }
  }
  if (key.startsWith(PREFIX.role)) return { kind: 'role', userId: key.slice(PREFIX.role.length) }
  if (key.startsWith(PREFIX.person))
    return { kind: 'person', userId: key.slice(PREFIX.person.length) }
  const ballot = parseBallotKey(key)
  if (ballot !== undefined) return { kind: 'ballot', ...ballot }
  const colon = key.indexOf(':')
  return { kind: 'facilitator', family: colon < 0 ? key : key.slice(0, colon) }
}
