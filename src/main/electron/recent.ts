// The recent-workshops index: one small JSON file in the user-data folder, newest first. It is
// a convenience list, so a missing or damaged index reads as empty (the workshops themselves are
// never touched), and it is written to a temporary file then renamed so a crash cannot leave
// half an index behind.
import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import type { RecentWorkshop } from '../../shared/ipc/contract.ts'

const MAX_ENTRIES = 30

const entrySchema = z.object({
  path: z.string().min(1),
  title: z.string(),
  city: z.string().optional(),
  date: z.string().optional(),
  openedAt: z.string(),
})
const indexSchema = z.object({ version: z.literal(1), workshops: z.array(entrySchema) })
type Entry = z.infer<typeof entrySchema>

export class RecentIndex {
  readonly file: string

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'recent-workshops.json')
  }

  private read(): Entry[] {
    try {
      const parsed = indexSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')))
      return parsed.success ? parsed.data.workshops : []
    } catch {
      return []
    }
  }

  private write(entries: Entry[]): void {
    mkdirSync(dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, JSON.stringify({ version: 1, workshops: entries }, null, 2))
    renameSync(tmp, this.file)
  }

  list(): RecentWorkshop[] {
    return this.read().map((entry) => ({ ...entry, exists: existsSync(entry.path) }))
  }

  has(path: string): boolean {
    return this.read().some((entry) => entry.path === path)
  }

  /** Puts the workshop first (adding or refreshing it). */
  touch(entry: Omit<Entry, 'openedAt'>, now: Date = new Date()): void {
    const rest = this.read().filter((e) => e.path !== entry.path)
    const fresh: Entry = { ...entry, openedAt: now.toISOString() }
    this.write([fresh, ...rest].slice(0, MAX_ENTRIES))
  }

  forget(path: string): void {
    this.write(this.read().filter((e) => e.path !== path))
  }
}
