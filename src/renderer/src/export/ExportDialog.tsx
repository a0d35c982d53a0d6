// Export: every format of `tavolo export`, with "leave out participant names". In the desktop app
// main saves the file (save dialog, atomic write, PDF through Electron); in a browser the page
// renders it and downloads it (PDF through the browser's print dialog). Progress shows while it
// runs, and Cancel stops it without leaving a file.
import { useEffect, useId, useRef, useState } from 'react'
import type { ExportFormat } from '../../../shared/export/types.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { useOpenWorkshop, useWorkshop } from '../doc/context.tsx'
import {
  LANGUAGE_CHOICES,
  languageName,
  matchLanguage,
  type LanguageTag,
} from '../../../shared/i18n/languages.ts'
import { FormSelect } from '../components/fields.tsx'
import { useT } from '../i18n/I18n.tsx'
import { notify } from '../app/notices.ts'
import { Dialog } from '../components/Dialog.tsx'
import { Icon } from '../components/Icon.tsx'
import { exportInBrowser } from './browserExport.ts'
import { exportOnDesktop } from './desktopExport.ts'
import { DIALOG_FORMATS, FORMAT_NAMES } from './formats.ts'
import './export.css'

type Phase = 'dialog' | 'render' | 'write' | 'done' | 'download' | 'print'
interface Running {
  phase: Phase
  written?: number
  total?: number
}

const FORMAT_KEY = 'tavolo.export.format'

function rememberedFormat(): ExportFormat {
  try {
    const saved = window.localStorage.getItem(FORMAT_KEY)
    return DIALOG_FORMATS.find((f) => f === saved) ?? 'docx'
  } catch {
    return 'docx'
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError'
}

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  const { doc } = useOpenWorkshop()
  const api = window.tavolo
  const [format, setFormat] = useState<ExportFormat>(rememberedFormat)
  const [leaveOutNames, setLeaveOutNames] = useState(false)
  // The document's language: the workshop's unless chosen here (a transnational partner may want
  // the report in English while the session ran in Greek).
  const workshopLanguage = useWorkshop((s) => s.info.language)
  const [language, setLanguage] = useState<LanguageTag | undefined>(undefined)
  const [running, setRunning] = useState<Running | null>(null)
  const [error, setError] = useState<string | undefined>(undefined)
  const controller = useRef<AbortController | null>(null)
  const groupName = useId()
  const namesHint = useId()
  const pdfNote = useId()

  // Closing the dialog (Escape, the close button, going away) stops a running export.
  useEffect(() => () => controller.current?.abort(), [])
  // The form (and the button pressed) gives way to the progress: focus goes to Cancel.
  const cancelRef = useRef<HTMLButtonElement>(null)
  const isRunning = running !== null
  useEffect(() => {
    if (isRunning) cancelRef.current?.focus()
  }, [isRunning])

  const cancel = () =>
    controller.current?.abort(new DOMException('The export was cancelled', 'AbortError'))
  const close = () => {
    if (controller.current !== null) {
      cancel()
      notify({ kind: 'info', key: 'export.cancelled' })
    }
    onClose()
  }

  const start = async () => {
    if (controller.current !== null) return
    try {
      window.localStorage.setItem(FORMAT_KEY, format)
    } catch {
      // Not remembered; the dialog starts on Word next time.
    }
    const abort = new AbortController()
    controller.current = abort
    setError(undefined)
    setRunning({ phase: api === undefined ? 'render' : 'dialog' })
    const names = !leaveOutNames
    try {
      if (api !== undefined) {
        const result = await exportOnDesktop(api, format, {
          names,
          language,
          signal: abort.signal,
          onProgress: (p) =>
            setRunning({ phase: p.phase, written: p.bytesWritten, total: p.totalBytes }),
        })
        if (result.status === 'saved') {
          notify({ kind: 'info', key: 'home.exportSaved', vars: { path: result.path } })
          onClose()
        } else if (result.status === 'cancelled') {
          // Cancelled by the person in the save dialog (quietly) or here (said so).
          if (abort.signal.aborted) {
            notify({ kind: 'info', key: 'export.cancelled' })
            onClose()
          }
        } else setError(t('export.failed', { message: result.message }))
      } else {
        const outcome = await exportInBrowser(doc, format, {
          names,
          language,
          signal: abort.signal,
          onPhase: (phase) => setRunning({ phase }),
        })
        notify(
          outcome.kind === 'downloaded'
            ? { kind: 'info', key: 'export.downloaded', vars: { file: outcome.fileName } }
            : { kind: 'info', key: 'export.printReady' },
        )
        onClose()
      }
    } catch (err) {
      if (isAbort(err) || abort.signal.aborted) {
        notify({ kind: 'info', key: 'export.cancelled' })
        onClose()
      } else
        setError(t('export.failed', { message: err instanceof Error ? err.message : String(err) }))
    } finally {
      if (controller.current === abort) controller.current = null
      setRunning(null)
    }
  }

  const startLabel =
    api !== undefined
      ? t('export.start')
      : format === 'pdf'
        ? t('export.print')
        : t('export.download')
  return (
    <Dialog
      title={t('export.title')}
      onClose={close}
      onSubmit={() => void start()}
      wide
      footer={
        running === null ? (
          <>
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-primary">
              <Icon name="download" /> {startLabel}
            </button>
          </>
        ) : (
          <button ref={cancelRef} type="button" className="button button-danger" onClick={cancel}>
            {t('export.cancel')}
          </button>
        )
      }
    >
      {running === null ? (
        <div className="export-form">
          <fieldset className="field">
            <legend className="field-label">{t('export.format')}</legend>
            <div className="format-list">
              {DIALOG_FORMATS.map((f) => (
                <label
                  key={f}
                  className={f === format ? 'format-option selected' : 'format-option'}
                >
                  <input
                    type="radio"
                    name={groupName}
                    value={f}
                    checked={f === format}
                    data-autofocus={f === format ? '' : undefined}
                    aria-describedby={f === 'pdf' && api === undefined ? pdfNote : undefined}
                    onChange={() => setFormat(f)}
                  />
                  <span className="format-name">{FORMAT_NAMES[f]}</span>
                  <span className="format-desc">{t(`export.desc.${f}` satisfies UiKey)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {format === 'pdf' && api === undefined ? (
            <p id={pdfNote} className="export-note">
              <Icon name="info" /> {t('export.pdfBrowser')}
            </p>
          ) : null}
          <FormSelect
            label={t('export.language')}
            value={language ?? ''}
            options={LANGUAGE_CHOICES}
            empty={t('export.languageWorkshop', { name: languageName(workshopLanguage) })}
            onChange={(value) => setLanguage(matchLanguage(value))}
          />
          <label className="checkbox export-names">
            <input
              type="checkbox"
              checked={leaveOutNames}
              aria-describedby={namesHint}
              onChange={(e) => setLeaveOutNames(e.target.checked)}
            />
            {t('export.names')}
          </label>
          <p id={namesHint} className="hint export-names-hint">
            {t('export.namesHint')}
          </p>
          {error === undefined ? null : (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      ) : (
        <ExportProgress format={format} running={running} />
      )}
    </Dialog>
  )
}

function ExportProgress({ format, running }: { format: ExportFormat; running: Running }) {
  const t = useT()
  const phaseText = t(
    `export.phase.${running.phase === 'done' ? 'write' : running.phase}` satisfies UiKey,
  )
  const determinate = running.phase === 'write' && running.total !== undefined && running.total > 0
  return (
    <div className="export-progress" role="status" aria-live="polite">
      <p className="export-progress-title">
        {t('export.running', { format: FORMAT_NAMES[format] })}
      </p>
      {determinate ? (
        <progress max={running.total} value={running.written ?? 0} aria-label={phaseText} />
      ) : (
        <progress aria-label={phaseText} />
      )}
      <p className="hint">{phaseText}</p>
    </div>
  )
}
