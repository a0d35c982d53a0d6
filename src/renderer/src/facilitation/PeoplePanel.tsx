// People in the session (everyone who joined from a device) with their role: a facilitator can
// make someone a co-facilitator or take the role back, and say which registered participant a
// person is (for "who took part" in the summary). A participant never sees these controls, and
// the model and the host refuse a grant written by a participant anyway.
import { useEffect } from 'react'
import { joinSession, setRole, type SessionPerson } from '../../../shared/model/index.ts'
import { notify } from '../app/notices.ts'
import { useOpenWorkshop, useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { FIcon } from './icons.tsx'
import { RemovePerson, refreshRemoved } from './RemovePerson.tsx'
import { useFacilitation, useSessionAct } from './useFacilitation.ts'

export function PeoplePanel() {
  const t = useT()
  const act = useSessionAct()
  const people = useFacilitation((v) => v.session.people)
  const me = useFacilitation((v) => v.session.me)
  const participants = useWorkshop((s) => s.participants)
  const { provider } = useOpenWorkshop().connection
  // Who the host keeps out (this page may have been reloaded since it removed them).
  useEffect(() => {
    void refreshRemoved(provider)
  }, [provider])
  const nameOf = (p: SessionPerson) =>
    p.name ?? participants.find((x) => x.id === p.participantId)?.name ?? t('people.unnamed')
  const sorted = [...people].sort(
    (a, b) =>
      Number(b.role !== 'participant') - Number(a.role !== 'participant') ||
      nameOf(a).localeCompare(nameOf(b)),
  )
  return (
    <div className="people-panel">
      <p className="hint">{t('people.hint')}</p>
      {sorted.length === 0 ? (
        <p className="empty small">{t('people.empty')}</p>
      ) : (
        <ul className="people-list">
          {sorted.map((p) => {
            const name = nameOf(p)
            const isMe = p.userId === me
            return (
              <li key={p.userId} className="person-row" aria-labelledby={`person-${p.userId}`}>
                <div className="person-main">
                  <span className="person-name" id={`person-${p.userId}`}>
                    {isMe ? t('people.you', { name }) : name}
                  </span>
                  <span className={`role-badge role-${p.role}`}>
                    {t(`facilitation.role.${p.role}`)}
                  </span>
                </div>
                <div className="person-actions">
                  <label className="field person-link">
                    <span className="sr-only">{t('people.registeredAs', { name })}</span>
                    <select
                      className="field-input field-select"
                      value={p.participantId ?? ''}
                      onChange={(e) =>
                        act((doc) =>
                          joinSession(
                            doc,
                            e.target.value === ''
                              ? { ...(p.name !== undefined && { name: p.name }) }
                              : {
                                  ...(p.name !== undefined && { name: p.name }),
                                  participantId: e.target.value,
                                },
                            Date.now(),
                            undefined,
                            p.userId,
                          ),
                        )
                      }
                    >
                      <option value="">{t('people.notLinked')}</option>
                      {participants.map((x) => (
                        <option key={x.id} value={x.id}>
                          {x.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  {p.role === 'participant' ? (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        const done = act((doc) => {
                          setRole(doc, p.userId, 'facilitator')
                          return true
                        })
                        if (done === true)
                          notify({ kind: 'info', key: 'people.granted', vars: { name } })
                      }}
                    >
                      <FIcon name="user" /> {t('people.makeCo')}
                    </button>
                  ) : p.role === 'facilitator' && !isMe ? (
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => act((doc) => setRole(doc, p.userId, 'participant'))}
                    >
                      {t('people.revoke')}
                    </button>
                  ) : null}
                  {!isMe && p.role !== 'owner' ? (
                    <RemovePerson userId={p.userId} name={name} />
                  ) : null}
                </div>
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
