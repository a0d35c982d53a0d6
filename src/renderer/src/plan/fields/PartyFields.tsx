// The responsible party (one) and the partners (a list) of an action, both picked from the
// stakeholder registry or typed.
import { useT } from '../../i18n/I18n.tsx'
import { Icon } from '../../components/Icon.tsx'
import { partyView } from '../parties.ts'
import { FieldShell, describedBy, fieldName } from './FieldShell.tsx'
import { PartyCombobox, type RegistryParty } from './PartyCombobox.tsx'

interface ResponsibleProps {
  id: string
  context: string
  value: string | undefined
  registry: readonly RegistryParty[]
  onChange: (value: string | undefined) => string | undefined
}

export function ResponsibleField({ id, context, value, registry, onChange }: ResponsibleProps) {
  const t = useT()
  const view = value === undefined ? undefined : partyView(value, registry)
  const hint =
    view === undefined
      ? t('field.comboHint')
      : view.stakeholderId !== undefined
        ? t('field.inRegistry')
        : t('field.freeText')
  return (
    <FieldShell id={id} label={t('field.responsible')} context={context} hint={hint}>
      <PartyCombobox
        id={id}
        ariaLabel={fieldName(t('field.responsible'), context)}
        display={view?.label ?? ''}
        registry={registry}
        placeholder={t('field.partyPlaceholder')}
        describedBy={describedBy(id, hint, undefined)}
        onCommit={(stored) => (stored === value ? undefined : onChange(stored))}
      />
    </FieldShell>
  )
}

interface PartnersProps {
  id: string
  context: string
  value: readonly string[] | undefined
  registry: readonly RegistryParty[]
  onChange: (value: string[] | undefined) => string | undefined
}

export function PartnersField({ id, context, value, registry, onChange }: PartnersProps) {
  const t = useT()
  const partners = value ?? []
  const chosen = new Set(partners)
  const remove = (index: number) => {
    const next = partners.filter((_, i) => i !== index)
    onChange(next.length === 0 ? undefined : next)
    // The chip's button is gone: keep the person in the field instead of at the page top.
    document.getElementById(id)?.focus()
  }
  const hint = t('field.comboHint')
  return (
    <fieldset className="field plan-field partners-field">
      <legend className="field-label">
        {t('field.partners')}
        <span className="sr-only">, {context}</span>
      </legend>
      {partners.length === 0 ? (
        <p className="hint partners-none">{t('field.noPartners')}</p>
      ) : (
        <ul className="chip-list partner-chips">
          {partners.map((p, i) => {
            const view = partyView(p, registry)
            return (
              // A free-text partner may repeat a name; position keeps keys unique.
              <li
                key={`${i}-${p}`}
                className={
                  view.stakeholderId === undefined
                    ? 'chip partner-chip'
                    : 'chip partner-chip chip-registry'
                }
              >
                <span
                  title={
                    view.stakeholderId === undefined ? t('field.freeText') : t('field.inRegistry')
                  }
                >
                  {view.label}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('field.removePartner', { name: view.label })}
                  onClick={() => remove(i)}
                >
                  <Icon name="close" size={12} />
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <PartyCombobox
        id={id}
        ariaLabel={fieldName(t('field.addPartner'), context)}
        display=""
        registry={registry}
        exclude={chosen}
        clearAfterCommit
        placeholder={t('field.addPartner')}
        describedBy={`${id}-hint`}
        onCommit={(stored) => {
          if (stored === undefined || chosen.has(stored)) return undefined
          return onChange([...partners, stored])
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
    </fieldset>
  )
}
