// Turns a board item into a draft for the action plan. The UI shows the draft for editing and
// inserts it through the model's mutations; nothing here touches the document.
import type { Action, Objective, WorkshopDocument } from '../interchange/schema.ts'
import type { ExportCatalog } from '../i18n/exportCatalog.ts'
import { exportEn } from '../i18n/en/export.ts'
import { fill } from '../i18n/fill.ts'
import { storyText } from './sources.ts'

export type ActionDraft = Omit<Action, 'id' | 'objectiveId'>
export type ObjectiveDraft = Omit<Objective, 'id'>

export type Draft =
  { kind: 'action'; action: ActionDraft } | { kind: 'objective'; objective: ObjectiveDraft }

export class DraftError extends Error {
  override name = 'DraftError'
}

/** First letter upper-cased, trimmed: a story goal ("see which units…") reads as a title. */
function asTitle(text: string, fallback: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ')
  if (trimmed === '') return fallback
  return trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1)
}

/**
 * - a story becomes an action titled after its goal, described by its full sentence;
 * - a first step becomes an action (undated: "starts now" is not a date);
 * - a milestone becomes an action dated over its year (1 January to 31 December);
 * - a vision headline becomes an objective;
 * - a stakeholder becomes an action it is responsible for.
 * Every action draft lists the item as its source, which keeps the evidence of co-creation.
 */
export function draftFromItem(
  doc: WorkshopDocument,
  boardId: string,
  itemId: string,
  t: ExportCatalog = exportEn,
): Draft {
  const board = doc.boards.find((b) => b.id === boardId)
  if (board === undefined) throw new DraftError(`no board "${boardId}"`)
  const sources = [{ boardId, itemId }]
  if (board.kind === 'user-stories') {
    const story = board.stories.find((s) => s.id === itemId)
    if (story === undefined) throw new DraftError(`no story "${itemId}" on board "${boardId}"`)
    return {
      kind: 'action',
      action: {
        title: asTitle(story.goal, itemId),
        description: storyText(story, t),
        ...(story.stakeholderId !== undefined && { partners: [story.stakeholderId] }),
        status: 'planned',
        sources,
      },
    }
  }
  if (board.kind === 'future-back') {
    const milestone = board.milestones.find((m) => m.id === itemId)
    if (milestone !== undefined) {
      return {
        kind: 'action',
        action: {
          title: asTitle(milestone.text, itemId),
          start: `${milestone.year}-01-01`,
          end: `${milestone.year}-12-31`,
          ...(milestone.actorIds?.[0] !== undefined && { responsible: milestone.actorIds[0] }),
          ...(milestone.actorIds !== undefined &&
            milestone.actorIds.length > 1 && { partners: milestone.actorIds.slice(1) }),
          status: 'planned',
          sources,
        },
      }
    }
    const step = board.firstSteps.find((f) => f.id === itemId)
    if (step !== undefined)
      return {
        kind: 'action',
        action: { title: asTitle(step.text, itemId), status: 'planned', sources },
      }
    const vision = board.vision.find((v) => v.id === itemId)
    if (vision !== undefined)
      return { kind: 'objective', objective: { title: asTitle(vision.text, itemId) } }
    throw new DraftError(`no vision, milestone or first step "${itemId}" on board "${boardId}"`)
  }
  const stakeholder = board.stakeholders.find((k) => k.id === itemId)
  if (stakeholder === undefined)
    throw new DraftError(
      `no stakeholder "${itemId}" on board "${boardId}" (relations cannot become actions)`,
    )
  return {
    kind: 'action',
    action: {
      title: fill(t.draftEngage, { name: stakeholder.name }),
      responsible: stakeholder.id,
      status: 'planned',
      sources,
    },
  }
}
