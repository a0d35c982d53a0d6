// Responsible or partner: an ARIA 1.2 combobox over the stakeholder registry. Picking a
// stakeholder stores its id (so a renamed stakeholder stays the same party); anything typed that
// is not exactly a registry name is kept as free text (FORMAT.md allows both).
import { useId, useState, type KeyboardEvent } from 'react'
import type { Sector } from '../../../../shared/interchange/schema.ts'
import type { UiKey } from '../../../../shared/i18n/en/ui.ts'
import { useT } from '../../i18n/I18n.tsx'
import { matchParties, partyFromText, type Party } from '../parties.ts'

export type RegistryParty = Party & { sector?: Sector }

interface Props {
  id: string
  /** The text shown while the field is idle (a stakeholder's name or the free text). */
  display: string
  registry: readonly RegistryParty[]
  /** Ids not offered (partners already chosen). */
  exclude?: ReadonlySet<string>
  /** Receives a stakeholder id, free text, or undefined (cleared); returns a refusal message. */
  onCommit: (stored: string | undefined) => string | undefined
  /** Partner "add" mode: the field empties after each commit and stays focused. */
  clearAfterCommit?: boolean
  placeholder?: string
  describedBy?: string
  invalid?: boolean
  /** When no <label> names the input. */
  ariaLabel?: string
}

export function PartyCombobox(props: Props) {
  const {
    id,
    display,
    registry,
    exclude,
    onCommit,
    clearAfterCommit,
    placeholder,
    describedBy,
    invalid,
    ariaLabel,
  } = props
  const t = useT()
  const listId = useId()
  const [draft, setDraft] = useState<string | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const text = draft ?? display
  const offered = registry.filter((k) => exclude?.has(k.id) !== true)
  // While the idle text is shown, every stakeholder is offered (the field holds a choice already).
  const options = matchParties(draft === null || draft === display ? '' : draft, offered)

  const finish = (stored: string | undefined) => {
    const refused = onCommit(stored)
    if (refused !== undefined) return
    setDraft(clearAfterCommit === true ? '' : null)
    setOpen(false)
    setActive(-1)
  }
  const commitText = () => {
    setOpen(false)
    setActive(-1)
    if (draft === null) return
    if (draft === display) {
      setDraft(null)
      return
    }
    const stored = partyFromText(draft, registry)
    if (clearAfterCommit === true && stored === undefined) {
      setDraft(null)
      return
    }
    finish(stored)
  }
  const pick = (k: RegistryParty) => finish(k.id)

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault()
      if (draft === null) setDraft(display)
      if (!open) {
        setOpen(true)
        setActive(options.length > 0 ? 0 : -1)
      } else setActive((a) => Math.min(a + 1, options.length - 1))
    } else if (e.key === 'ArrowUp') {
      if (!open) return
      e.preventDefault()
      setActive((a) => Math.max(a - 1, 0))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const chosen = open && active >= 0 ? options[active] : undefined
      if (chosen !== undefined) pick(chosen)
      else commitText()
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault()
        e.stopPropagation()
        setOpen(false)
        setActive(-1)
      } else if (draft !== null && draft !== display) {
        e.preventDefault()
        e.stopPropagation()
        setDraft(clearAfterCommit === true ? '' : null)
      }
    }
  }

  const activeId =
    open && active >= 0 && active < options.length ? `${id}-opt-${active}` : undefined
  const typed = draft?.trim() ?? ''
  return (
    <div className="combo">
      <input
        id={id}
        className="field-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={describedBy}
        aria-invalid={invalid === true ? true : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onFocus={() => setDraft((d) => d ?? (clearAfterCommit === true ? '' : display))}
        onChange={(e) => {
          setDraft(e.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onBlur={commitText}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('field.registryOptions')}
        className="combo-list"
        hidden={!open || options.length === 0}
        // Focus stays in the input (aria-activedescendant names the active option); -1 only
        // makes the popup programmatically focusable, as the pattern allows.
        tabIndex={-1}
        // Keeps focus in the input while an option is clicked.
        onMouseDown={(e) => e.preventDefault()}
      >
        {open
          ? options.map((k, i) => (
              // Keyboard users choose with the arrow keys and Enter in the input (its onKeyDown):
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- options never take focus in the aria-activedescendant pattern
              <div
                key={k.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                className={i === active ? 'combo-option active' : 'combo-option'}
                onClick={() => pick(k)}
              >
                <span className="combo-name">{k.name}</span>
                {k.sector === undefined ? null : (
                  <span className={`sector-tag sector-${k.sector}`}>
                    {t(`sector.${k.sector}` satisfies UiKey)}
                  </span>
                )}
              </div>
            ))
          : null}
      </div>
      {open && options.length === 0 && typed !== '' ? (
        <p className="combo-empty" role="status">
          {t('field.noMatch', { text: typed })}
        </p>
      ) : null}
    </div>
  )
}
