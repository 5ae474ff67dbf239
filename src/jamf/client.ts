// Builds every request the action sends to Jamf Pro and reads what comes back.
import {
  credentialsRejected,
  JamfError,
  networkFailure,
  notJson,
  oauthNotFound,
  parseJsonOrUndefined,
  unexpectedResponse,
  userRejected,
  type Target
} from './errors.js'
import type { HttpRequest, HttpTransport } from '../net/http.js'
import { RequestFailedError, sendWithRetries, type Exchange, type RetryOptions } from '../net/retry.js'
import { basicCredentials } from '../secrets.js'

export type AuthMethod = 'client-credentials' | 'user'

export interface Token {
  token: string
  method: AuthMethod
  expiresAt: Date
  /** Whole seconds left when it was issued. */
  expiresIn: number
  /** As granted; empty for user tokens. */
  scope: string
}

export interface ClientOptions extends RetryOptions {
  timeoutMs: number
}

export const PATHS = {
  oauthToken: '/api/v1/oauth/token',
  legacyOauthToken: '/api/oauth/token',
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

  /** OAuth client credentials: the v1 path first; older servers know only /api/oauth/token. */
  async clientToken(clientId: string, clientSecret: string, scope: string): Promise<Token> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret
    })
    if (scope !== '') form.set('scope', scope)
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' }
    let exchange = await this.send('POST', PATHS.oauthToken, headers, form.toString())
    if (exchange.response.status === 404) {
      this.options.debug(`${PATHS.oauthToken} not found; trying ${PATHS.legacyOauthToken}`)
      exchange = await this.send('POST', PATHS.legacyOauthToken, headers, form.toString())
      if (exchange.response.status === 404) throw oauthNotFound(this.url)
    }
    const { response, target } = exchange
    if (response.status === 400 || response.status === 401) throw credentialsRejected(response)
    const body = this.json(exchange)
    const token = body.access_token
    if (typeof token !== 'string' || token === '') {
      throw notJson(target, response, 'a token response without access_token (is the API client disabled?)')
    }
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
      scope: typeof body.scope === 'string' ? body.scope : scope
    }
  }

  async userToken(username: string, password: string): Promise<Token> {
    const headers = { Authorization: `Basic ${basicCredentials(username, password)}` }
    const exchange = await this.send('POST', PATHS.userToken, headers, '')
    const { response, target } = exchange
    if (response.status === 401) throw userRejected(response, username)
    const body = this.json(exchange)
    if (typeof body.token !== 'string' || body.token === '') {
      throw notJson(target, response, 'a token response without token')
    }
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
    return { token: body.token, method: 'user', expiresAt, expiresIn, scope: '' }
  }

  /** The server's version, which any valid token may read; the part before '-' is the semantic version. */
  async version(token: string): Promise<string> {
    const exchange = await this.send('GET', PATHS.version, bearer(token))
    const { response, target } = exchange
    if (response.status === 401) {
      throw new JamfError(
        `Jamf Pro does not accept the token it just issued (HTTP 401 on ${target.label}): ` +
          'url may reach a different server than the one that issued it, e.g. through a proxy or load balancer. Check url.',
        401
      )
    }
    const version = this.json(exchange).version
    if (typeof version !== 'string' || version === '') throw notJson(target, response, 'no version')
    return version.split('-')[0]
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

  /** A 200 JSON object, or the one-line reason why the answer is not that. */
  private json({ response, target, attempts }: Exchange & { target: Target }): Record<string, unknown> {
    if (response.status !== 200) throw unexpectedResponse(target, response, attempts)
    const body = parseJsonOrUndefined(response.body)
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw notJson(target, response)
    return body as Record<string, unknown>
  }
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
