// Refusals in plain words. The model refuses a session action before writing (a ModelError with
// the field at fault); the host refuses what slipped past a modified client. Either way the person
// gets a polite, translated sentence, never a stack trace or the model's English internals.
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import type { Vars } from '../../../shared/i18n/translate.ts'

export interface RefusalNotice {
  key: UiKey
  vars?: Vars
  /** 'info' when the person did nothing wrong (a rule of the vote), 'error' otherwise. */
  kind: 'info' | 'error'
}

/** A session action the model refused: which sentence to show. */
export function modelRefusal(error: {
  message: string
  field?: string | undefined
}): RefusalNotice {
  const { message, field } = error
  if (field === 'dotsPerPerson' && /no dots left/.test(message))
    return { kind: 'info', key: 'vote.refused.noDotsLeft' }
  if (field === 'allowStacking') return { kind: 'info', key: 'vote.refused.oneDotPerCard' }
  if (field === 'itemId' && /no dot of yours/.test(message))
    return { kind: 'info', key: 'vote.refused.noDotHere' }
  if (field === 'voteId' && /closed/.test(message))
    return { kind: 'info', key: 'vote.refused.closed' }
  if (field === 'boardId' && /locked/.test(message)) return { kind: 'info', key: 'lock.refused' }
  if (field === 'role') return { kind: 'error', key: 'facilitation.needsFacilitator' }
  if (field === 'userId' && /not joined|bindClient/.test(message))
    return { kind: 'info', key: 'facilitation.notJoined' }
  if (/not joined the session/.test(message)) return { kind: 'info', key: 'facilitation.notJoined' }
  return { kind: 'error', key: 'facilitation.refused', vars: { message } }
}

/** What the host refused (its reasons are English sentences from the session guard). */
export function refusalNotice(reasons: readonly string[]): RefusalNotice {
  const text = reasons.join(' ')
  if (/locked by the facilitator/.test(text)) return { kind: 'error', key: 'lock.refusedByHost' }
  if (/only a facilitator/.test(text))
    return { kind: 'error', key: 'facilitation.needsFacilitator' }
  if (/dots|ballot|vote/.test(text)) return { kind: 'error', key: 'vote.refusedByHost' }
  return { kind: 'error', key: 'facilitation.hostRefused' }
}
