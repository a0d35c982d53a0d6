// A join link as the facilitator shows it (`http://192.168.1.20:4000/?token=ABCD2345`, from the
// QR code or typed off the projector), read into the host's address and the join code. Typed
// links may lack the scheme; anything else is refused with a message that says what is wrong.
export interface JoinLink {
  /** `http://HOST:PORT` */
  origin: string
  /** `ws://HOST:PORT` */
  wsOrigin: string
  token: string
}

export class JoinLinkError extends Error {
  override name = 'JoinLinkError'
}

export function parseJoinLink(text: string): JoinLink {
  const trimmed = text.trim()
  if (trimmed === '')
    throw new JoinLinkError('The join link is empty: paste the link the facilitator shows.')
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    throw new JoinLinkError(
      `"${trimmed}" is not a link: it should look like http://192.168.1.20:4000/?token=ABCD2345`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new JoinLinkError(`A join link starts with http:// or https://, not ${url.protocol}//`)
  }
  const token = url.searchParams.get('token')?.trim() ?? ''
  if (token === '')
    throw new JoinLinkError(
      'The join link has no join code (the "?token=…" part): copy the whole link.',
    )
  if (url.username !== '' || url.password !== '')
    throw new JoinLinkError('A join link carries no user name or password.')
  return {
    origin: url.origin,
    wsOrigin: `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`,
    token,
  }
}
