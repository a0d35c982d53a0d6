// Export benchmark: a plan with 1,000 actions and 3,000 stories, rendered to every format.
//   node bench/export.ts        (or `npm run bench -- export`)
// Each format runs in its own child process, which also renders JSON as the baseline, so every
// figure is a ratio to JSON export in the same process plus absolute seconds; peak memory is the
// child's maxRSS (process.resourceUsage). PDF's Chromium runs in processes of its own, whose
// memory is not in that figure. Prints a table and ends with one JSON line.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { renderExport } from '../src/shared/export/index.ts'
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../src/shared/export/types.ts'
import { createChromiumPrinter } from '../src/main/export/pdf.ts'
import { describeProblems, validateWorkshopDocument } from '../src/shared/interchange/validate.ts'
import type { Action, Story, WorkshopDocument } from '../src/shared/interchange/schema.ts'
import { SECTORS } from '../src/shared/interchange/schema.ts'

const ACTIONS = 1000
const STORIES = 3000
const OBJECTIVES = 40

/** Deterministic pseudo-random numbers (mulberry32), so every run exports the same plan. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS =
  'vacant shop street market bench toilet footfall data permit café youth pop-up lease owner council university residents square tram bike green culture makers food night safety light tree river'.split(
    ' ',
  )

export function generatePlan(): WorkshopDocument {
  const rnd = random(42)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ')
  const participants = Array.from({ length: 40 }, (_, i) => ({
    id: `p${i}`,
    name: `Participant Name ${i} Ωμέγα Юрий`,
    organisation: `Organisation ${i}`,
    sector: pick(SECTORS),
  }))
  const storyBoards = [0, 1, 2].map((b) => ({
    id: `b-stories-${b}`,
    kind: 'user-stories' as const,
    title: `Stories ${b + 1}`,
    stories: Array.from({ length: STORIES / 3 }, (_, i): Story => ({
      id: `s${b}-${i}`,
      role: `${pick(WORDS)} ${pick(WORDS)}`,
      goal: words(10),
      benefit: words(8),
      theme: pick(WORDS.slice(0, 12)),
      priority: pick(['must', 'should', 'could', 'wont'] as const),
      votes: Math.floor(rnd() * 12),
      authorId: pick(participants).id,
    })),
  }))
  const future = {
    id: 'b-future',
    kind: 'future-back' as const,
    title: 'The street in 2040',
    presentYear: 2026,
    horizonYear: 2040,
    vision: Array.from({ length: 10 }, (_, i) => ({ id: `v${i}`, text: words(10) })),
    milestones: Array.from({ length: 50 }, (_, i) => ({
      id: `m${i}`,
      year: 2026 + (i % 15),
      text: words(9),
    })),
    firstSteps: Array.from({ length: 20 }, (_, i) => ({ id: `f${i}`, text: words(8) })),
  }
  const stakeholders = Array.from({ length: 60 }, (_, i) => ({
    id: `k${i}`,
    name: `Stakeholder ${i} ${pick(WORDS)}`,
    sector: pick(SECTORS),
    influence: 1 + Math.floor(rnd() * 5),
    interest: 1 + Math.floor(rnd() * 5),
    attitude: pick(['supportive', 'neutral', 'opposed'] as const),
  }))
  const map = {
    id: 'b-map',
    kind: 'stakeholder-map' as const,
    title: 'Who is on board',
    stakeholders,
    relations: Array.from({ length: 80 }, (_, i) => ({
      id: `r${i}`,
      from: `k${i % 60}`,
      to: `k${(i * 7 + 1) % 60}`,
      label: pick(WORDS),
    })),
  }
  const objectives = Array.from({ length: OBJECTIVES }, (_, i) => ({
    id: `o${i}`,
    title: `Objective ${i}: ${words(6)}`,
    description: words(20),
  }))
  const actions = Array.from({ length: ACTIONS }, (_, i): Action => {
    const startMonth = Math.floor(rnd() * 36)
    const length = 1 + Math.floor(rnd() * 18)
    const date = (m: number, last: boolean): string => {
      const y = 2026 + Math.floor(m / 12)
      const month = (m % 12) + 1
      const day = last ? new Date(Date.UTC(y, month, 0)).getUTCDate() : 1
      return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    }
    const board = storyBoards[i % 3]
    return {
      id: `x${i}`,
      objectiveId: `o${i % OBJECTIVES}`,
      title: `Action ${i}: ${words(6)}`,
      description: words(30),
      responsible: rnd() < 0.7 ? pick(stakeholders).id : `Department ${i % 9}`,
      partners: [pick(stakeholders).id, pick(stakeholders).id],
      start: date(startMonth, false),
      end: date(startMonth + length, true),
      resources: words(5),
      budget: Math.floor(rnd() * 200) * 500,
      funding: 'ERDF 80 %, city 20 %',
      outputIndicators: [{ name: words(3), target: String(Math.floor(rnd() * 100)) }],
      resultIndicators: [{ name: words(4), target: `${Math.floor(rnd() * 50)} %` }],
      risks: words(12),
      status: pick(['planned', 'in-progress', 'done'] as const),
      sources: [
        { boardId: board?.id ?? '', itemId: `s${i % 3}-${i % (STORIES / 3)}` },
        { boardId: 'b-future', itemId: `m${i % 50}` },
      ],
    }
  })
  const doc: WorkshopDocument = {
    format: 'tavolo-workshop',
    version: 1,
    workshop: {
      id: 'w-bench',
      title: 'Benchmark workshop',
      city: 'Benchville',
      date: '2026-03-18',
      language: 'en',
    },
    participants,
    agenda: Array.from({ length: 8 }, (_, i) => ({ id: `a${i}`, title: `Step ${i}`, minutes: 15 })),
    boards: [...storyBoards, future, map],
    actionPlan: { title: 'Benchmark plan', objectives, actions },
  }
  const checked = validateWorkshopDocument(doc)
  if (!checked.ok)
    throw new Error(`generated plan is invalid:\n${describeProblems(checked.problems)}`)
  return checked.value
}

interface ChildResult {
  format: ExportFormat
  seconds: number
  jsonSeconds: number
  bytes: number
  peakRssMB: number
  baseRssMB: number
}

async function time(
  doc: WorkshopDocument,
  format: ExportFormat,
  runs: number,
): Promise<{ seconds: number; bytes: number }> {
  const pdfPrinter = format === 'pdf' ? createChromiumPrinter({ timeoutMs: 600_000 }) : undefined
  const samples: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    // Collect the previous run's garbage (when --expose-gc is on) so that peak memory is one
    // export's, not the sum of several.
    globalThis.gc?.()
    const start = performance.now()
    const out = await renderExport(doc, format, pdfPrinter ? { pdfPrinter } : {})
    samples.push((performance.now() - start) / 1000)
    bytes = typeof out.content === 'string' ? Buffer.byteLength(out.content) : out.content.length
  }
  samples.sort((a, b) => a - b)
  return { seconds: samples[Math.floor(samples.length / 2)] ?? NaN, bytes }
}

async function child(format: ExportFormat): Promise<void> {
  const doc = generatePlan()
  const baseRssMB = process.memoryUsage().rss / 2 ** 20
  // Warm the JSON path, then take the median of 5 runs as the baseline.
  await time(doc, 'json', 2)
  const json = await time(doc, 'json', 5)
  const result = format === 'json' ? json : await time(doc, format, format === 'pdf' ? 1 : 3)
  const out: ChildResult = {
    format,
    seconds: result.seconds,
    jsonSeconds: json.seconds,
    bytes: result.bytes,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    baseRssMB,
  }
  process.stdout.write(`${JSON.stringify(out)}\n`)
}

function parent(): void {
  const self = fileURLToPath(import.meta.url)
  const rows: (ChildResult & { ratio: number })[] = []
  for (const format of EXPORT_FORMATS) {
    const run = spawnSync(process.execPath, ['--expose-gc', self, '--child', format], {
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    })
    const line = run.stdout.trim().split('\n').pop() ?? ''
    if (run.status !== 0 || line === '') {
      process.stderr.write(`bench/export: ${format} failed\n${run.stderr}\n`)
      process.exitCode = 1
      continue
    }
    const r = JSON.parse(line) as ChildResult
    rows.push({ ...r, ratio: r.seconds / r.jsonSeconds })
  }
  const round = (x: number, d = 3): number => Number(x.toFixed(d))
  console.log(
    `Export of ${ACTIONS} actions and ${STORIES} stories (each format in its own process)`,
  )
  console.log(
    'format   seconds   × JSON   output MB   peak RSS MB   (RSS after generating the plan)',
  )
  for (const r of rows)
    console.log(
      `${r.format.padEnd(8)} ${r.seconds.toFixed(3).padStart(7)} ${r.ratio.toFixed(1).padStart(8)} ${(r.bytes / 2 ** 20).toFixed(2).padStart(11)} ${r.peakRssMB.toFixed(0).padStart(13)}   (${r.baseRssMB.toFixed(0)})`,
    )
  console.log(
    '(pdf: Chromium runs in its own processes; their memory is not in the peak RSS column)',
  )
  console.log(
    JSON.stringify({
      bench: 'export',
      actions: ACTIONS,
      stories: STORIES,
      formats: Object.fromEntries(
        rows.map((r) => [
          r.format,
          {
            seconds: round(r.seconds),
            ratioToJson: round(r.ratio, 1),
            jsonSeconds: round(r.jsonSeconds, 4),
            outputMB: round(r.bytes / 2 ** 20, 2),
            peakRssMB: round(r.peakRssMB, 0),
          },
        ]),
      ),
    }),
  )
}

const [flag, format] = process.argv.slice(2)
const isMain = process.argv[1] === fileURLToPath(import.meta.url)
if (!isMain) {
  // imported (by a profiling script): only the generator is wanted
} else if (flag === '--child') {
  if (format === undefined || !isExportFormat(format))
    throw new Error(`bench/export: unknown format ${format}`)
  await child(format)
} else {
  parent()
}
