// `npm run bench`: runs each benchmark in its own Node process (so one's memory and JIT state do
// not colour another's), one after the other, and prints a summary of their final JSON lines.
// Every figure is a ratio to a baseline measured in the same run, plus absolute values.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const here = dirname(fileURLToPath(import.meta.url))
const only = process.argv.slice(2)
const suites = ['store', 'host', 'export', 'ui', 'collab'].filter(
  (s) => only.length === 0 || only.includes(s),
)
const results: Record<string, unknown> = {}
let failed = 0

for (const suite of suites) {
  const file = join(here, `${suite}.ts`)
  if (!existsSync(file)) continue
  process.stdout.write(`\n== bench/${suite}.ts ==\n`)
  const run = spawnSync(process.execPath, ['--expose-gc', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  process.stdout.write(run.stdout)
  const last = run.stdout.trim().split('\n').pop() ?? ''
  try {
    results[suite] = JSON.parse(last)
  } catch {
    results[suite] = { error: `no JSON result line (exit ${run.status})` }
  }
  if (run.status !== 0) failed++
}

process.stdout.write(`\n== summary ==\n${JSON.stringify(results, null, 2)}\n`)
process.exitCode = failed > 0 ? 1 : 0
