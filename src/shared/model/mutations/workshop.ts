import type * as Y from 'yjs'
import {
  actionPlanSchema,
  workshopInfoSchema,
  type WorkshopInfo,
} from '../../interchange/schema.ts'
import { applyPatch, parsePatch } from '../input.ts'
import { ROOT, plainMap } from '../layout.ts'
import { LOCAL_ORIGIN } from '../origins.ts'

/** Updates workshop metadata; a key given as `undefined` clears that optional field. */
export function updateWorkshopInfo(
  doc: Y.Doc,
  patch: Partial<Omit<WorkshopInfo, 'id'>>,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const checked = parsePatch(workshopInfoSchema, patch, 'workshop')
  doc.transact(() => applyPatch(plainMap(doc, ROOT.workshop), checked), origin)
}

/** Sets (or with `undefined`, clears) the action plan's title. */
export function setActionPlanTitle(
  doc: Y.Doc,
  title: string | undefined,
  origin: unknown = LOCAL_ORIGIN,
): void {
  const checked = parsePatch(actionPlanSchema, { title }, 'actionPlan')
  doc.transact(() => applyPatch(plainMap(doc, ROOT.actionPlanInfo), checked), origin)
}
