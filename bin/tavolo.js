#!/usr/bin/env node
// Entry point of the `tavolo` command. The CLI is TypeScript run by Node's own type stripping
// (Node >= 22.18), so `npx tavolo` works right after `npm install` with no build step.
const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`tavolo needs Node.js 22.18 or newer (this is ${process.version}).\n`)
  process.exit(1)
}
const { main } = await import('../src/main/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
