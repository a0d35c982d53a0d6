// Fills an empty workshop document from interchange data (FORMAT.md). The data is validated
// whole first: a refused document writes nothing.
import type * as Y from 'yjs'
import type { WorkshopDocument } from '../interchange/schema.ts'
import { describeProblems, validateWorkshopDocument } from '../interchange/validate.ts'
import { ModelError } from './errors.ts'
import { writeFields } from './input.ts'
import {
  ENTITY_ROOTS,
  ORDER,
  ROOT,
  SCHEMA_VERSION_KEY,
  entities,
  plainMap,
  type EntityRoot,
} from './layout.ts'
import { assertSupportedVersion, SCHEMA_VERSION } from './migrations.ts'
import { initialKeys } from './order.ts'
import { IMPORT_ORIGIN } from './origins.ts'
import * as YMap from './ymap.ts'

function addAll(
  doc: Y.Doc,
  root: EntityRoot,
  rows: ReadonlyArray<{ id: string }>,
  extra: object = {},
): void {
  const map = entities(doc, root)
  const keys = initialKeys(rows.length)
  rows.forEach((row, i) => {
    const entity = YMap.create()
    map.set(row.id, entity)
    writeFields(entity, { ...row, ...extra, [ORDER]: keys[i] })
  })
}

export function importWorkshop(
  doc: Y.Doc,
  data: WorkshopDocument,
  origin: unknown = IMPORT_ORIGIN,
): void {
  const checked = validateWorkshopDocument(data)
  if (!checked.ok)
    throw new ModelError(`not a valid workshop document:\n${describeProblems(checked.problems)}`)
  assertSupportedVersion(doc)
  const busy = ENTITY_ROOTS.find((root) => entities(doc, root).size > 0)
  if (busy !== undefined)
    throw new ModelError(`can only import into an empty workshop (it has ${busy})`)
  const value = checked.value

  doc.transact(() => {
    plainMap(doc, ROOT.meta).set(SCHEMA_VERSION_KEY, SCHEMA_VERSION)
    const workshop = plainMap(doc, ROOT.workshop)
    for (const key of [...workshop.keys()]) workshop.delete(key)
    writeFields(workshop, value.workshop)
    if (value.actionPlan.title !== undefined)
      plainMap(doc, ROOT.actionPlanInfo).set('title', value.actionPlan.title)

    addAll(doc, ROOT.participants, value.participants)
    addAll(doc, ROOT.agenda, value.agenda)
    addAll(
      doc,
      ROOT.boards,
      value.boards.map((b) =>
        b.kind === 'future-back'
          ? {
              id: b.id,
              kind: b.kind,
              title: b.title,
              presentYear: b.presentYear,
              horizonYear: b.horizonYear,
            }
          : { id: b.id, kind: b.kind, title: b.title },
      ),
    )
    const stakeholders: Array<{ id: string; boardId?: string }> = []
    for (const board of value.boards) {
      if (board.kind === 'user-stories')
        addAll(doc, ROOT.items, board.stories, { boardId: board.id, type: 'story' })
      else if (board.kind === 'future-back') {
        addAll(doc, ROOT.items, board.vision, { boardId: board.id, type: 'vision' })
        addAll(doc, ROOT.items, board.milestones, { boardId: board.id, type: 'milestone' })
        addAll(doc, ROOT.items, board.firstSteps, { boardId: board.id, type: 'firstStep' })
      } else {
        for (const k of board.stakeholders) stakeholders.push({ ...k, boardId: board.id })
        addAll(doc, ROOT.items, board.relations, { boardId: board.id, type: 'relation' })
      }
    }
    for (const k of value.stakeholders ?? []) stakeholders.push(k)
    addAll(doc, ROOT.stakeholders, stakeholders)
    addAll(doc, ROOT.objectives, value.actionPlan.objectives)
    addAll(doc, ROOT.actions, value.actionPlan.actions)
  }, origin)
}
