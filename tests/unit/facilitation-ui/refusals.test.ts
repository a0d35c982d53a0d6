// Refusals in plain words: the model's and the host's reasons become translated sentences.
import { describe, expect, it } from 'vitest'
import {
  castDot,
  lockBoard,
  openVote,
  setRole,
  ModelError,
} from '../../../src/shared/model/index.ts'
import { modelRefusal, refusalNotice } from '../../../src/renderer/src/facilitation/refusals.ts'
import { createTranslator } from '../../../src/shared/i18n/catalogs.ts'
import { room } from './setup.ts'

function refusalOf(fn: () => unknown): ModelError {
  try {
    fn()
  } catch (err) {
    if (err instanceof ModelError) return err
    throw err
  }
  throw new Error('not refused')
}

describe('refusals', () => {
  it('names the rule a vote or a role refusal broke, politely', () => {
    const r = room()
    const t = createTranslator('en')
    const voteId = openVote(r.facilitator.doc, { boardId: r.boardId, dotsPerPerson: 1 })
    castDot(r.ana.doc, voteId, r.stories[0] as string)
    const full = modelRefusal(refusalOf(() => castDot(r.ana.doc, voteId, r.stories[1] as string)))
    expect(full).toEqual({ kind: 'info', key: 'vote.refused.noDotsLeft' })
    expect(t(full.key)).toMatch(/used all your dots/)
    expect(
      modelRefusal(refusalOf(() => setRole(r.ana.doc, r.ben.who.userId, 'facilitator'))),
    ).toEqual({
      kind: 'error',
      key: 'facilitation.needsFacilitator',
    })
    expect(modelRefusal(refusalOf(() => lockBoard(r.ana.doc, r.boardId))).key).toBe(
      'facilitation.needsFacilitator',
    )
    expect(modelRefusal(new ModelError('something odd', 'x'))).toEqual({
      kind: 'error',
      key: 'facilitation.refused',
      vars: { message: 'something odd' },
    })
  })

  it('reads the host guard’s reasons', () => {
    expect(refusalNotice(['board "b-1" is locked by the facilitator']).key).toBe(
      'lock.refusedByHost',
    )
    expect(refusalNotice(['only a facilitator grants or revokes roles']).key).toBe(
      'facilitation.needsFacilitator',
    )
    expect(refusalNotice(['only the voter places their own dots']).key).toBe('vote.refusedByHost')
    expect(refusalNotice(['something else']).key).toBe('facilitation.hostRefused')
  })
})
