// Who is here, in the top bar: this person's own avatar (a button to change name and colour)
// and everyone else's, facilitators first. Each avatar shows initials on the person's colour and
// carries the full name and role as text. A browser participant is asked for a name once, on
// first join; the answer is remembered in this browser.
import { useEffect, useState } from 'react'
import { useOpenWorkshop, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { IdentityDialog } from './IdentityDialog.tsx'
import { colourHex, defaultColour, loadIdentity, saveIdentity, type Identity } from './identity.ts'
import { initials, type PresenceRole } from './presenceState.ts'
import { usePresence } from './presenceStore.ts'
import { useFacilitation } from '../facilitation/useFacilitation.ts'
import './presence.css'

const SHOWN = 6

export function PresenceAvatars() {
  const t = useT()
  const open = useOpenWorkshop()
  const group = open.connection.presence
  const users = usePresence((v) => v.users)
  const facilitatorName = useWorkshop((s) => s.info.facilitator)
  // Browser participants and desktop apps that joined someone else's session take part; the
  // desktop app hosting the workshop is the facilitator's.
  const participant = open.session.mode === 'browser' || open.session.peerRoom !== undefined
  // A facilitator of the session (facilitator link, or a role handed on) shows as one.
  const facilitating = useFacilitation((v) => v.session.role !== 'participant')
  const role: PresenceRole = participant && !facilitating ? 'participant' : 'facilitator'
  const [chosen, setChosen] = useState<Identity | null>(() => loadIdentity())
  const [asking, setAsking] = useState(() => chosen === null && participant)
  const fallbackName =
    role === 'facilitator' ? (facilitatorName ?? t('presence.facilitator')) : t('presence.guest')
  const me: Identity = chosen ?? {
    name: fallbackName.slice(0, 40),
    colour: defaultColour(group.clientID),
  }

  useEffect(() => {
    group.setLocalStateField('user', { name: me.name, colour: me.colour, role })
  }, [group, me.name, me.colour, role])

  const roleName = (r: PresenceRole) =>
    t(r === 'facilitator' ? 'presence.facilitator' : 'presence.participant')
  const shown = users.slice(0, SHOWN)
  const more = users.length - shown.length
  return (
    <div className="presence" role="group" aria-label={t('presence.here')}>
      <button
        type="button"
        className="avatar avatar-self"
        style={{ background: colourHex(me.colour) }}
        aria-label={t('presence.change', { name: me.name })}
        title={t('presence.you', { name: me.name })}
        onClick={() => setAsking(true)}
      >
        {initials(me.name)}
      </button>
      {users.length === 0 ? null : (
        <ul className="presence-list">
          {shown.map((u) => {
            const label = t('presence.person', { name: u.name, role: roleName(u.role) })
            return (
              <li key={u.clientId}>
                <span
                  className={u.role === 'facilitator' ? 'avatar avatar-facilitator' : 'avatar'}
                  style={{ background: colourHex(u.colour) }}
                  title={label}
                >
                  <span aria-hidden="true">{initials(u.name)}</span>
                  <span className="sr-only">{label}</span>
                </span>
              </li>
            )
          })}
          {more > 0 ? (
            <li>
              <span
                className="avatar avatar-more"
                title={users
                  .slice(SHOWN)
                  .map((u) => u.name)
                  .join(', ')}
              >
                <span aria-hidden="true">+{more}</span>
                <span className="sr-only">{t('presence.more', { count: more })}</span>
              </span>
            </li>
          ) : null}
        </ul>
      )}
      {asking ? (
        <IdentityDialog
          initial={me}
          firstJoin={chosen === null && participant}
          onDone={(identity) => {
            saveIdentity(identity)
            setChosen(identity)
            setAsking(false)
          }}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </div>
  )
}
