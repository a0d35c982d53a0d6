// tavolo serve FILE.tavolo [--host 127.0.0.1] [--port N] [--token T]
// A headless host in plain Node: the same web app as the desktop window, the same sync, persisting
// to the same file. Prints one JSON line {"url","port","token","facilitatorUrl"} on stdout when
// ready: `url` is the join link for participants, `facilitatorUrl` the link that makes whoever
// opens it a facilitator (the host is the session's owner, with the identity kept in
// $TAVOLO_IDENTITY or the user's configuration folder). SIGINT or SIGTERM flushes and closes the
// file cleanly.
import { WorkshopFile } from '../../store/index.ts'
import {
  OwnerIdentityError,
  defaultIdentityPath,
  loadOrCreateOwnerIdentity,
  startHost,
} from '../../host/index.ts'
import { ensureWebBuild } from '../webBuild.ts'
import { parse } from '../args.ts'
import { RefusedInputError, UsageError } from '../errors.ts'
import type { CliIo } from '../io.ts'

export async function serveCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(
    args,
    {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '0' },
      token: { type: 'string' },
      'static-dir': { type: 'string' },
    },
    { min: 1, max: 1, names: 'FILE.tavolo' },
  )
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535, got "${values.port}"`)

  const staticDir = values['static-dir'] ?? (await ensureWebBuild(io))
  let identity
  try {
    identity = loadOrCreateOwnerIdentity(defaultIdentityPath())
  } catch (err) {
    throw err instanceof OwnerIdentityError ? new RefusedInputError(err.message) : err
  }
  const file = WorkshopFile.open(positionals[0] as string)
  let host
  try {
    host = await startHost({
      file,
      host: values.host,
      port,
      staticDir,
      identity,
      ...(values.token !== undefined && { token: values.token }),
    })
  } catch (err) {
    file.close()
    throw err
  }
  io.stdout(
    `${JSON.stringify({ url: host.url, port: host.port, token: host.token, facilitatorUrl: host.facilitatorUrl })}\n`,
  )

  await new Promise<void>((resolve) => {
    let closing = false
    const stop = (signal: NodeJS.Signals): void => {
      if (closing) return
      closing = true
      io.stderr(`tavolo serve: ${signal}, closing ${file.path}\n`)
      void host
        .close()
        .catch((err: unknown) =>
          io.stderr(`tavolo serve: closing the host failed: ${String(err)}\n`),
        )
        .finally(() => {
          file.close()
          resolve()
        })
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}
