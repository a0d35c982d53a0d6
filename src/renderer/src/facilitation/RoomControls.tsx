// The facilitator's controls of the room: lock the board on screen, "follow me", the spotlight,
// private writing and anonymity. Each is a switch with its state in words.
import type { ReactNode } from 'react'
import {
  lockBoard,
  revealPrivateCards,
  setAnonymous,
  setFollow,
  setPrivateWriting,
  setSpotlight,
  stopFollow,
  unlockBoard,
} from '../../../shared/model/index.ts'
import { notify } from '../app/notices.ts'
import { useWorkshop } from '../doc/context.tsx'
import { itemsOf } from '../doc/projection.ts'
import { useT } from '../i18n/I18n.tsx'
import { FIcon, type FacilitationIconName } from './icons.tsx'
import { itemLabel } from './itemLabel.ts'
import { useFacilitation, useFacilitationRuntime, useSessionAct } from './useFacilitation.ts'

export function Switch({
  checked,
  onChange,
  icon,
  children,
  hint,
}: {
  checked: boolean
  onChange: (next: boolean) => void
  icon: FacilitationIconName
  children: ReactNode
  hint?: string
}) {
  return (
    <div className="switch-row">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        className="switch"
        onClick={() => onChange(!checked)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <FIcon name={icon} />
        <span className="switch-label">{children}</span>
      </button>
      {hint === undefined ? null : <p className="hint switch-hint">{hint}</p>}
    </div>
  )
}

export function BoardControls({ boardId }: { boardId: string }) {
  const t = useT()
  const act = useSessionAct()
  const { doc } = useFacilitationRuntime()
  const locked = useFacilitation((v) => v.session.locks[boardId]?.locked === true)
  const follow = useFacilitation((v) => v.session.follow)
  const spotlight = useFacilitation((v) => v.session.spotlight?.itemId)
  const items = useWorkshop((s) => itemsOf(s, boardId))
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const leading = follow !== undefined && follow.facilitatorClientId === doc.clientID
  const cards = [
    ...items.filter((i) => i.type !== 'relation').map((i) => ({ id: i.id, label: itemLabel(i) })),
    ...stakeholders.filter((k) => k.boardId === boardId).map((k) => ({ id: k.id, label: k.name })),
  ]
  const spotOnBoard = spotlight !== undefined && cards.some((c) => c.id === spotlight)
  return (
    <div className="control-group">
      <Switch
        checked={locked}
        icon={locked ? 'lock' : 'unlock'}
        hint={t('lock.hint')}
        onChange={(on) => act((d) => (on ? lockBoard(d, boardId) : unlockBoard(d, boardId)))}
      >
        {t('lock.locked')}
      </Switch>
      <Switch
        checked={leading}
        icon="follow"
        hint={t('follow.hint')}
        onChange={(on) => act((d) => (on ? setFollow(d, { boardId }) : stopFollow(d)))}
      >
        {t('follow.start')}
      </Switch>
      <label className="field">
        <span className="field-label">
          <FIcon name="spotlight" /> {t('spotlight.choose')}
        </span>
        <select
          className="field-input field-select"
          value={spotOnBoard ? spotlight : ''}
          onChange={(e) =>
            act((d) => setSpotlight(d, e.target.value === '' ? null : e.target.value))
          }
        >
          <option value="">{t('spotlight.none')}</option>
          {cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label.length > 70 ? `${c.label.slice(0, 69)}…` : c.label || t('common.untitled')}
            </option>
          ))}
        </select>
        <span className="hint">{t('spotlight.hint')}</span>
      </label>
    </div>
  )
}

export function SessionToggles() {
  const t = useT()
  const act = useSessionAct()
  const anonymous = useFacilitation((v) => v.session.anonymous.on)
  const privateOn = useFacilitation((v) => v.session.privateWriting.on)
  const hidden = useFacilitation((v) => Object.values(v.hidden).reduce((a, b) => a + b, 0))
  return (
    <div className="control-group">
      <Switch
        checked={privateOn}
        icon="eyeOff"
        onChange={(on) => act((d) => setPrivateWriting(d, on))}
      >
        {t('privacy.private')}
      </Switch>
      {hidden > 0 ? (
        <button
          type="button"
          className="button button-small reveal-all"
          onClick={() => {
            const n = act((d) => revealPrivateCards(d))
            if (n !== undefined)
              notify({ kind: 'info', key: 'privacy.revealed', vars: { count: n } })
          }}
        >
          <FIcon name="eye" /> {t('privacy.reveal', { count: hidden })}
        </button>
      ) : null}
      <Switch
        checked={anonymous}
        icon="user"
        hint={t('privacy.anonymousHint')}
        onChange={(on) => act((d) => setAnonymous(d, on))}
      >
        {t('privacy.anonymous')}
      </Switch>
    </div>
  )
}
