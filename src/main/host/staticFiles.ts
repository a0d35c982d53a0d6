// Serves the built renderer. Only files that resolve (after symlinks) inside the static folder
// are served; anything else is 404, never a listing.
import { existsSync, statSync, realpathSync } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
}

/** `out/renderer` of the repository (or app bundle) this module runs from. */
export function defaultStaticDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'out', 'renderer')
    const parent = dirname(dir)
    if (parent === dir) return resolve('out', 'renderer')
    dir = parent
  }
}

/** Resolves the folder once at start; fails with the command that builds it. */
export function checkStaticDir(dir: string): string {
  const index = join(dir, 'index.html')
  if (!existsSync(index) || !statSync(index).isFile()) {
    throw new Error(
      `The web app is not built: ${index} is missing. Run \`npm run build:web\` first (or pass staticDir).`,
    )
  }
  return realpathSync(dir)
}

export type StaticFile = { body: Buffer; contentType: string; isIndex: boolean; immutable: boolean }

/**
 * The file for a URL path, or null for "not found". `root` must be a real path (checkStaticDir).
 * Malformed escapes, NUL bytes, dot segments and symlinks leading outside `root` are all null.
 */
export async function findStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '.' || s === '..')) return null
  const relative = segments.length === 0 ? 'index.html' : segments.join(sep)
  const candidate = resolve(root, relative)
  if (!inside(root, candidate)) return null
  try {
    const real = await realpath(candidate)
    if (!inside(root, real) || !(await stat(real)).isFile()) return null
    const isIndex = real === join(root, 'index.html')
    return {
      body: await readFile(real),
      contentType: contentTypeFor(real),
      isIndex,
      immutable: segments[0] === 'assets',
    }
  } catch {
    return null
  }
}

function inside(root: string, path: string): boolean {
  return path.startsWith(root + sep)
}
