// Running the agenda: the facilitator starts a step (everyone's screen moves to its board and the
// timer counts its minutes), moves to the next or ends it. Each step shows, for everyone, whether
// it is running and how long it took against its plan.
import type { AgendaStep } from '../../../shared/interchange/schema.ts'
import { endStep, startStep } from '../../../shared/model/index.ts'
import { useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { FIcon } from './icons.tsx'
import { useFacilitation, useIsFacilitator, useSessionAct } from './useFacilitation.ts'
import { useNow } from './useNow.ts'

const round1 = (x: number) => Math.round(x * 10) / 10

/** Minutes a step has run so far (its finished runs plus the current one). */
function useUsedMinutes(stepId: string): number | undefined {
  const log = useFacilitation((v) => v.logs[stepId])
  const run = useFacilitation((v) => (v.session.run?.stepId === stepId ? v.session.run : undefined))
  const now = useNow(run !== undefined)
  if (log === undefined) return undefined
  const current = run === undefined ? 0 : Math.max(0, now - run.startedAt)
  return (log.usedMs + current) / 60_000
}

/** The run status of one agenda step (shown to everyone, in the agenda). */
export function StepRunStatus({ step, badge = true }: { step: AgendaStep; badge?: boolean }) {
  const t = useT()
  const running = useFacilitation((v) => v.session.run?.stepId === step.id)
  const used = useUsedMinutes(step.id)
  if (used === undefined) return null
  const over = round1(Math.max(0, used - step.minutes))
  // The minute in progress counts while the step runs ("1 of 30 min" in its first minute).
  const usedText = String(running ? Math.max(1, Math.ceil(used)) : Math.floor(used))
  return (
    <span className={running ? 'run-status running' : 'run-status'}>
      {running && badge ? <span className="run-now">{t('run.now')}</span> : null}
      <span>
        {running
          ? t('run.used', { used: usedText, planned: step.minutes })
          : t('run.done', { used: String(round1(used)) })}
      </span>
      {over >= 1 ? (
        <span
          className="run-over"
          title={t('run.overLabel', { minutes: String(Math.round(over)) })}
        >
          {t('run.over', { minutes: String(Math.round(over)) })}
        </span>
      ) : null}
    </span>
  )
}

/** The facilitator's start button beside each agenda step. */
export function StepRunButton({ step }: { step: AgendaStep }) {
  const t = useT()
  const facilitator = useIsFacilitator()
  const act = useSessionAct()
  const running = useFacilitation((v) => v.session.run?.stepId === step.id)
  const ran = useFacilitation((v) => v.logs[step.id] !== undefined)
  if (!facilitator || running) return null
  const label = t(ran ? 'run.restartStep' : 'run.startStep', { title: step.title })
  return (
    <button
      type="button"
      className="icon-button run-start"
      aria-label={label}
      title={label}
      onClick={() => act((doc) => startStep(doc, step.id))}
    >
      <FIcon name="play" size={14} />
    </button>
  )
}

/** The running step with next/end, in the facilitation tools. */
export function RunControls() {
  const t = useT()
  const act = useSessionAct()
  const agenda = useWorkshop((s) => s.agenda)
  const run = useFacilitation((v) => v.session.run)
  if (agenda.length === 0) return <p className="hint">{t('run.noAgenda')}</p>
  const index = run === undefined ? -1 : agenda.findIndex((a) => a.id === run.stepId)
  const current = index < 0 ? undefined : agenda[index]
  const next = agenda[index + 1]
  return (
    <div className="run-controls">
      {current === undefined ? (
        <p className="hint">{t('run.noneRunning')}</p>
      ) : (
        <p className="run-current">
          <span className="run-now">{t('run.now')}</span> <strong>{current.title}</strong>{' '}
          <StepRunStatus step={current} badge={false} />
        </p>
      )}
      <div className="button-row">
        {next === undefined ? null : (
          <button
            type="button"
            className="button button-primary"
            aria-label={t('run.nextLabel', { title: next.title })}
            onClick={() => act((doc) => startStep(doc, next.id))}
          >
            <FIcon name={current === undefined ? 'play' : 'skip'} />{' '}
            {current === undefined ? t('run.startStep', { title: next.title }) : t('run.next')}
          </button>
        )}
        {current === undefined ? null : (
          <button type="button" className="button" onClick={() => act((doc) => endStep(doc))}>
            <FIcon name="stop" /> {t('run.end')}
          </button>
        )}
      </div>
      {next !== undefined && current !== undefined ? (
        <p className="hint">{t('run.nextLabel', { title: next.title })}</p>
      ) : null}
    </div>
  )
}
