// What each write needs, in the document's terms: who may write this key of the session, this
// entity of a locked board, this field. The rules mirror what the model's readers honour (see
// src/shared/model/session): the host refuses what peers would ignore anyway, so the file never
// holds it and honest peers never see it.
import type * as Y from 'yjs'
import {
  HIDDEN_FIELD,
  PRIVATE_FIELDS,
  PROXY_ID_PREFIX,
  bindingText,
  classifyKey,
  entityBoard,
  getVote,
  isBoardLocked,
  isUserId,
  parseBinding,
  verifyText,
  type Trust,
} from '../../../shared/model/index.ts'
import type { Loc } from './locate.ts'

export type Requirement =
  | { kind: 'anyone' }
  | { kind: 'facilitator'; why: string }
  | { kind: 'owner'; why: string }
  | { kind: 'user'; userId: string; orFacilitator: boolean; why: string }
  | { kind: 'never'; why: string }

/** What an update writes, gathered before judging it (entities it creates, fields it sets). */
export interface UpdateFacts {
  /** `root\u0000id` of entity maps this update creates. */
  newEntities: Set<string>
  /** `root\u0000id` → field → value this update writes (its last write per field). */
  newFields: Map<string, Map<string, unknown>>
  /** Client bindings this update writes and that verify: client id → user id. */
  bindings: Map<number, string>
}

const SESSION = 'session'
const BOARD_ROOTS = new Set(['items', 'stakeholders'])

export class Policy {
  readonly doc: Y.Doc
  readonly trust: Trust

  constructor(doc: Y.Doc, trust: Trust) {
    this.doc = doc
    this.trust = trust
  }

  satisfies(req: Requirement, userId: string | undefined): boolean {
    switch (req.kind) {
      case 'anyone':
        return true
      case 'never':
        return false
      case 'owner':
        return userId !== undefined && userId === this.trust.ownerId
      case 'facilitator':
        return this.trust.isFacilitator(userId)
      case 'user':
        return (
          userId !== undefined &&
          (userId === req.userId || (req.orFacilitator && this.trust.isFacilitator(userId)))
        )
    }
  }

  /** Is this value a binding of `clientId` that verifies and does not re-bind a bound client? */
  bindingProblem(clientId: number, author: number, value: unknown): string | undefined {
    const binding = parseBinding(value)
    if (binding === undefined) return 'a client binding must be { userId, sig }'
    if (author !== clientId) return 'a client binding must be written by that client itself'
    if (
      !verifyText(
        binding.userId,
        bindingText(this.trust.workshopId, clientId, binding.userId),
        binding.sig,
      )
    )
      return 'the client binding signature does not verify'
    const current = this.trust.signedBinding(clientId)
    if (current !== undefined && current.userId !== binding.userId)
      return 'this client is already bound to another user'
    return undefined
  }

  private ballot(voteId: string, voterId: string): Requirement {
    const vote = getVote(this.doc, voteId)
    if (vote === undefined || !vote.open)
      return { kind: 'never', why: `vote "${voteId}" is not open` }
    if (voterId.startsWith(PROXY_ID_PREFIX))
      return { kind: 'facilitator', why: "only a facilitator places a proxy voter's dots" }
    if (!isUserId(voterId)) return { kind: 'never', why: 'a ballot must name a voter' }
    return {
      kind: 'user',
      userId: voterId,
      orFacilitator: false,
      why: 'only the voter places their own dots',
    }
  }

  private session(path: string[], value: unknown, author: number, deleting: boolean): Requirement {
    const key = path[0] ?? ''
    const kind = classifyKey(key)
    switch (kind.kind) {
      case 'owner':
        return deleting
          ? { kind: 'never', why: 'the owner is never removed' }
          : { kind: 'owner', why: 'only the owner records the owner' }
      case 'client': {
        if (deleting || path.length > 1)
          return { kind: 'never', why: 'client bindings are never removed or nested' }
        const problem = this.bindingProblem(kind.clientId, author, value)
        return problem === undefined ? { kind: 'anyone' } : { kind: 'never', why: problem }
      }
      case 'role':
        return deleting
          ? { kind: 'never', why: 'roles are revoked by writing "participant", never removed' }
          : { kind: 'facilitator', why: 'only a facilitator grants or revokes roles' }
      case 'person':
        return {
          kind: 'user',
          userId: kind.userId,
          orFacilitator: true,
          why: 'only a user (or a facilitator) says who they are',
        }
      case 'ballot':
        return this.ballot(kind.voteId, kind.voterId)
      case 'facilitator':
        return {
          kind: 'facilitator',
          why: `only a facilitator changes the session's "${kind.family}"`,
        }
    }
  }

  /** The boards an entity write concerns: where the entity is, and where this update puts it. */
  private boards(root: string, id: string, facts: UpdateFacts): string[] {
    const out: string[] = []
    if (root === 'boards') return [id]
    if (!BOARD_ROOTS.has(root)) return out
    const now = entityBoard(this.doc, root as 'items' | 'stakeholders', id)
    if (now !== undefined) out.push(now)
    const next = facts.newFields.get(`${root}\u0000${id}`)?.get('boardId')
    if (typeof next === 'string' && next !== now) out.push(next)
    return out
  }

  private content(loc: Loc, facts: UpdateFacts, deleting: boolean): Requirement {
    const [id = '', field] = loc.path
    if (loc.root === 'workshop' && id === 'id')
      return { kind: 'facilitator', why: "only a facilitator changes the workshop's id" }
    for (const boardId of this.boards(loc.root, id, facts)) {
      if (isBoardLocked(this.doc, boardId))
        return { kind: 'facilitator', why: `board "${boardId}" is locked by the facilitator` }
    }
    if (
      loc.root === 'items' &&
      field !== undefined &&
      (PRIVATE_FIELDS as readonly string[]).includes(field)
    ) {
      const creating = !deleting && facts.newEntities.has(`items\u0000${id}`)
      if (!creating)
        return {
          kind: 'facilitator',
          why:
            field === HIDDEN_FIELD
              ? 'only a facilitator reveals private cards'
              : `"${field}" is set only when a card is created`,
        }
    }
    return { kind: 'anyone' }
  }

  write(loc: Loc, value: unknown, author: number, facts: UpdateFacts): Requirement {
    return loc.root === SESSION
      ? this.session(loc.path, value, author, false)
      : this.content(loc, facts, false)
  }

  delete(loc: Loc, facts: UpdateFacts): Requirement {
    return loc.root === SESSION
      ? this.session(loc.path, undefined, -1, true)
      : this.content(loc, facts, true)
  }
}
