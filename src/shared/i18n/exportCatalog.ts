// The shape of the label catalog that document exports use. Every language provides one object
// of this type (English in ./en/export.ts). Values are plain strings so that translators can work
// on them without code; `{name}` placeholders are filled by `fill()` in src/shared/export/text.ts.
import type {
  ActionStatus,
  Attitude,
  Priority,
  Sector,
  StakeholderGroup,
} from '../interchange/schema.ts'
import type { MissingField } from '../actionPlan/completeness.ts'
import type { SourceKind } from '../actionPlan/sources.ts'

export interface ExportCatalog {
  // Title page
  exportedWith: string
  city: string
  ulg: string
  date: string
  facilitator: string
  language: string
  description: string
  actionPlanTitle: string

  // Participants
  participants: string
  participantsTotal: string
  participantsHidden: string
  participantPseudonym: string
  name: string
  organisation: string
  role: string
  sector: string
  count: string
  sectorUnknown: string
  sectors: Record<Sector, string>

  // Session summary
  sessionSummary: string
  agenda: string
  minutes: string
  minutesValue: string
  totalMinutes: string
  board: string
  topVoted: string
  noVotes: string
  votes: string
  votesValue: string
  plannedMinutes: string
  usedMinutes: string
  overrunMinutes: string
  overrunValue: string
  notRun: string
  totalRun: string
  tookPart: string
  tookPartTotal: string
  decisions: string

  // Boards
  boards: string
  userStories: string
  storySentence: string
  theme: string
  noTheme: string
  priority: string
  priorities: Record<Priority, string>
  notes: string
  futureBack: string
  present: string
  horizon: string
  firstSteps: string
  milestones: string
  vision: string
  year: string
  stakeholderMap: string
  stakeholders: string
  influence: string
  interest: string
  group: string
  groups: Record<StakeholderGroup, string>
  attitude: string
  attitudes: Record<Attitude, string>
  attitudeUnknown: string
  quadrant: string
  quadrants: {
    manageClosely: string
    keepSatisfied: string
    keepInformed: string
    monitor: string
  }
  relations: string
  noRelations: string
  gridCaption: string
  empty: string

  // Action plan
  actionPlan: string
  objectives: string
  objective: string
  actions: string
  action: string
  noActions: string
  responsible: string
  partners: string
  start: string
  end: string
  period: string
  resources: string
  budget: string
  funding: string
  outputIndicators: string
  resultIndicators: string
  indicator: string
  target: string
  risks: string
  status: string
  statuses: Record<ActionStatus, string>
  sources: string
  evidence: string
  sourceKinds: Record<SourceKind, string>
  notSet: string

  // Timeline
  timeline: string
  undated: string
  timelineCaption: string

  // Budget
  budgetTotals: string
  total: string
  actionsWithoutBudget: string

  // Completeness
  completeness: string
  completenessSummary: string
  complete: string
  missing: string
  missingFields: Record<MissingField, string>
  planIssues: {
    noObjectives: string
    noActions: string
    objectiveWithoutActions: string
  }
  allComplete: string

  // Spreadsheets / calendar
  sheetActions: string
  sheetObjectives: string
  sheetStakeholders: string
  actionId: string
  objectiveId: string
  actionCount: string
  milestoneEvent: string
  milestoneTargetYear: string

  // Drafts of actions from board items
  draftEngage: string
}
