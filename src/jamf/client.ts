// Builds every request the action sends to Jamf Pro and reads what comes back.
import { basicCredentials, type HttpRequest, type HttpResponse, type HttpTransport } from '../net/http.js'
import { RequestFailedError, sendWithRetries, type Exchange, type RetryOptions } from '../net/retry.js'
import { jwtClaims, looksLikeHtml, oauthErrorCode, parseJson } from './answers.js'
import {
  clientRejected,
  JamfError,
  networkFailure,
  noAccessToken,
  noOAuthEndpoint,
  notJson,
  tokenNotAccepted,
  tokenTooLarge,
  tokenUnusable,
  unexpectedResponse,
  unreadableAnswer,
  userRejected,
  type Target
} from './errors.js'

type AuthMethod = 'client-credentials' | 'user'

export interface Token {
  token: string
  method: AuthMethod
  expiresAt: Date
  /** Whole seconds left when it was issued, as Jamf Pro counts them: the lifetime minus one. */
  expiresIn: number
  /** Seconds the token lives in all: the Access Token Lifetime of an API client. */
  lifetime: number
  /** As granted; empty for user tokens. */
  scope: string
}

interface ClientOptions extends RetryOptions {
  timeoutMs: number
  /** Given each token the moment it is read, before any check can refuse it: to mask it, and to invalidate it if refused. */
  onToken?: (token: string) => void
  /** Told what part of an answer was left out because it does not look as it should. */
  warning?: (message: string) => void
}

/** Longer than any JWT Jamf Pro issues; a larger one could not be passed to later steps (E2BIG) or kept. */
const MAX_TOKEN_LENGTH = 16 * 1024
/** What a Bearer header can carry: visible ASCII. */
const HEADER_SAFE = /^[\x21-\x7e]+$/
/** `11.16.0`, optionally with a build suffix: `11.30.2-t1785446884863`. Only the numbers are reported. */
const VERSION = /^(\d{1,4}(?:\.\d{1,6}){0,3})(?:[-+_.][\w.+-]{0,64})?$/
/** API roles as Jamf Pro grants them: `api-role:1 api-role:2`. */
const SCOPE = /^(?:[\w.:-]{1,128}(?: [\w.:-]{1,128}){0,255})?$/

export const PATHS = {
  oauthToken: '/api/oauth/token',
  oauthTokenV1: '/api/v1/oauth/token',
  userToken: '/api/v1/auth/token',
  version: '/api/v1/jamf-pro-version',
  invalidate: '/api/v1/auth/invalidate-token'
} as const

export class JamfClient {
  constructor(
    readonly url: string,
    private readonly transport: HttpTransport,
    private readonly options: ClientOptions
  ) {}

  /**
   * OAuth client credentials at the documented path, which every server with API clients has. The v1 path
   * is tried only when the documented one is missing: a 404, or (since Jamf Pro authenticates before it
   * routes) a 401/403 without an OAuth error body. An OAuth error body is a verdict: it is never re-sent.
   */
  async clientToken(clientId: string, clientSecret: string, scope: string): Promise<Token> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret
    })
    if (scope !== '') form.set('scope', scope)
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' }
    const first = await this.send('POST', PATHS.oauthToken, headers, form.toString())
    let exchange = first
    if (missingPath(first.response)) {
      this.options.debug(`no OAuth endpoint at ${PATHS.oauthToken}; trying ${PATHS.oauthTokenV1}`)
      exchange = await this.send('POST', PATHS.oauthTokenV1, headers, form.toString())
    }
    if (notOAuth(exchange.response)) throw noOAuthEndpoint(this.url, [...new Set([first, exchange])])
    const { response, target } = exchange
    if (oauthErrorCode(response) !== '') throw clientRejected(response)
    const body = this.json(exchange)
    const token = this.receive(exchange, body.access_token, () => noAccessToken(target))
    const expiresIn = body.expires_in
    if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      throw notJson(target, response, 'a token response whose expires_in is not a positive number of seconds')
    }
    const seconds = Math.floor(expiresIn)
    const expiresAt = new Date(exchange.sentAt + seconds * 1000)
    if (Number.isNaN(expiresAt.getTime())) {
      throw notJson(target, response, 'a token response whose expires_in is beyond any date')
    }
    return {
      token,
      method: 'client-credentials',
      expiresAt,
      expiresIn: seconds,
      lifetime: lifetime(token, seconds),
      scope: this.grantedScope(target, body.scope, scope)
    }
  }

  async userToken(username: string, password: string): Promise<Token> {
    const headers = { Authorization: `Basic ${basicCredentials(username, password)}` }
    const exchange = await this.send('POST', PATHS.userToken, headers, '')
    const { response, target } = exchange
    // Jamf Pro's verdict is a Jamf-shaped 401; clients read an empty one the same way. HTML is a page in between.
    if (response.status === 401 && !looksLikeHtml(response)) throw userRejected(response, username, password)
    const body = this.json(exchange)
    const token = this.receive(exchange, body.token, () =>
      notJson(target, response, 'a token response without token')
    )
    const expiresAt = parseExpires(body.expires)
    if (expiresAt === undefined) {
      throw notJson(target, response, 'a token response whose expires is not a date')
    }
    const expiresIn = Math.floor((expiresAt.getTime() - this.options.clock.now()) / 1000)
    if (expiresIn <= 0) {
      throw new JamfError(
        `Jamf Pro issued a token that expires at ${expiresAt.toISOString()}, which is already past: check the server's and the runner's clocks.`
      )
    }
    return { token, method: 'user', expiresAt, expiresIn, lifetime: lifetime(token, expiresIn), scope: '' }
  }

  /** The server's version, which any valid token may read; '' when it does not look like a version. */
  async version(token: Token): Promise<string> {
    const exchange = await this.send('GET', PATHS.version, bearer(token.token))
    const { response, target } = exchange
    if (response.status === 401) throw tokenNotAccepted(target, token.method)
    const version = this.json(exchange).version
    if (typeof version !== 'string' || version === '') throw notJson(target, response, 'no version')
    const readable = VERSION.exec(version)?.[1]
    if (readable === undefined)
      this.options.warning?.(unreadableAnswer(target, 'version', 'jamf-pro-version'))
    return readable ?? ''
  }

  async invalidate(token: string): Promise<'invalidated' | 'already-invalid'> {
    const { response, target, attempts } = await this.send('POST', PATHS.invalidate, bearer(token), '')
    if (response.status === 204 || response.status === 200) return 'invalidated'
    if (response.status === 401) return 'already-invalid'
    throw unexpectedResponse(target, response, attempts)
  }

  private async send(
    method: HttpRequest['method'],
    path: string,
    headers: Record<string, string>,
    body?: string
  ): Promise<Exchange & { target: Target }> {
    const target = { label: `${method} ${path}`, url: `${this.url}${path}` }
    const request: HttpRequest = {
      method,
      url: target.url,
      headers: { Accept: 'application/json', ...headers },
      body
    }
    try {
      return { ...(await sendWithRetries(this.transport, request, target.label, this.options)), target }
    } catch (error) {
      if (error instanceof RequestFailedError) throw networkFailure(target, error, this.options.timeoutMs)
      throw error
    }
  }

  /** The token of a token answer, handed to onToken before it is checked. */
  private receive(
    { target }: Exchange & { target: Target },
    value: unknown,
    missing: () => JamfError
  ): string {
    if (typeof value !== 'string' || value === '') throw missing()
    this.options.onToken?.(value)
    if (value.length > MAX_TOKEN_LENGTH) throw tokenTooLarge(target, MAX_TOKEN_LENGTH)
    if (!HEADER_SAFE.test(value)) throw tokenUnusable(target)
    return value
  }

  /** The scope granted, as the answer gives it when it looks like API roles; else what was asked for. */
  private grantedScope(target: Target, granted: unknown, asked: string): string {
    if (typeof granted !== 'string') return asked
    if (SCOPE.test(granted)) return granted
    this.options.warning?.(unreadableAnswer(target, 'scope', 'scope'))
    return ''
  }

  /** A 200 JSON object, or the one-line reason why the answer is not that. */
  private json({ response, target, attempts }: Exchange & { target: Target }): Record<string, unknown> {
    if (response.status !== 200) throw unexpectedResponse(target, response, attempts)
    const body = parseJson(response.body)
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw notJson(target, response)
    return body as Record<string, unknown>
  }
}

/**
 * No such path on this server: a 404, or a 401 that is not an OAuth verdict (Jamf Pro authenticates before it
 * routes, so a path it lacks answers 401). Only then is the other OAuth path worth asking.
 */
function missingPath(response: HttpResponse): boolean {
  return response.status === 404 || (response.status === 401 && oauthErrorCode(response) === '')
}

/** Not an OAuth endpoint's answer: the above, or a 403 from something in between (a firewall, a proxy). */
function notOAuth(response: HttpResponse): boolean {
  return missingPath(response) || (response.status === 403 && oauthErrorCode(response) === '')
}

/**
 * `exp - iat` of a JWT when it has them and they agree with `expires_in` (a fresh token); otherwise the seconds
 * left plus the one Jamf Pro's count drops (a 600 s client answers `expires_in: 599`), so that a min-lifetime
 * equal to the lifetime passes.
 */
function lifetime(token: string, expiresIn: number): number {
  const claims = jwtClaims(token)
  const span = Number(claims?.exp) - Number(claims?.iat)
  return Number.isInteger(span) && span > 0 && span <= expiresIn + 2 ? span : expiresIn + 1
}

function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

/**
 * Jamf Pro writes `2022-01-24T21:35:20.373Z`, but tools report other fractional digits and offsets;
 * a time without an offset is UTC. The old epoch-milliseconds form is accepted too.
 */
export function parseExpires(value: unknown): Date | undefined {
  if (typeof value === 'number') return value > 0 ? validDate(new Date(value)) : undefined
  if (typeof value !== 'string') return undefined
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    value.trim()
  )
  if (!match) return undefined
  const [, date, hm, seconds = ':00', fraction = '', zone = 'Z'] = match
  const millis = (fraction.slice(1) + '000').slice(0, 3)
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`
  return validDate(new Date(`${date}T${hm}${seconds}.${millis}${offset}`))
}

function validDate(date: Date): Date | undefined {
  return Number.isNaN(date.getTime()) ? undefined : date
}
