// The shared timer on screen: a chip in the top bar for everyone (a button to the controls for
// facilitators), the controls in the facilitation tools, and the large clock of projector mode.
// It never blocks anything: the end is a colour change, a gentle pulse (none with reduced
// motion) and, when this device chose it, a soft sound.
import { useState } from 'react'
import {
  MINUTE_MS,
  addTimerMinute,
  pauseTimer,
  resetTimer,
  resumeTimer,
  startTimer,
} from '../../../shared/model/index.ts'
import type { TimerData } from '../../../shared/model/session/values.ts'
import type { Translate } from '../../../shared/i18n/catalogs.ts'
import { useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { facilitationUi } from './facilitationUi.ts'
import { FIcon } from './icons.tsx'
import { setTimerSound, useTimerSound } from './sound.ts'
import { timerDisplay, type TimerDisplay } from './timerModel.ts'
import { useFacilitation, useIsFacilitator, useSessionAct } from './useFacilitation.ts'
import { useNow } from './useNow.ts'

export function spokenTimer(display: TimerDisplay, t: Translate): string {
  const vars = { minutes: display.minutes, seconds: display.seconds }
  if (display.cue === 'idle') return t('timer.idle')
  if (display.over) return t('timer.spokenOver', vars)
  if (display.cue === 'paused') return t('timer.spokenPaused', vars)
  return t('timer.spokenLeft', vars)
}

function useTimerDisplay(): TimerDisplay {
  const timer = useFacilitation((v) => v.session.timer)
  const now = useNow(timer.state === 'running')
  return timerDisplay(timer, now)
}

/** The title of the agenda step the timer counts for, if any. */
function useTimerStepTitle(timer: TimerData): string | undefined {
  return useWorkshop((s) =>
    timer.stepId === undefined ? undefined : s.agenda.find((a) => a.id === timer.stepId)?.title,
  )
}

export function TimerChip() {
  const t = useT()
  const facilitator = useIsFacilitator()
  const timer = useFacilitation((v) => v.session.timer)
  const display = useTimerDisplay()
  const step = useTimerStepTitle(timer)
  if (display.cue === 'idle' && !facilitator) return null
  const spoken = spokenTimer(display, t)
  const label = t('timer.status', { status: step === undefined ? spoken : `${step}, ${spoken}` })
  const body = (
    <>
      <FIcon name={display.cue === 'paused' ? 'pause' : 'clock'} size={15} />
      {step === undefined ? null : (
        <span className="timer-step" aria-hidden="true">
          {step}
        </span>
      )}
      <span className="timer-text" aria-hidden="true">
        {display.cue === 'idle' ? t('timer.open') : display.text}
      </span>
    </>
  )
  const className = `timer-chip cue-${display.cue}`
  if (facilitator)
    return (
      <button
        type="button"
        className={className}
        aria-label={label}
        title={label}
        onClick={() => facilitationUi.openPanel('run')}
      >
        {body}
      </button>
    )
  return (
    <span className={className} role="timer" aria-label={label} title={label}>
      {body}
    </span>
  )
}

/** The big clock of projector mode. */
export function ProjectorClock() {
  const t = useT()
  const timer = useFacilitation((v) => v.session.timer)
  const display = useTimerDisplay()
  const step = useTimerStepTitle(timer)
  if (display.cue === 'idle') return null
  return (
    <div
      className={`projector-clock cue-${display.cue}`}
      role="timer"
      aria-label={spokenTimer(display, t)}
    >
      {step === undefined ? null : <span className="projector-step">{step}</span>}
      <span className="projector-time" aria-hidden="true">
        {display.text}
      </span>
      {display.over ? <span className="projector-up">{t('timer.timesUp')}</span> : null}
      <span className="projector-progress" aria-hidden="true">
        <span style={{ width: `${Math.round(display.progress * 1000) / 10}%` }} />
      </span>
    </div>
  )
}

/** Start, pause, add a minute, reset; and this device's sound choice. */
export function TimerControls({ defaultMinutes }: { defaultMinutes: number }) {
  const t = useT()
  const act = useSessionAct()
  const display = useTimerDisplay()
  const sound = useTimerSound((s) => s.on)
  const [minutes, setMinutes] = useState(String(defaultMinutes))
  const parsed = Number(minutes.replace(',', '.'))
  const valid = Number.isFinite(parsed) && parsed > 0 && parsed <= 24 * 60
  const state = display.view.state
  return (
    <div className="timer-controls">
      <div
        className={`timer-big cue-${display.cue}`}
        role="timer"
        aria-label={spokenTimer(display, t)}
      >
        <span aria-hidden="true">{display.text}</span>
        {display.over ? <span className="timer-up">{t('timer.timesUp')}</span> : null}
        {state === 'paused' ? <span className="timer-up">{t('timer.paused')}</span> : null}
      </div>
      {state === 'idle' ? (
        <form
          className="timer-start"
          onSubmit={(e) => {
            e.preventDefault()
            if (valid) act((doc) => startTimer(doc, Math.round(parsed * MINUTE_MS)))
          }}
        >
          <label className="field timer-minutes">
            <span className="field-label">{t('timer.minutes')}</span>
            <input
              className="field-input"
              type="number"
              min={1}
              max={1440}
              step={1}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
          </label>
          <button type="submit" className="button button-primary" disabled={!valid}>
            <FIcon name="play" /> {t('timer.start')}
          </button>
        </form>
      ) : (
        <div className="button-row">
          {state === 'running' ? (
            <button type="button" className="button" onClick={() => act((doc) => pauseTimer(doc))}>
              <FIcon name="pause" /> {t('timer.pause')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              onClick={() => act((doc) => resumeTimer(doc))}
            >
              <FIcon name="play" /> {t('timer.resume')}
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-label={t('timer.addMinuteLabel')}
            onClick={() => act((doc) => addTimerMinute(doc))}
          >
            {t('timer.addMinute')}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => act((doc) => resetTimer(doc))}
          >
            {t('timer.reset')}
          </button>
        </div>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={sound} onChange={(e) => setTimerSound(e.target.checked)} />
        {t('timer.sound')}
      </label>
    </div>
  )
}
