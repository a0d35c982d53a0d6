// Validation of an interchange document: zod for the shape of each field, then the rules that
// span the document. Every problem is reported with its JSON path (`boards[1].relations[0].to`).
import type { z } from 'zod'
import { workshopDocumentSchema, type WorkshopDocument } from './schema.ts'

export interface Problem {
  path: string
  message: string
}

export type ValidationResult =
  { ok: true; value: WorkshopDocument } | { ok: false; problems: Problem[] }

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`
    else out += out === '' ? String(part) : `.${String(part)}`
  }
  return out === '' ? '(document)' : out
}

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}

/** Rules that need the whole document: unique ids, references that resolve, date order. */
export function checkReferences(doc: WorkshopDocument): Problem[] {
  const problems: Problem[] = []
  const seen = new Map<string, string>()
  const claim = (value: string, path: string): void => {
    const first = seen.get(value)
    if (first !== undefined)
      problems.push({ path, message: `id "${value}" is already used at ${first}` })
    else seen.set(value, path)
  }
  claim(doc.workshop.id, 'workshop.id')
  doc.participants.forEach((p, i) => claim(p.id, `participants[${i}].id`))
  doc.agenda.forEach((a, i) => claim(a.id, `agenda[${i}].id`))
  const allStakeholders = new Set<string>()
  doc.boards.forEach((board, b) => {
    claim(board.id, `boards[${b}].id`)
    if (board.kind === 'user-stories') {
      board.stories.forEach((s, i) => claim(s.id, `boards[${b}].stories[${i}].id`))
    } else if (board.kind === 'future-back') {
      board.vision.forEach((v, i) => claim(v.id, `boards[${b}].vision[${i}].id`))
      board.milestones.forEach((m, i) => claim(m.id, `boards[${b}].milestones[${i}].id`))
      board.firstSteps.forEach((f, i) => claim(f.id, `boards[${b}].firstSteps[${i}].id`))
    } else {
      board.stakeholders.forEach((k, i) => {
        claim(k.id, `boards[${b}].stakeholders[${i}].id`)
        allStakeholders.add(k.id)
      })
      board.relations.forEach((r, i) => claim(r.id, `boards[${b}].relations[${i}].id`))
    }
  })
  doc.stakeholders?.forEach((k, i) => {
    claim(k.id, `stakeholders[${i}].id`)
    allStakeholders.add(k.id)
  })
  doc.actionPlan.objectives.forEach((o, i) => claim(o.id, `actionPlan.objectives[${i}].id`))
  doc.actionPlan.actions.forEach((x, i) => claim(x.id, `actionPlan.actions[${i}].id`))

  const boardIds = new Set(doc.boards.map((b) => b.id))
  const participantIds = new Set(doc.participants.map((p) => p.id))
  const objectiveIds = new Set(doc.actionPlan.objectives.map((o) => o.id))
  const itemsByBoard = new Map<string, Set<string>>()
  for (const board of doc.boards) {
    const items =
      board.kind === 'user-stories'
        ? board.stories.map((s) => s.id)
        : board.kind === 'future-back'
          ? [...board.vision, ...board.milestones, ...board.firstSteps].map((x) => x.id)
          : [...board.stakeholders, ...board.relations].map((x) => x.id)
    itemsByBoard.set(board.id, new Set(items))
  }

  doc.agenda.forEach((a, i) => {
    if (a.boardId !== undefined && !boardIds.has(a.boardId))
      problems.push({ path: `agenda[${i}].boardId`, message: `no board "${a.boardId}"` })
  })
  doc.boards.forEach((board, b) => {
    if (board.kind === 'user-stories') {
      board.stories.forEach((s, i) => {
        if (s.authorId !== undefined && !participantIds.has(s.authorId))
          problems.push({
            path: `boards[${b}].stories[${i}].authorId`,
            message: `no participant "${s.authorId}"`,
          })
        if (s.stakeholderId !== undefined && !allStakeholders.has(s.stakeholderId))
          problems.push({
            path: `boards[${b}].stories[${i}].stakeholderId`,
            message: `no stakeholder "${s.stakeholderId}"`,
          })
      })
    } else if (board.kind === 'future-back') {
      if (board.presentYear >= board.horizonYear)
        problems.push({ path: `boards[${b}].horizonYear`, message: 'must be after presentYear' })
      board.milestones.forEach((m, i) => {
        if (m.year < board.presentYear || m.year > board.horizonYear)
          problems.push({
            path: `boards[${b}].milestones[${i}].year`,
            message: `must be between presentYear (${board.presentYear}) and horizonYear (${board.horizonYear})`,
          })
        m.actorIds?.forEach((k, j) => {
          if (!allStakeholders.has(k))
            problems.push({
              path: `boards[${b}].milestones[${i}].actorIds[${j}]`,
              message: `no stakeholder "${k}"`,
            })
        })
      })
    } else {
      const here = new Set(board.stakeholders.map((k) => k.id))
      board.relations.forEach((r, i) => {
        for (const end of ['from', 'to'] as const) {
          if (!here.has(r[end]))
            problems.push({
              path: `boards[${b}].relations[${i}].${end}`,
              message: `no stakeholder "${r[end]}" on this board`,
            })
        }
      })
    }
  })
  doc.actionPlan.actions.forEach((x, i) => {
    const at = `actionPlan.actions[${i}]`
    if (!objectiveIds.has(x.objectiveId))
      problems.push({ path: `${at}.objectiveId`, message: `no objective "${x.objectiveId}"` })
    if (x.start !== undefined && x.end !== undefined && x.end < x.start)
      problems.push({ path: `${at}.end`, message: 'must not be before start' })
    x.sources?.forEach((s, j) => {
      const items = itemsByBoard.get(s.boardId)
      if (items === undefined)
        problems.push({ path: `${at}.sources[${j}].boardId`, message: `no board "${s.boardId}"` })
      else if (!items.has(s.itemId))
        problems.push({
          path: `${at}.sources[${j}].itemId`,
          message: `no item "${s.itemId}" on board "${s.boardId}"`,
        })
    })
  })
  return problems
}

/** Messages a facilitator can act on, for the cases zod words for programmers. */
function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required'
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  return undefined
}

/** Validates an already parsed JSON value against the interchange format. */
export function validateWorkshopDocument(input: unknown): ValidationResult {
  const parsed = workshopDocumentSchema.safeParse(input, { error: plainMessage })
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) }
  const problems = checkReferences(parsed.data)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.data }
}

/** Parses JSON text; a syntax error is reported as a problem at the document's root. */
export function parseWorkshopJson(textIn: string): ValidationResult {
  let value: unknown
  try {
    value = JSON.parse(textIn)
  } catch (err) {
    return {
      ok: false,
      problems: [{ path: '(document)', message: `not valid JSON: ${(err as Error).message}` }],
    }
  }
  return validateWorkshopDocument(value)
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n')
}
