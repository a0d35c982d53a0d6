// Dot vote results: a sorted bar chart that is also a table (rank, card, dots), so the numbers are
// there for screen readers and for anyone who reads better than they compare bar lengths.
import { useId } from 'react'
import { useT } from '../i18n/I18n.tsx'
import type { VoteView } from './voteModel.ts'

export function VoteResults({ vote, limit }: { vote: VoteView; limit?: number }) {
  const t = useT()
  const captionId = useId()
  const rows = limit === undefined ? vote.results.rows : vote.results.rows.slice(0, limit)
  const title = vote.title ?? t('vote.title')
  return (
    <figure className="vote-results" aria-labelledby={captionId}>
      <figcaption id={captionId} className="vote-results-caption">
        <span>{t('vote.resultsOf', { title })}</span>
        <span className="vote-results-total">{t('vote.total', { count: vote.results.total })}</span>
      </figcaption>
      {rows.length === 0 ? (
        <p className="hint">{t('vote.noItems')}</p>
      ) : (
        <table className="vote-table">
          <thead>
            <tr>
              <th scope="col" className="vote-rank">
                {t('vote.rank')}
              </th>
              <th scope="col">{t('vote.item')}</th>
              <th scope="col" className="vote-dots-col">
                {t('vote.dotsColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.itemId}
                className={row.rank === 1 && row.votes > 0 ? 'vote-top' : undefined}
              >
                <td className="vote-rank">{row.votes > 0 ? row.rank : ''}</td>
                <th scope="row" className="vote-label">
                  {row.label === '' ? t('common.untitled') : row.label}
                </th>
                <td className="vote-dots-col">
                  <div className="vote-bar-cell">
                    <span className="vote-bar-track" aria-hidden="true">
                      <span
                        className="vote-bar"
                        style={{ width: `${Math.round(row.share * 1000) / 10}%` }}
                      />
                    </span>
                    <span className="vote-count">{row.votes}</span>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  )
}
