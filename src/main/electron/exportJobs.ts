// Running exports of the desktop app, by the id the renderer gave them: each has an
// AbortController (the renderer's Cancel aborts it; exportWorkshopTo then removes its temporary
// file, so a cancelled export leaves no file) and its latest progress, which the renderer polls
// (the IPC contract is request/response only).
import type { ExportJobProgress } from '../../shared/ipc/contract.ts'
import type { ExportProgress } from '../export/index.ts'

export interface ExportJob {
  signal: AbortSignal
  onProgress: (progress: ExportProgress) => void
  setPhase: (phase: ExportJobProgress['phase']) => void
  finish: () => void
}

export class ExportJobs {
  #jobs = new Map<string, { controller: AbortController; progress: ExportJobProgress }>()
  #anonymous = 0

  /** Registers an export; undefined when an export with this id is already running. */
  start(jobId: string | undefined): ExportJob | undefined {
    const id = jobId ?? `anonymous-${++this.#anonymous}`
    if (this.#jobs.has(id)) return undefined
    const entry = {
      controller: new AbortController(),
      progress: { phase: 'dialog' } as ExportJobProgress,
    }
    this.#jobs.set(id, entry)
    return {
      signal: entry.controller.signal,
      setPhase: (phase) => {
        entry.progress = { phase }
      },
      onProgress: (p) => {
        entry.progress =
          p.phase === 'write'
            ? { phase: 'write', bytesWritten: p.bytesWritten, totalBytes: p.totalBytes }
            : { phase: p.phase === 'done' ? 'done' : 'render' }
      },
      finish: () => {
        if (this.#jobs.get(id) === entry) this.#jobs.delete(id)
      },
    }
  }

  cancel(jobId: string): boolean {
    const entry = this.#jobs.get(jobId)
    if (entry === undefined || entry.controller.signal.aborted) return false
    entry.controller.abort(new DOMException('The export was cancelled', 'AbortError'))
    return true
  }

  progress(jobId: string): ExportJobProgress | null {
    return this.#jobs.get(jobId)?.progress ?? null
  }
}
