// The plan's timeline (Gantt): actions by objective along years and months, each bar labelled
// with its action's title (colour only repeats the status, which the bar's name also says), a
// line for today, the undated actions listed below; and the same data as a table, the view a
// screen reader user will prefer.
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { ganttModel, type GanttModel, type GanttRow } from '../../../shared/actionPlan/gantt.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { useI18n } from '../i18n/I18n.tsx'
import { ui } from '../app/uiStore.ts'
import { Icon } from '../components/Icon.tsx'
import { formatDate, formatPeriod } from './dates.ts'
import { planUi, usePlanUi } from './planUi.ts'
import { usePlanData } from './planContext.ts'
import { barGeometry, dayPct, timeAxis, type TimeAxis } from './timeline.ts'

function openInPlan(actionId: string): void {
  planUi.setView('plan')
  planUi.setExpanded(actionId, true)
  ui.reveal({ kind: 'actions' }, actionId)
}

function todayIso(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}

export function TimelineView() {
  const { t } = useI18n()
  const { doc } = usePlanData()
  const as = usePlanUi((s) => s.timelineAs)
  const model = useMemo(() => ganttModel(doc), [doc])
  const axis = useMemo(() => (model.range === null ? null : timeAxis(model.range)), [model.range])
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <div className="timeline-toolbar">
        <h3 id="timeline-title" className="timeline-title">
          {t('timeline.title')}
        </h3>
        <div className="segmented" role="group" aria-label={t('plan.view')}>
          <button
            type="button"
            aria-pressed={as === 'chart'}
            onClick={() => planUi.setTimelineAs('chart')}
          >
            <Icon name="calendar" /> {t('timeline.chart')}
          </button>
          <button
            type="button"
            aria-pressed={as === 'table'}
            onClick={() => planUi.setTimelineAs('table')}
          >
            <Icon name="list" /> {t('timeline.table')}
          </button>
        </div>
      </div>
      {axis === null ? (
        <p className="empty">{t('timeline.empty')}</p>
      ) : as === 'chart' ? (
        <Chart model={model} axis={axis} />
      ) : null}
      {as === 'table' ? <TimelineTable /> : null}
      {model.undated.length > 0 && as === 'chart' ? (
        <div className="tl-undated">
          <h4 className="field-label">{t('timeline.undated', { count: model.undated.length })}</h4>
          <ul className="chip-list">
            {model.undated.map((u) => (
              <li key={u.actionId}>
                <button
                  type="button"
                  className="chip tl-undated-item"
                  onClick={() => planUi.jumpToField(u.actionId, 'start')}
                >
                  {u.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

function Chart({ model, axis }: { model: GanttModel; axis: TimeAxis }) {
  const { t, lang } = useI18n()
  const monthFormat = useMemo(
    () =>
      new Intl.DateTimeFormat(lang, {
        month: axis.months.length > 18 ? 'narrow' : 'short',
        timeZone: 'UTC',
      }),
    [lang, axis.months.length],
  )
  const today = dayPct(axis, todayIso())
  const pos = (startPct: number, widthPct: number) => ({
    left: `${startPct}%`,
    width: `${widthPct}%`,
  })
  // The width of the tracks in pixels decides where each bar's title fits.
  const scaleRef = useRef<HTMLDivElement>(null)
  const [trackPx, setTrackPx] = useState(600)
  useLayoutEffect(() => {
    const el = scaleRef.current
    if (el === null) return
    const measure = () => setTrackPx(el.getBoundingClientRect().width || 600)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  return (
    <div className="tl" role="group" aria-label={t('timeline.title')}>
      <div className="tl-head" aria-hidden="true">
        <div className="tl-corner" />
        <div ref={scaleRef} className="tl-scale">
          <div className="tl-years">
            {axis.years.map((y) => (
              <span key={y.value} className="tl-year" style={pos(y.startPct, y.widthPct)}>
                {y.value}
              </span>
            ))}
          </div>
          {axis.months.length === 0 ? null : (
            <div className="tl-months">
              {axis.months.map((m) => (
                <span
                  key={`${m.year}-${m.value}`}
                  className="tl-month"
                  style={pos(m.startPct, m.widthPct)}
                >
                  {monthFormat.format(new Date(Date.UTC(m.year, m.value - 1, 15)))}
                </span>
              ))}
            </div>
          )}
        </div>
      </div>
      <div className="tl-body">
        <div className="tl-lines" aria-hidden="true">
          {axis.months.map((m) => (
            <span
              key={`${m.year}-${m.value}`}
              className={m.value === 1 ? 'tl-line tl-line-year' : 'tl-line'}
              style={{ left: `${m.startPct}%` }}
            />
          ))}
          {axis.months.length === 0
            ? axis.years.map((y) => (
                <span
                  key={y.value}
                  className="tl-line tl-line-year"
                  style={{ left: `${y.startPct}%` }}
                />
              ))
            : null}
          {today === undefined ? null : (
            <span className="tl-today" style={{ left: `${today}%` }}>
              <span className="tl-today-tag">{t('timeline.today')}</span>
            </span>
          )}
        </div>
        {model.groups.map((g, gi) => (
          <div
            key={g.objectiveId}
            className="tl-group"
            role="group"
            aria-label={`${t('plan.objective', { number: gi + 1 })}: ${g.title}`}
          >
            <div className="tl-row tl-group-row">
              <div className="tl-label tl-group-label" title={g.title}>
                <span className="tl-group-number">{gi + 1}</span> {g.title}
              </div>
              <div className="tl-track">
                {g.start === undefined || g.end === undefined ? null : (
                  <GroupSpan axis={axis} start={g.start} end={g.end} />
                )}
              </div>
            </div>
            {g.rows.map((r) => (
              <Bar key={r.actionId} row={r} axis={axis} lang={lang} trackPx={trackPx} />
            ))}
          </div>
        ))}
      </div>
    </div>
  )
}

function GroupSpan({ axis, start, end }: { axis: TimeAxis; start: string; end: string }) {
  const { leftPct, widthPct } = barGeometry(axis, start, end)
  return (
    <span
      className="tl-span"
      style={{ left: `${leftPct}%`, width: `${widthPct}%` }}
      aria-hidden="true"
    />
  )
}

let measureContext: CanvasRenderingContext2D | null | undefined

/** The width of `text` in the font of `el`, in pixels (a canvas measures without layout). */
function textWidth(text: string, el: Element): number {
  measureContext ??= document.createElement('canvas').getContext('2d')
  if (measureContext === null) return text.length * 7.5
  measureContext.font = getComputedStyle(el).font
  return measureContext.measureText(text).width
}

function Bar({
  row,
  axis,
  lang,
  trackPx,
}: {
  row: GanttRow
  axis: TimeAxis
  lang: string
  trackPx: number
}) {
  const { t } = useI18n()
  const { leftPct, widthPct } = barGeometry(axis, row.start, row.end)
  const labelRef = useRef<HTMLSpanElement>(null)
  const [need, setNeed] = useState(() => row.title.length * 7.5 + 24)
  useLayoutEffect(() => {
    // Padding and the done mark's icon come on top of the text itself.
    if (labelRef.current !== null)
      setNeed(textWidth(row.title, labelRef.current) + (row.status === 'done' ? 36 : 20))
  }, [row.title, row.status])
  const status =
    row.status === undefined ? t('common.notSet') : t(`actionStatus.${row.status}` satisfies UiKey)
  const period = formatPeriod(row.start, row.partial ? undefined : row.end, lang)
  const name = `${t('timeline.bar', { name: row.title, period, status: `${t('field.status')}: ${status}` })}${row.partial ? ` ${t('timeline.partial')}` : ''}`
  // The title goes inside the bar when it fits, else beside it where there is room (right
  // first), else inside, cut short (the full title is the bar's name and tooltip).
  const px = (pct: number) => (pct / 100) * trackPx
  const placement =
    need <= px(widthPct)
      ? 'inside'
      : need <= px(100 - leftPct - widthPct)
        ? 'after'
        : need <= px(leftPct)
          ? 'before'
          : 'inside'
  return (
    <div className="tl-row">
      <div className="tl-label" aria-hidden="true" title={row.title}>
        {row.title}
      </div>
      <div className="tl-track">
        <button
          type="button"
          className={`tl-bar tl-status-${row.status ?? 'none'} tl-label-${placement}${row.partial ? ' tl-partial' : ''}`}
          style={{ left: `${leftPct}%`, width: `${widthPct}%` }}
          aria-label={name}
          title={name}
          onClick={() => openInPlan(row.actionId)}
        >
          <span ref={labelRef} className="tl-bar-label">
            {row.status === 'done' ? <Icon name="check" size={12} /> : null}
            {row.title}
          </span>
        </button>
      </div>
    </div>
  )
}

function TimelineTable() {
  const { t, lang } = useI18n()
  const { doc } = usePlanData()
  const status = (s: GanttRow['status']) =>
    s === undefined ? t('common.notSet') : t(`actionStatus.${s}` satisfies UiKey)
  return (
    <div className="table-wrap tl-table">
      <table className="data-table data-table-read">
        <caption className="sr-only">{t('timeline.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('timeline.action')}</th>
            <th scope="col">{t('timeline.start')}</th>
            <th scope="col">{t('timeline.end')}</th>
            <th scope="col">{t('timeline.status')}</th>
          </tr>
        </thead>
        {doc.actionPlan.objectives.map((o, oi) => {
          const rows = doc.actionPlan.actions.filter((a) => a.objectiveId === o.id)
          return (
            <tbody key={o.id}>
              <tr className="tl-table-group">
                <th scope="rowgroup" colSpan={4}>
                  {t('plan.objective', { number: oi + 1 })}: {o.title}
                </th>
              </tr>
              {rows.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="tl-table-action">
                    <button type="button" className="link-button" onClick={() => openInPlan(a.id)}>
                      {a.title}
                    </button>
                  </th>
                  <td>{a.start === undefined ? t('plan.noDates') : formatDate(a.start, lang)}</td>
                  <td>
                    {a.end === undefined
                      ? a.start === undefined
                        ? ''
                        : '—'
                      : formatDate(a.end, lang)}
                  </td>
                  <td>{status(a.status)}</td>
                </tr>
              ))}
            </tbody>
          )
        })}
      </table>
    </div>
  )
}
