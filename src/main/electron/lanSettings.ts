// The address the facilitator last shared a workshop on, remembered in the user-data folder so it
// is the default next time. A missing or damaged file reads as "none chosen yet".
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { z } from 'zod'

const settingsSchema = z.object({ version: z.literal(1), lastAddress: z.string().min(1) })

export class LanSettings {
  readonly file: string

  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'lan-share.json')
  }

  lastAddress(): string | null {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')))
      return parsed.success ? parsed.data.lastAddress : null
    } catch {
      return null
    }
  }

  remember(address: string): void {
    mkdirSync(dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp`
    writeFileSync(tmp, JSON.stringify({ version: 1, lastAddress: address }, null, 2))
    renameSync(tmp, this.file)
  }
}
