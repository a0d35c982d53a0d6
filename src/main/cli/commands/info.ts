// tavolo info FILE.tavolo [--json]: what is in a workshop file, read without writing to it.
import { readWorkshopFile } from '../../store/index.ts'
import { exportWorkshop } from '../../../shared/model/index.ts'
import type { WorkshopDocument } from '../../../shared/interchange/schema.ts'
import { parse } from '../args.ts'
import type { CliIo } from '../io.ts'

export interface WorkshopCounts {
  participants: number
  agendaSteps: number
  boards: number
  items: number
  stakeholders: number
  relations: number
  objectives: number
  actions: number
}

export function countWorkshop(data: WorkshopDocument): WorkshopCounts {
  let items = 0
  let stakeholders = data.stakeholders?.length ?? 0
  let relations = 0
  for (const board of data.boards) {
    if (board.kind === 'user-stories') items += board.stories.length
    else if (board.kind === 'future-back')
      items += board.vision.length + board.milestones.length + board.firstSteps.length
    else {
      stakeholders += board.stakeholders.length
      relations += board.relations.length
    }
  }
  return {
    participants: data.participants.length,
    agendaSteps: data.agenda.length,
    boards: data.boards.length,
    items,
    stakeholders,
    relations,
    objectives: data.actionPlan.objectives.length,
    actions: data.actionPlan.actions.length,
  }
}

export async function infoCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    { json: { type: 'boolean', default: false } },
    { min: 1, max: 1, names: 'FILE.tavolo' },
  )
  const file = readWorkshopFile(positionals[0] as string)
  const data = exportWorkshop(file.doc)
  const info = {
    path: file.path,
    workshopId: data.workshop.id,
    title: data.workshop.title,
    city: data.workshop.city ?? null,
    date: data.workshop.date ?? null,
    counts: countWorkshop(data),
    file: {
      sizeBytes: file.sizeBytes,
      fileVersion: file.fileVersion,
      logRows: file.logRows,
      snapshots: file.snapshots,
      created: file.created,
      lastCompaction: file.lastCompaction,
    },
  }
  if (values.json) {
    io.stdout(`${JSON.stringify(info, null, 2)}\n`)
    return 0
  }
  const c = info.counts
  io.stdout(
    [
      `Title:          ${info.title}`,
      `Workshop id:    ${info.workshopId}`,
      ...(info.city !== null ? [`City:           ${info.city}`] : []),
      ...(info.date !== null ? [`Date:           ${info.date}`] : []),
      `Participants:   ${c.participants}`,
      `Agenda steps:   ${c.agendaSteps}`,
      `Boards:         ${c.boards}`,
      `Board items:    ${c.items}`,
      `Stakeholders:   ${c.stakeholders} (${c.relations} relations)`,
      `Objectives:     ${c.objectives}`,
      `Actions:        ${c.actions}`,
      `File size:      ${info.file.sizeBytes} bytes (format version ${info.file.fileVersion})`,
      `Log rows:       ${info.file.logRows} (${info.file.snapshots} snapshot${info.file.snapshots === 1 ? '' : 's'})`,
      `Last compaction: ${info.file.lastCompaction ?? 'never'}`,
      '',
    ].join('\n'),
  )
  return 0
}
