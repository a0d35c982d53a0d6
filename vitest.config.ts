import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from 'vitest/config'

// `tavolo serve` and the desktop host keep the owner's key in the user's configuration folder;
// tests (and every child process they start) use a key of their own in a temporary folder.
const TAVOLO_IDENTITY = join(mkdtempSync(join(tmpdir(), 'tavolo-test-identity-')), 'owner-key.json')

// Two projects: unit tests run in parallel; end-to-end tests (real Chromium, real servers,
// child processes) run one file at a time so that 2-core CI machines are not oversubscribed.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          env: { TAVOLO_IDENTITY },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          env: { TAVOLO_IDENTITY },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // expect.poll's default 1 s is meant for in-process checks; here every try is one or more
          // round trips to a browser process, and on a loaded 2-core machine the first try alone
          // can take longer than 1 s ("expect.poll() function didn't resolve in time").
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
})
