// Mounted once per open workshop: the "Add to action plan" dialog for the item a card menu asked
// for, and the keyboard shortcut P on a focused card or list row of the board on screen.
import { useEffect, useMemo } from 'react'
import { useWorkshop } from '../doc/context.tsx'
import { useT } from '../i18n/I18n.tsx'
import { notify } from '../app/notices.ts'
import { isTextEntry } from '../components/keys.ts'
import { planDocument } from './planDocument.ts'
import { DraftError } from '../../../shared/actionPlan/draft.ts'
import { PromoteError, previewPromotion } from './promote.ts'
import { closePromote, requestPromote, usePromote } from './promoteStore.ts'
import { PromoteDialog } from './PromoteDialog.tsx'

/** The element of a card or a list row whose item P promotes. */
const ITEM_SELECTOR = '[data-card-id], [data-row-id]'

export function PromoteHost() {
  const t = useT()
  const itemId = usePromote((s) => s.itemId)
  const info = useWorkshop((s) => s.info)
  const boards = useWorkshop((s) => s.boards)
  const items = useWorkshop((s) => s.items)
  const stakeholders = useWorkshop((s) => s.stakeholders)
  const objectives = useWorkshop((s) => s.objectives)
  const actions = useWorkshop((s) => s.actions)

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'p' && e.key !== 'P') return
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTextEntry(e.target)) return
      if (!(e.target instanceof Element)) return
      // Not from inside a dialog or menu (a card's menu is inside the card).
      if (e.target.closest('dialog, [role="menu"]') !== null) return
      const id =
        e.target.closest(ITEM_SELECTOR)?.getAttribute('data-card-id') ??
        e.target.closest(ITEM_SELECTOR)?.getAttribute('data-row-id')
      if (id === null || id === undefined) return
      e.preventDefault()
      requestPromote(id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  // Computed when the dialog opens (and kept while it is open unless the item itself changes).
  const preview = useMemo(() => {
    if (itemId === null) return null
    const boardId =
      boards.find((b) => (items[b.id] ?? []).some((i) => i.id === itemId))?.id ??
      stakeholders.find((k) => k.id === itemId)?.boardId
    // A registry stakeholder on no map has no board to cite as a source.
    if (boardId === undefined) return { error: t('promote.notOnBoard') }
    try {
      const doc = planDocument({ info, boards, items, stakeholders, objectives, actions })
      return { preview: previewPromotion(doc, { boardId, itemId }) }
    } catch (err) {
      if (err instanceof PromoteError || err instanceof DraftError) return { error: err.message }
      throw err
    }
  }, [itemId, info, boards, items, stakeholders, objectives, actions, t])

  useEffect(() => {
    if (preview !== null && 'error' in preview && preview.error !== undefined) {
      notify({ kind: 'error', key: 'promote.cannot', vars: { message: preview.error } })
      closePromote()
    }
  }, [preview])

  if (preview === null || !('preview' in preview) || preview.preview === undefined) return null
  return <PromoteDialog key={itemId} preview={preview.preview} onClose={closePromote} />
}
