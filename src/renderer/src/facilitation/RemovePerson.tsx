// Facilitator only: disconnect a person from the session (all their tabs and devices). The host
// does it, after checking that the request comes from a facilitator's own connection. Not a ban:
// the join code still works for them, so the note says that a new join code keeps them out.
import { useId, useState } from 'react'
import { notify } from '../app/notices.ts'
import { useOpenWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { sendAdmin } from '../sync/hostAdmin.ts'

export function RemovePerson({ userId, name }: { userId: string; name: string }) {
  const t = useT()
  const open = useOpenWorkshop()
  const [confirming, setConfirming] = useState(false)
  const noteId = useId()
  const remove = async () => {
    setConfirming(false)
    try {
      const reply = await sendAdmin(open.connection.provider, { op: 'remove', userId })
      if (reply.ok) notify({ kind: 'info', key: 'people.removed', vars: { name } })
      else
        notify({ kind: 'error', key: 'people.removeFailed', vars: { name, reason: reply.reason } })
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err)
      notify({ kind: 'error', key: 'people.removeFailed', vars: { name, reason } })
    }
  }
  if (!confirming)
    return (
      <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
        {t('people.remove')}
      </button>
    )
  return (
    <span className="person-remove">
      <span className="hint" id={noteId}>
        {t('people.removeNote', { name })}
      </span>
      <button
        type="button"
        className="button button-small button-danger"
        aria-describedby={noteId}
        onClick={() => void remove()}
      >
        {t('people.removeConfirm', { name })}
      </button>
      <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
        {t('joinDialog.cancel')}
      </button>
    </span>
  )
}
