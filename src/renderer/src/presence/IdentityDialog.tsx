// The small dialog that asks a browser participant for a name and a colour on first join (and
// whenever they click their own avatar). Colours are radio buttons with their names.
import { useId, useState } from 'react'
import { createPortal } from 'react-dom'
import { Dialog } from '../components/Dialog.tsx'
import { useT } from '../i18n/I18n.tsx'
import { COLOURS, NAME_MAX, identitySchema, type ColourId, type Identity } from './identity.ts'
import type { UiKey } from '../../../shared/i18n/en/ui.ts'

interface Props {
  initial: Identity
  firstJoin: boolean
  onDone: (identity: Identity) => void
  onClose: () => void
}

export function IdentityDialog({ initial, firstJoin, onDone, onClose }: Props) {
  const t = useT()
  const nameId = useId()
  const errorId = useId()
  const [name, setName] = useState(firstJoin ? '' : initial.name)
  const [colour, setColour] = useState<ColourId>(initial.colour)
  const [error, setError] = useState(false)
  const submit = () => {
    const parsed = identitySchema.safeParse({ name, colour })
    if (!parsed.success) return setError(true)
    onDone(parsed.data)
  }
  // Rendered at the end of <body>: the avatars live in the top bar, whose dark theme would
  // otherwise restyle the dialog's buttons.
  return createPortal(
    <Dialog
      title={t(firstJoin ? 'presence.identityTitle' : 'presence.changeTitle')}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary">
            {t(firstJoin ? 'presence.join' : 'common.save')}
          </button>
        </>
      }
    >
      <p className="hint">{t('presence.identityIntro')}</p>
      <label className="field-label" htmlFor={nameId}>
        {t('presence.name')}
      </label>
      <input
        id={nameId}
        className="field-input"
        value={name}
        maxLength={NAME_MAX}
        autoComplete="nickname"
        required
        aria-invalid={error}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setName(e.target.value)
          setError(false)
        }}
      />
      {error ? (
        <p id={errorId} className="identity-error" role="alert">
          {t('presence.nameRequired')}
        </p>
      ) : null}
      <fieldset className="colour-choices">
        <legend className="field-label">{t('presence.colour')}</legend>
        {COLOURS.map((c) => (
          <label key={c.id} className="colour-choice">
            <input
              type="radio"
              className="colour-swatch"
              name="presence-colour"
              value={c.id}
              checked={colour === c.id}
              style={{ background: c.hex }}
              onChange={() => setColour(c.id)}
            />
            {t(`colour.${c.id}` satisfies UiKey)}
          </label>
        ))}
      </fieldset>
    </Dialog>,
    document.body,
  )
}
