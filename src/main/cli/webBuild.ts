// `tavolo serve` needs the built web app (out/renderer). In a checkout it is built on first use
// (vite, about half a minute); if building is impossible the error says exactly what to run.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CliIo } from './io.ts'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
export const WEB_BUILD_DIR = join(repoRoot, 'out', 'renderer')

export async function ensureWebBuild(io: CliIo): Promise<string> {
  if (existsSync(join(WEB_BUILD_DIR, 'index.html'))) return WEB_BUILD_DIR
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js')
  if (!existsSync(vite))
    throw new Error(
      `The web app is not built (${WEB_BUILD_DIR} is missing). Run \`npm run build:web\`.`,
    )
  io.stderr('tavolo serve: building the web app once (npm run build:web)…\n')
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  if (run.status !== 0 || !existsSync(join(WEB_BUILD_DIR, 'index.html')))
    throw new Error(`Building the web app failed. Run \`npm run build:web\` and read its errors.`)
  return WEB_BUILD_DIR
}
