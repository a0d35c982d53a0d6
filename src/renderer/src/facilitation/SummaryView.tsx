// The session summary on one page: who took part by sector, the steps with their planned and used
// time (overrun marked), the top-voted items of each board and the decisions. Printable (only the
// summary is printed), and the same summary goes into the exports.
import { useEffect, useMemo } from 'react'
import type * as Y from 'yjs'
import { sessionSummary } from '../../../shared/model/index.ts'
import { Dialog } from '../components/Dialog.tsx'
import { useI18n } from '../i18n/I18n.tsx'
import { facilitationUi } from './facilitationUi.ts'
import { FIcon } from './icons.tsx'
import { useFacilitation, useFacilitationRuntime } from './useFacilitation.ts'
import { useNow } from './useNow.ts'

const PRINT_CLASS = 'print-summary'

/** The summary at `now`; `revision` names the state of the document it reads (memo key). */
function summaryOf(doc: Y.Doc, now: number, _revision: number) {
  return sessionSummary(doc, { now })
}

export function SummaryView() {
  const { t, lang } = useI18n()
  const { doc } = useFacilitationRuntime()
  // Re-read on every session change; a running step counts up to now (to the ten seconds).
  const revision = useFacilitation((v) => v.revision)
  const running = useFacilitation((v) => v.session.run !== undefined)
  const now = Math.floor(useNow(running) / 10_000) * 10_000
  const summary = useMemo(() => summaryOf(doc, now, revision), [doc, now, revision])
  const minutes = (m: number) =>
    t('summary.minutes', {
      minutes: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(m),
    })
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' })
  useEffect(() => {
    const after = () => document.body.classList.remove(PRINT_CLASS)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('afterprint', after)
      after()
    }
  }, [])
  return (
    <Dialog
      title={t('summary.title')}
      wide
      onClose={() => facilitationUi.showSummary(false)}
      footer={
        <>
          <span className="hint summary-exports">{t('summary.inExports')}</span>
          <button
            type="button"
            className="button"
            onClick={() => facilitationUi.showSummary(false)}
          >
            {t('common.close')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              document.body.classList.add(PRINT_CLASS)
              window.print()
            }}
          >
            <FIcon name="printer" /> {t('summary.print')}
          </button>
        </>
      }
    >
      <div className="summary-sheet">
        <section className="summary-section" aria-labelledby="summary-people">
          <h3 id="summary-people">
            {t('summary.participants')}{' '}
            <span className="summary-count">
              {t('summary.people', { count: summary.participants.count })}
            </span>
          </h3>
          {summary.participants.source === 'registered' && summary.participants.count > 0 ? (
            <p className="hint">{t('summary.registeredOnly')}</p>
          ) : null}
          <dl className="summary-sectors">
            {summary.participants.bySector.map((g) => (
              <div key={g.sector} className={`summary-sector sector-${g.sector}`}>
                <dt>
                  {g.sector === 'unspecified'
                    ? t('summary.sectorUnspecified')
                    : t(`sector.${g.sector}`)}{' '}
                  <span className="summary-count">({g.names.length})</span>
                </dt>
                <dd>{g.names.join(', ')}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section className="summary-section" aria-labelledby="summary-agenda">
          <h3 id="summary-agenda">{t('summary.agenda')}</h3>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">{t('summary.step')}</th>
                <th scope="col" className="num">
                  {t('summary.planned')}
                </th>
                <th scope="col" className="num">
                  {t('summary.used')}
                </th>
                <th scope="col" className="num">
                  {t('summary.overrun')}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.agenda.map((step) => (
                <tr key={step.id}>
                  <th scope="row">
                    {step.title}
                    {step.boardTitle === undefined ? null : (
                      <span className="summary-board"> · {step.boardTitle}</span>
                    )}
                  </th>
                  <td className="num">{minutes(step.minutes)}</td>
                  <td className="num">
                    {step.usedMinutes === undefined ? (
                      <span className="muted">{t('summary.notRun')}</span>
                    ) : (
                      minutes(step.usedMinutes)
                    )}
                  </td>
                  <td
                    className={
                      step.overrunMinutes !== undefined && step.overrunMinutes > 0
                        ? 'num summary-over'
                        : 'num'
                    }
                  >
                    {step.overrunMinutes !== undefined && step.overrunMinutes > 0
                      ? `+${minutes(step.overrunMinutes)}`
                      : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('summary.total')}</th>
                <td className="num">{minutes(summary.totalMinutes)}</td>
                <td className="num">{minutes(summary.usedMinutes)}</td>
                <td className={summary.overrunMinutes > 0 ? 'num summary-over' : 'num'}>
                  {summary.overrunMinutes > 0 ? `+${minutes(summary.overrunMinutes)}` : '—'}
                </td>
              </tr>
            </tfoot>
          </table>
        </section>
        <section className="summary-section" aria-labelledby="summary-votes">
          <h3 id="summary-votes">{t('summary.topVoted')}</h3>
          {summary.topVoted.map((board) => (
            <div key={board.boardId} className="summary-board-votes">
              <h4>{board.boardTitle}</h4>
              {board.items.length === 0 ? (
                <p className="muted">{t('summary.noVotes')}</p>
              ) : (
                <ol>
                  {board.items.map((item) => (
                    <li key={item.id}>
                      <span>{item.text}</span>{' '}
                      <strong className="summary-votes">
                        {t('vote.dotsOn', { count: item.votes })}
                      </strong>
                    </li>
                  ))}
                </ol>
              )}
            </div>
          ))}
        </section>
        <section className="summary-section" aria-labelledby="summary-decisions">
          <h3 id="summary-decisions">{t('summary.decisions')}</h3>
          {summary.decisions.length === 0 ? (
            <p className="muted">{t('summary.noDecisions')}</p>
          ) : (
            <ol className="summary-decisions">
              {summary.decisions.map((d) => (
                <li key={d.id}>
                  <span className="decision-time">{time.format(d.at)}</span> {d.text}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </Dialog>
  )
}
