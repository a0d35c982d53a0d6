// The e2e tests drive the built web app (out/renderer). It is built once, here, when it is
// missing or older than any renderer or shared source file; a lock keeps two test processes
// from building at the same time.
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const ROOT = join(import.meta.dirname, '..', '..', '..')
const OUT = join(ROOT, 'out', 'renderer', 'index.html')
const SOURCES = [join(ROOT, 'src', 'renderer'), join(ROOT, 'src', 'shared')]

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

function isFresh(): boolean {
  if (!existsSync(OUT)) return false
  const built = statSync(OUT).mtimeMs
  return SOURCES.every((dir) => newestMtime(dir) <= built)
}

async function withLock<T>(fn: () => T): Promise<T> {
  const lock = join(ROOT, 'out', '.web-build.lock')
  for (let i = 0; i < 600; i++) {
    try {
      closeSync(openSync(lock, 'wx'))
      try {
        return fn()
      } finally {
        rmSync(lock, { force: true })
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  throw new Error(`timed out waiting for ${lock}`)
}

export async function ensureWebBuild(): Promise<void> {
  if (isFresh()) return
  spawnSync('mkdir', ['-p', join(ROOT, 'out')])
  await withLock(() => {
    if (isFresh()) return
    const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
    const run = spawnSync(
      process.execPath,
      [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        // A production build whoever asks: under vitest NODE_ENV is "test", which would give a
        // development build of React (several times slower) to the tests and to bench/ui.ts.
        env: { ...process.env, NODE_ENV: 'production' },
      },
    )
    if (run.status !== 0) throw new Error(`web build failed:\n${run.stdout}\n${run.stderr}`)
  })
}
