// The `tavolo` command as the e2e tests use it: a real child process on 127.0.0.1.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { ROOT } from './webBuild.ts'

const BIN = join(ROOT, 'bin', 'tavolo.js')

export function tavolo(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

export interface Served {
  url: string
  port: number
  token: string
  process: ChildProcess
  /** Sends SIGINT and waits for a clean exit (the file is flushed and closed). */
  stop(): Promise<number | null>
}

/** `tavolo serve FILE --port 0` (or the given options, e.g. a fixed port and token). */
export async function serve(file: string, options: string[] = ['--port', '0']): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', file, ...options], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const lines = createInterface({ input: child.stdout! })
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => String(line)),
    once(child, 'exit').then(([code]) => {
      throw new Error(`tavolo serve exited (${String(code)}) before it was ready:\n${stderr}`)
    }),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`tavolo serve did not start:\n${stderr}`)), 120_000),
    ),
  ])
  const ready = JSON.parse(first) as { url: string; port: number; token: string }
  let exited: Promise<number | null> | null = null
  return {
    ...ready,
    process: child,
    stop: () => {
      exited ??= new Promise((resolve) => {
        if (child.exitCode !== null) resolve(child.exitCode)
        else {
          child.once('exit', (code) => resolve(code))
          child.kill('SIGINT')
        }
      })
      return exited
    },
  }
}

/** A minimal valid interchange document: an empty workshop. */
export function emptyWorkshopJson(title: string): string {
  return JSON.stringify({
    format: 'tavolo-workshop',
    version: 1,
    workshop: { id: 'w-e2e', title, language: 'en' },
    participants: [],
    agenda: [],
    boards: [],
    actionPlan: { objectives: [], actions: [] },
  })
}
