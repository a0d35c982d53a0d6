// The sample workshop every test and benchmark uses: the repository's own copy of
// ../shared/examples/riverside.json (all three board kinds, an action plan with provenance,
// non-ASCII names), so the suite does not depend on where the checkout sits.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { WorkshopDocument } from '../../src/shared/interchange/schema.ts'

export const SAMPLE_WORKSHOP_PATH = fileURLToPath(
  new URL('../../resources/examples/riverside.json', import.meta.url),
)

export function readSampleText(): string {
  return readFileSync(SAMPLE_WORKSHOP_PATH, 'utf8')
}

export function readSample(): WorkshopDocument {
  return JSON.parse(readSampleText()) as WorkshopDocument
}
