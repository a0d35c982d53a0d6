// The host owner's identity, kept on this computer: a facilitator running `tavolo serve` (or the
// desktop app) today and tomorrow is the same session owner, so what they locked, voted and
// decided stays theirs across restarts. One small JSON file with the Ed25519 secret key, readable
// by this user only. A damaged file is never overwritten: the error says where it is.
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  createIdentity,
  identityFromSecret,
  type SessionIdentity,
} from '../../shared/model/index.ts'

const FORMAT = 'tavolo-identity'

/** `$TAVOLO_IDENTITY`, else the user's configuration folder (XDG, AppData, Library). */
export function defaultIdentityPath(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.TAVOLO_IDENTITY !== undefined && env.TAVOLO_IDENTITY !== '') return env.TAVOLO_IDENTITY
  const base =
    platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? join(home, '.config'))
  return join(base, 'tavolo', 'owner-key.json')
}

export class OwnerIdentityError extends Error {
  override name = 'OwnerIdentityError'
}

/** The identity stored at `path`, or a new one written there (mode 0600). */
export function loadOrCreateOwnerIdentity(path: string): SessionIdentity {
  return existsSync(path) ? readIdentity(path) : createAt(path)
}

function readIdentity(path: string): SessionIdentity {
  let secretKey: unknown
  try {
    const data: unknown = JSON.parse(readFileSync(path, 'utf8'))
    if (
      typeof data === 'object' &&
      data !== null &&
      (data as Record<string, unknown>).format === FORMAT
    )
      secretKey = (data as Record<string, unknown>).secretKey
  } catch {
    secretKey = undefined
  }
  if (typeof secretKey !== 'string')
    throw new OwnerIdentityError(
      `${path} is not a Tavolo identity file; move it away (a new identity is then created) or set TAVOLO_IDENTITY`,
    )
  try {
    return identityFromSecret(secretKey)
  } catch {
    throw new OwnerIdentityError(
      `${path} holds a damaged Tavolo key; move it away or set TAVOLO_IDENTITY`,
    )
  }
}

function createAt(path: string): SessionIdentity {
  const identity = createIdentity()
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`
  writeFileSync(
    temp,
    `${JSON.stringify({ format: FORMAT, version: 1, secretKey: identity.secretKey })}\n`,
    {
      mode: 0o600,
      flag: 'wx',
    },
  )
  chmodSync(temp, 0o600)
  try {
    // A hard link appears whole or not at all, and never replaces a file: if another Tavolo
    // created the identity meanwhile, that one is used.
    linkSync(temp, path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    return readIdentity(path)
  } finally {
    rmSync(temp, { force: true })
  }
  return identity
}
