// Facilitator only: remove a person from the session (all their tabs and devices), or let them
// back in. The host does it, after checking that the request comes from a facilitator's own
// connection, and keeps them out while it runs (their page stops reconnecting; a reload is
// refused at the handshake). The host is the one that enforces it and knows who is out: the
// People tab asks it when it opens (a reloaded facilitator page), and a restarted host starts
// with nobody removed.
import { useId, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import { create } from 'zustand'
import type { AdminRequest } from '../../../shared/model/index.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'
import { notify } from '../app/notices.ts'
import { useOpenWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { sendAdmin } from '../sync/hostAdmin.ts'

const useRemoved = create<{ ids: ReadonlySet<string> }>(() => ({ ids: new Set() }))

/** Asks the host who is kept out now; offline, the page keeps what it knew. */
export async function refreshRemoved(provider: WebsocketProvider): Promise<void> {
  try {
    const reply = await sendAdmin(provider, { op: 'removed' })
    if (reply.ok && reply.op === 'removed') useRemoved.setState({ ids: new Set(reply.userIds) })
  } catch {
    // Not connected or no answer: nothing to correct.
  }
}

function markRemoved(userId: string, removed: boolean): void {
  const ids = new Set(useRemoved.getState().ids)
  if (removed) ids.add(userId)
  else ids.delete(userId)
  useRemoved.setState({ ids })
}

export function RemovePerson({ userId, name }: { userId: string; name: string }) {
  const t = useT()
  const open = useOpenWorkshop()
  const [confirming, setConfirming] = useState(false)
  const isRemoved = useRemoved((s) => s.ids.has(userId))
  const noteId = useId()

  const ask = async (
    request: AdminRequest & { userId: string },
    done: UiKey,
    failed: UiKey,
  ): Promise<boolean> => {
    try {
      const reply = await sendAdmin(open.connection.provider, request)
      if (reply.ok) {
        notify({ kind: 'info', key: done, vars: { name } })
        return true
      }
      notify({ kind: 'error', key: failed, vars: { name, reason: reply.reason } })
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err)
      notify({ kind: 'error', key: failed, vars: { name, reason } })
    }
    return false
  }
  const remove = async () => {
    setConfirming(false)
    if (await ask({ op: 'remove', userId }, 'people.removed', 'people.removeFailed'))
      markRemoved(userId, true)
  }
  const readmit = async () => {
    if (await ask({ op: 'readmit', userId }, 'people.readmitted', 'people.readmitFailed'))
      markRemoved(userId, false)
  }

  if (isRemoved)
    return (
      <span className="person-remove">
        <span className="role-badge role-removed">{t('people.isRemoved')}</span>
        <button type="button" className="button button-small" onClick={() => void readmit()}>
          {t('people.readmit', { name })}
        </button>
      </span>
    )
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
