// Promotion: a board item (a story, a vision headline, a milestone, a first step, a stakeholder
// on a map) becomes an objective or an action of the plan in one gesture. The shared
// `draftFromItem` decides what the item naturally becomes; here the person may choose the other
// kind, and the result is written through the model's add functions in one transaction (one
// undo step), the action keeping its source so the plan shows where it came from.
import type * as Y from 'yjs'
import type { WorkshopDocument } from '../../../shared/interchange/schema.ts'
import {
  draftFromItem,
  type ActionDraft,
  type ObjectiveDraft,
} from '../../../shared/actionPlan/draft.ts'
import { buildItemIndex, lookupItem, type SourceKind } from '../../../shared/actionPlan/sources.ts'
import type { ExportCatalog } from '../../../shared/i18n/exportCatalog.ts'
import { exportEn } from '../../../shared/i18n/en/export.ts'
import { ModelError } from '../../../shared/model/errors.ts'
import { LOCAL_ORIGIN } from '../../../shared/model/origins.ts'
import { addAction } from '../../../shared/model/mutations/actions.ts'
import { addObjective } from '../../../shared/model/mutations/objectives.ts'
import { getItem, getObjective, getStakeholder } from '../../../shared/model/read.ts'

export type PromoteAs = 'action' | 'objective'

export interface ItemRef {
  boardId: string
  itemId: string
}

/** Where a promoted action goes: an existing objective, or a new one with this title. */
export type ObjectiveChoice = { objectiveId: string } | { newTitle: string }

export interface PromotionPreview extends ItemRef {
  kind: Exclude<SourceKind, 'missing' | 'relation'>
  /** The item's text as the plan shows it (a story as its sentence). */
  text: string
  boardTitle: string
  votes?: number
  year?: number
  /** What the item naturally becomes (a vision headline: an objective; anything else: an action). */
  defaultAs: PromoteAs
  action: ActionDraft
  objective: ObjectiveDraft
}

export class PromoteError extends Error {
  override name = 'PromoteError'
}

/**
 * What promoting `ref` would give, both ways. Throws PromoteError for something that cannot be
 * promoted (a relation, an item that is gone).
 */
export function previewPromotion(
  doc: WorkshopDocument,
  ref: ItemRef,
  catalog: ExportCatalog = exportEn,
): PromotionPreview {
  const found = lookupItem(buildItemIndex(doc, catalog), ref.boardId, ref.itemId)
  if (found === undefined)
    throw new PromoteError(`no item "${ref.itemId}" on board "${ref.boardId}"`)
  if (found.kind === 'relation') throw new PromoteError('a relation cannot become part of the plan')
  const draft = draftFromItem(doc, ref.boardId, ref.itemId, catalog)
  const sources = [{ boardId: ref.boardId, itemId: ref.itemId }]
  const action: ActionDraft =
    draft.kind === 'action'
      ? draft.action
      : { title: draft.objective.title, status: 'planned', sources }
  const objective: ObjectiveDraft =
    draft.kind === 'objective'
      ? draft.objective
      : {
          title: draft.action.title,
          ...(draft.action.description !== undefined && { description: draft.action.description }),
        }
  return {
    ...ref,
    kind: found.kind,
    text: found.text,
    boardTitle: found.board.title,
    ...(found.votes !== undefined && { votes: found.votes }),
    ...(found.year !== undefined && { year: found.year }),
    defaultAs: draft.kind,
    action,
    objective,
  }
}

export interface PromoteResult {
  objectiveId: string
  /** Set when the item became an action. */
  actionId?: string
  /** True when the objective was created by this promotion. */
  newObjective: boolean
}

/**
 * Writes a promotion: everything is checked first (Yjs transactions do not roll back), then the
 * objective (when new) and the action are added in one transaction with the local origin.
 */
export function promote(
  ydoc: Y.Doc,
  preview: PromotionPreview,
  as: PromoteAs,
  choice?: ObjectiveChoice,
): PromoteResult {
  if (as === 'objective') {
    const objectiveId = addObjective(ydoc, preview.objective)
    return { objectiveId, newObjective: true }
  }
  if (choice === undefined)
    throw new ModelError('action.objectiveId: choose an objective', 'objectiveId')
  if ('newTitle' in choice && choice.newTitle.trim() === '')
    throw new ModelError('objective.title: is required', 'title')
  if ('objectiveId' in choice && getObjective(ydoc, choice.objectiveId) === undefined)
    throw new ModelError(`action.objectiveId: no objective "${choice.objectiveId}"`, 'objectiveId')
  // Someone may have removed the item since the dialog opened.
  for (const s of preview.action.sources ?? []) {
    const item = getItem(ydoc, s.itemId) ?? getStakeholder(ydoc, s.itemId)
    if (item?.boardId !== s.boardId)
      throw new ModelError(`action.sources: "${s.itemId}" is no longer on its board`, 'sources')
  }
  let result: PromoteResult | undefined
  ydoc.transact(() => {
    const objectiveId =
      'objectiveId' in choice
        ? choice.objectiveId
        : addObjective(ydoc, { title: choice.newTitle.trim() })
    const actionId = addAction(ydoc, { ...preview.action, objectiveId })
    result = { objectiveId, actionId, newObjective: !('objectiveId' in choice) }
  }, LOCAL_ORIGIN)
  if (result === undefined) throw new Error('promotion did not run')
  return result
}

/** The objective the promote dialog starts on: the last one used if it still exists, else the first. */
export function initialObjective(
  remembered: string | undefined,
  objectives: readonly { id: string }[],
): string | 'new' {
  if (remembered !== undefined && objectives.some((o) => o.id === remembered)) return remembered
  return objectives[0]?.id ?? 'new'
}
