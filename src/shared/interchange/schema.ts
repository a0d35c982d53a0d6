// The workshop interchange format, version 1 (../../../../shared/FORMAT.md is the contract).
// Field-level rules live in the zod objects; rules that span the document (unique ids,
// references that must resolve, end >= start) live in `checkReferences` so that every problem
// is reported at once with its JSON path.
import { z } from 'zod'

export const SECTORS = [
  'public',
  'business',
  'academia',
  'civil-society',
  'citizen',
  'other',
] as const
export const PRIORITIES = ['must', 'should', 'could', 'wont'] as const
export const GROUPS = ['primary', 'secondary', 'target'] as const
export const ATTITUDES = ['supportive', 'neutral', 'opposed'] as const
export const STATUSES = ['planned', 'in-progress', 'done'] as const
export const BOARD_KINDS = ['user-stories', 'future-back', 'stakeholder-map'] as const

const id = z.string().min(1, 'must be a non-empty id')
const text = z.string()
const isoDate = z.iso.date({ error: 'must be a date written YYYY-MM-DD' })
const year = z.int({ error: 'must be a whole year' })
const scale = z.int({ error: 'must be a whole number from 1 to 5' }).min(1).max(5)

export const participantSchema = z.strictObject({
  id,
  name: text.min(1),
  organisation: text.optional(),
  sector: z.enum(SECTORS).optional(),
  role: text.optional(),
  email: text.optional(),
})

export const agendaStepSchema = z.strictObject({
  id,
  title: text.min(1),
  minutes: z.number().min(0),
  boardId: id.optional(),
})

export const storySchema = z.strictObject({
  id,
  role: text,
  goal: text,
  benefit: text,
  theme: text.optional(),
  priority: z.enum(PRIORITIES).optional(),
  votes: z.int().min(0).optional(),
  notes: text.optional(),
  authorId: id.optional(),
  /** Tavolo extension: the registry stakeholder this story's role stands for. */
  stakeholderId: id.optional(),
})

export const userStoriesBoardSchema = z.strictObject({
  id,
  kind: z.literal('user-stories'),
  title: text.min(1),
  stories: z.array(storySchema),
})

export const textItemSchema = z.strictObject({ id, text })
export const milestoneSchema = z.strictObject({
  id,
  year,
  text,
  /** Tavolo extension: stakeholder ids acting on this milestone. */
  actorIds: z.array(id).optional(),
})

export const futureBackBoardSchema = z.strictObject({
  id,
  kind: z.literal('future-back'),
  title: text.min(1),
  presentYear: year,
  horizonYear: year,
  vision: z.array(textItemSchema),
  milestones: z.array(milestoneSchema),
  firstSteps: z.array(textItemSchema),
})

export const stakeholderSchema = z.strictObject({
  id,
  name: text.min(1),
  sector: z.enum(SECTORS).optional(),
  group: z.enum(GROUPS).optional(),
  influence: scale,
  interest: scale,
  attitude: z.enum(ATTITUDES).optional(),
  notes: text.optional(),
})

export const relationSchema = z.strictObject({ id, from: id, to: id, label: text.optional() })

export const stakeholderMapBoardSchema = z.strictObject({
  id,
  kind: z.literal('stakeholder-map'),
  title: text.min(1),
  stakeholders: z.array(stakeholderSchema),
  relations: z.array(relationSchema),
})

export const boardSchema = z.discriminatedUnion('kind', [
  userStoriesBoardSchema,
  futureBackBoardSchema,
  stakeholderMapBoardSchema,
])

export const indicatorSchema = z.strictObject({ name: text.min(1), target: text })
export const sourceSchema = z.strictObject({ boardId: id, itemId: id })

export const objectiveSchema = z.strictObject({
  id,
  title: text.min(1),
  description: text.optional(),
})

export const actionSchema = z.strictObject({
  id,
  objectiveId: id,
  title: text.min(1),
  description: text.optional(),
  responsible: text.optional(),
  partners: z.array(text).optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
  resources: text.optional(),
  budget: z.number().min(0, 'must be a number >= 0 (euros)').optional(),
  funding: text.optional(),
  outputIndicators: z.array(indicatorSchema).optional(),
  resultIndicators: z.array(indicatorSchema).optional(),
  risks: text.optional(),
  status: z.enum(STATUSES).optional(),
  sources: z.array(sourceSchema).optional(),
})

export const actionPlanSchema = z.strictObject({
  title: text.optional(),
  objectives: z.array(objectiveSchema),
  actions: z.array(actionSchema),
})

export const workshopInfoSchema = z.strictObject({
  id,
  title: text.min(1, 'must have 1 to 200 characters').max(200, 'must have 1 to 200 characters'),
  city: text.optional(),
  ulg: text.optional(),
  date: isoDate.optional(),
  language: text.optional(),
  facilitator: text.optional(),
  description: text.optional(),
})

export const workshopDocumentSchema = z.strictObject({
  format: z.literal('tavolo-workshop'),
  version: z.literal(1),
  workshop: workshopInfoSchema,
  participants: z.array(participantSchema),
  agenda: z.array(agendaStepSchema),
  boards: z.array(boardSchema),
  actionPlan: actionPlanSchema,
  /**
   * Tavolo extension: registry stakeholders that are on no stakeholder-map board
   * (the app keeps one registry; FORMAT.md carries stakeholders inside map boards).
   */
  stakeholders: z.array(stakeholderSchema).optional(),
})

export type Sector = (typeof SECTORS)[number]
export type Priority = (typeof PRIORITIES)[number]
export type StakeholderGroup = (typeof GROUPS)[number]
export type Attitude = (typeof ATTITUDES)[number]
export type ActionStatus = (typeof STATUSES)[number]
export type BoardKind = (typeof BOARD_KINDS)[number]
export type Participant = z.infer<typeof participantSchema>
export type AgendaStep = z.infer<typeof agendaStepSchema>
export type Story = z.infer<typeof storySchema>
export type UserStoriesBoard = z.infer<typeof userStoriesBoardSchema>
export type TextItem = z.infer<typeof textItemSchema>
export type Milestone = z.infer<typeof milestoneSchema>
export type FutureBackBoard = z.infer<typeof futureBackBoardSchema>
export type Stakeholder = z.infer<typeof stakeholderSchema>
export type Relation = z.infer<typeof relationSchema>
export type StakeholderMapBoard = z.infer<typeof stakeholderMapBoardSchema>
export type Board = z.infer<typeof boardSchema>
export type Indicator = z.infer<typeof indicatorSchema>
export type Source = z.infer<typeof sourceSchema>
export type Objective = z.infer<typeof objectiveSchema>
export type Action = z.infer<typeof actionSchema>
export type ActionPlan = z.infer<typeof actionPlanSchema>
export type WorkshopInfo = z.infer<typeof workshopInfoSchema>
export type WorkshopDocument = z.infer<typeof workshopDocumentSchema>
