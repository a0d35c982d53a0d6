// "Evidence of co-creation": the board items an action came from, with the votes they had. Each
// opens its item on its board; a source whose item was removed says so.
import type { Action } from '../../../shared/interchange/schema.ts'
import { resolveSources, type ResolvedSource } from '../../../shared/actionPlan/sources.ts'
import { updateAction } from '../../../shared/model/index.ts'
import { useEdit } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { ui } from '../app/uiStore.ts'
import { Icon } from '../components/Icon.tsx'
import { usePlanData } from './planContext.ts'

export function SourcesList({ action, context }: { action: Action; context: string }) {
  const t = useT()
  const edit = useEdit()
  const { doc, index } = usePlanData()
  const sources = resolveSources(doc, action, index)
  const kindLabel = (s: ResolvedSource) =>
    s.kind === 'milestone'
      ? t('sources.kind.milestone', { year: String(s.year ?? '') })
      : t(`sources.kind.${s.kind}`)
  const unlink = (s: ResolvedSource) => {
    const next = (action.sources ?? []).filter(
      (x) => !(x.boardId === s.boardId && x.itemId === s.itemId),
    )
    edit((d) => updateAction(d, action.id, { sources: next.length === 0 ? undefined : next }))
  }
  return (
    <section className="plan-field sources" aria-label={`${t('field.sources')}, ${context}`}>
      <h4 className="field-label">{t('field.sources')}</h4>
      {sources.length === 0 ? (
        <p className="hint">{t('sources.none')}</p>
      ) : (
        <ul className="source-list">
          {sources.map((s) => (
            <li key={`${s.boardId}/${s.itemId}`} className="source">
              <span className={`kind-tag source-kind-${s.kind}`}>{kindLabel(s)}</span>
              {s.kind === 'missing' ? (
                <span className="source-text muted">{t('sources.missing')}</span>
              ) : (
                <button
                  type="button"
                  className="source-open"
                  aria-label={t('sources.open', { board: s.boardTitle, text: s.text })}
                  onClick={() => ui.reveal({ kind: 'board', boardId: s.boardId }, s.itemId)}
                >
                  <span className="source-text">{s.text}</span>
                  <span className="source-board">
                    {t('sources.onBoard', { board: s.boardTitle })}
                  </span>
                </button>
              )}
              {s.votes === undefined ? null : (
                <span className="source-votes">
                  <Icon name="vote" size={12} /> {t('story.votes', { count: s.votes })}
                </span>
              )}
              <button
                type="button"
                className="icon-button"
                aria-label={t('sources.unlink', { text: s.text })}
                onClick={() => unlink(s)}
              >
                <Icon name="close" size={14} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
