// The facilitator's dot vote on the board on screen: open it (dots per person, stacking, an
// optional question), follow how many have voted, reveal, close (which writes each story's
// votes), and vote for people in the room without a device (proxy voters).
import { useId, useState } from 'react'
import {
  MAX_DOTS,
  addProxyVoter,
  closeVote,
  openVote,
  removeProxyVoter,
  revealVote,
} from '../../../shared/model/index.ts'
import { ConfirmDialog } from '../components/Dialog.tsx'
import { useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { FIcon } from './icons.tsx'
import { useFacilitation, useFacilitationRuntime, useSessionAct } from './useFacilitation.ts'
import { VoteResults } from './VoteResults.tsx'

export function VotePanel({ boardId, boardTitle }: { boardId: string; boardTitle: string }) {
  const t = useT()
  const act = useSessionAct()
  const open = useFacilitation((v) => v.votes[boardId])
  const latest = useFacilitation((v) => v.latest[boardId])
  const [closing, setClosing] = useState(false)
  const [newVote, setNewVote] = useState(false)
  const vote = open ?? latest
  return (
    <div className="vote-panel">
      {vote === undefined || (newVote && open === undefined) ? (
        <OpenVoteForm
          boardId={boardId}
          boardTitle={boardTitle}
          onOpened={() => setNewVote(false)}
        />
      ) : (
        <>
          <div className="vote-status">
            <span className={`vote-phase phase-${vote.phase}`}>
              {t(`vote.status.${vote.phase}`)}
            </span>
            {vote.title === undefined ? null : <strong>{vote.title}</strong>}
            <span className="hint">
              {t('vote.dots')}: {vote.dotsPerPerson} · {t('vote.voters', { count: vote.voters })}
            </span>
          </div>
          <div className="button-row">
            {vote.open && !vote.revealed ? (
              <button
                type="button"
                className="button button-primary"
                onClick={() => act((doc) => revealVote(doc, vote.voteId))}
              >
                <FIcon name="eye" /> {t('vote.reveal')}
              </button>
            ) : null}
            {vote.open ? (
              <button type="button" className="button" onClick={() => setClosing(true)}>
                <FIcon name="check" /> {t('vote.close')}
              </button>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => setNewVote(true)}
              >
                <FIcon name="dot" /> {t('vote.new')}
              </button>
            )}
          </div>
          {vote.open && !vote.revealed ? <p className="hint">{t('vote.facilitatorOnly')}</p> : null}
          <VoteResults vote={vote} />
          {vote.open ? <ProxyVoters boardId={boardId} /> : null}
        </>
      )}
      {closing && open !== undefined ? (
        <ConfirmDialog
          title={t('vote.closeTitle')}
          body={t('vote.closeBody')}
          confirmLabel={t('vote.close')}
          onConfirm={() => act((doc) => closeVote(doc, open.voteId))}
          onClose={() => setClosing(false)}
        />
      ) : null}
    </div>
  )
}

function OpenVoteForm({
  boardId,
  boardTitle,
  onOpened,
}: {
  boardId: string
  boardTitle: string
  onOpened: () => void
}) {
  const t = useT()
  const act = useSessionAct()
  const [title, setTitle] = useState('')
  const [dots, setDots] = useState('3')
  const [stacking, setStacking] = useState(false)
  const n = Number(dots)
  const valid = Number.isInteger(n) && n >= 1 && n <= MAX_DOTS
  return (
    <form
      className="vote-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (!valid) return
        const trimmed = title.trim()
        const id = act((doc) =>
          openVote(doc, {
            boardId,
            dotsPerPerson: n,
            allowStacking: stacking,
            ...(trimmed !== '' && { title: trimmed }),
          }),
        )
        if (id !== undefined) onOpened()
      }}
    >
      <h3 className="panel-section-title">{t('vote.openOn', { board: boardTitle })}</h3>
      <label className="field">
        <span className="field-label">{t('vote.question')}</span>
        <input
          className="field-input"
          maxLength={200}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('vote.dots')}</span>
        <input
          className="field-input field-narrow"
          type="number"
          min={1}
          max={MAX_DOTS}
          value={dots}
          onChange={(e) => setDots(e.target.value)}
        />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={stacking} onChange={(e) => setStacking(e.target.checked)} />
        {t('vote.stacking')}
      </label>
      <button type="submit" className="button button-primary" disabled={!valid}>
        <FIcon name="dot" /> {t('vote.open')}
      </button>
    </form>
  )
}

function ProxyVoters({ boardId }: { boardId: string }) {
  const t = useT()
  const act = useSessionAct()
  const runtime = useFacilitationRuntime()
  const proxies = useFacilitation((v) => v.session.proxies)
  const actingFor = useFacilitation((v) => v.actingFor)
  const vote = useFacilitation((v) => v.votes[boardId])
  const participants = useWorkshop((s) => s.participants)
  const [name, setName] = useState('')
  const [participantId, setParticipantId] = useState('')
  const titleId = useId()
  const add = () => {
    const chosen = participants.find((p) => p.id === participantId)
    const who = name.trim() !== '' ? name.trim() : chosen?.name
    if (who === undefined) return
    const id = act((doc) => addProxyVoter(doc, who, chosen?.id))
    if (id !== undefined) {
      setName('')
      setParticipantId('')
      runtime.setActingFor(id)
    }
  }
  return (
    <section className="proxy-voters" aria-labelledby={titleId}>
      <h3 id={titleId} className="panel-section-title">
        {t('vote.proxies')}
      </h3>
      <label className="field">
        <span className="field-label">{t('vote.votingFor')}</span>
        <select
          className="field-input field-select"
          value={actingFor ?? ''}
          onChange={(e) => runtime.setActingFor(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">{t('vote.myself')}</option>
          {proxies.map((p) => (
            <option key={p.id} value={p.id}>
              {p.proxyFor}
            </option>
          ))}
        </select>
      </label>
      {vote !== undefined && vote.voter.kind === 'proxy' ? (
        <p className="proxy-status" role="status">
          {t('vote.forProxy', {
            count: vote.remaining,
            total: vote.dotsPerPerson,
            name: vote.voter.name,
          })}
        </p>
      ) : null}
      {proxies.length === 0 ? null : (
        <ul className="proxy-list">
          {proxies.map((p) => (
            <li key={p.id}>
              <span>{p.proxyFor}</span>
              <button
                type="button"
                className="icon-button"
                aria-label={t('vote.removeProxy', { name: p.proxyFor })}
                onClick={() => {
                  if (actingFor === p.id) runtime.setActingFor(null)
                  act((doc) => removeProxyVoter(doc, p.id))
                }}
              >
                <FIcon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="proxy-add"
        onSubmit={(e) => {
          e.preventDefault()
          add()
        }}
      >
        <label className="field">
          <span className="field-label">{t('vote.proxyName')}</span>
          <input
            className="field-input"
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {participants.length === 0 ? null : (
          <label className="field">
            <span className="field-label">{t('vote.proxyParticipant')}</span>
            <select
              className="field-input field-select"
              value={participantId}
              onChange={(e) => setParticipantId(e.target.value)}
            >
              <option value="">{t('common.choose')}</option>
              {participants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button
          type="submit"
          className="button"
          disabled={name.trim() === '' && participantId === ''}
        >
          <FIcon name="plus" /> {t('vote.addProxy')}
        </button>
      </form>
      <p className="hint">{t('vote.proxiesHint')}</p>
    </section>
  )
}
