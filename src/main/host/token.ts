// Join tokens: short codes a participant can read off a projector and type. Crockford base32
// (no I, L, O, U), 8 characters = 40 random bits; typed input is normalised so that "o" reads as
// 0 and "i"/"l" as 1, and dashes or spaces are ignored.
import { randomInt, timingSafeEqual, createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const TOKEN_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const TOKEN_LENGTH = 8

export function generateToken(): string {
  let out = ''
  for (let i = 0; i < TOKEN_LENGTH; i++) out += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)]
  return out
}

export function normalizeToken(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}

/** A token chosen by the caller must be typeable and long enough to resist guessing. */
export function checkTokenChoice(token: string): string {
  const normal = normalizeToken(token)
  if (
    normal.length < TOKEN_LENGTH ||
    normal.length > 128 ||
    ![...normal].every((c) => TOKEN_ALPHABET.includes(c))
  ) {
    throw new Error(
      `Join token "${token}" is not usable: use at least ${TOKEN_LENGTH} characters from ${TOKEN_ALPHABET}`,
    )
  }
  return normal
}

/** Constant-time equality: both sides are hashed first so that length does not leak either. */
export function tokenMatches(candidate: string, expected: string): boolean {
  const a = createHash('sha256').update(normalizeToken(candidate)).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

export function cookieName(port: number): string {
  // Cookies ignore ports: two sessions on one machine (or tests) must not overwrite each other.
  return `tavolo_token_${port}`
}

export type PresentedToken = { value: string; via: 'query' | 'header' | 'cookie' }

/** Every token the request presents, in order of preference. */
export function presentedTokens(req: IncomingMessage, url: URL, port: number): PresentedToken[] {
  const found: PresentedToken[] = []
  for (const value of url.searchParams.getAll('token')) found.push({ value, via: 'query' })
  const auth = req.headers.authorization
  if (auth !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth)
    if (match?.[1] !== undefined) found.push({ value: match[1], via: 'header' })
  }
  const name = cookieName(port)
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      found.push({ value: part.slice(eq + 1).trim(), via: 'cookie' })
    }
  }
  return found
}

export function sessionCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`
}
