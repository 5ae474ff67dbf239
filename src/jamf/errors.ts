// Turns every failure into one line that says what happened and what to do, in Jamf Pro terms.
import { errorCode, header, secondsText, type HttpResponse } from '../net/http.js'
import { isRetryableStatus, RequestFailedError } from '../net/retry.js'
import { proxyFailure } from '../net/tunnel.js'
import { redact } from '../secrets.js'
import { jamfErrorCodes, looksLikeHtml, oauthErrorCode } from './answers.js'

/** A failure whose message is ready for the user. `status` is the HTTP status, when there was one. */
export class JamfError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'JamfError'
  }
}

const ROOT_URL_HINT = 'url is the root of the Jamf Pro server, e.g. https://yourorg.jamfcloud.com'
const CLIENT_SETTINGS = 'Settings > System > API roles and clients > API Clients'

/** What a request is, for messages: `POST /api/v1/oauth/token`. Never with a query. */
export interface Target {
  label: string
  url: string
}

function attemptsText(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} attempts` : ''
}

/**
 * Answers that mean the same whichever endpoint gave them: redirects, wrong paths, throttling and outages
 * (their HTML error pages included), login pages.
 */
export function unexpectedResponse(target: Target, response: HttpResponse, attempts: number): JamfError {
  const { status } = response
  const where = `Jamf Pro answered ${target.label} with HTTP ${status}`
  if (status >= 300 && status < 400) {
    const location = header(response, 'location')
    const to = location ? ` to ${originOf(location, target.url)}` : ''
    return new JamfError(
      `${where}, a redirect${to}; credentials are never sent on after a redirect. ` +
        `Set url to the Jamf Pro server's own address, or exempt the API from the SSO or proxy rule that redirects it.`,
      status
    )
  }
  if (status === 404) {
    return new JamfError(`${where} (not found): check that ${ROOT_URL_HINT}.`, status)
  }
  if (isRetryableStatus(status)) {
    return new JamfError(
      `${where}${attemptsText(attempts)}: the server is overloaded, restarting or down. Try again later; raise retries if this happens often.`,
      status
    )
  }
  if (looksLikeHtml(response)) {
    return new JamfError(
      `${where} and an HTML page instead of JSON: url points at a login, SSO or proxy page, or not at Jamf Pro. Check that ${ROOT_URL_HINT}.`,
      status
    )
  }
  if (status >= 500) {
    return new JamfError(
      `${where}: the server could not handle the request. Check that ${ROOT_URL_HINT}.`,
      status
    )
  }
  if (status === 403) {
    return new JamfError(
      `${where} (forbidden): the account or API client may not do this. Check its privileges and API roles in Jamf Pro.`,
      status
    )
  }
  return new JamfError(`${where}, which the action does not expect${jamfErrorCode(response)}.`, status)
}

export function tokenTooLarge(target: Target, maxLength: number): JamfError {
  return new JamfError(
    `Jamf Pro answered ${target.label} with a token longer than ${maxLength / 1024} kB, more than any Jamf Pro token: ` +
      `another server or a proxy may be answering in its place. Check that ${ROOT_URL_HINT}, and that no proxy rewrites API answers.`
  )
}

export function tokenUnusable(target: Target): JamfError {
  return new JamfError(
    `Jamf Pro answered ${target.label} with a token that holds characters an HTTP header cannot carry, so no tool could use it: ` +
      `check that ${ROOT_URL_HINT}, and that no proxy rewrites API answers.`
  )
}

/** Server text that does not look as it should is never printed: a warning says what was left out. */
export function unreadableAnswer(target: Target, field: string, output: string): string {
  return (
    `Jamf Pro answered ${target.label} with a ${field} that the action cannot read, so the ${output} output is empty. ` +
    'The token itself works; if this persists, check for a proxy that rewrites API answers.'
  )
}

export function notJson(target: Target, response: HttpResponse, missing?: string): JamfError {
  if (looksLikeHtml(response)) return unexpectedResponse(target, response, 1)
  const what = missing ?? 'a body that is not JSON'
  return new JamfError(
    `Jamf Pro answered ${target.label} with ${what}: check that ${ROOT_URL_HINT}, and that no proxy rewrites API answers.`,
    response.status
  )
}

const OAUTH_CREDENTIAL_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'access_denied'])

/** An OAuth error body from the token endpoint: Jamf Pro's verdict on the request. */
export function clientRejected(response: HttpResponse): JamfError {
  const code = oauthErrorCode(response)
  const where = `HTTP ${response.status}, ${code}`
  if (code === 'invalid_scope') {
    return new JamfError(
      `Jamf Pro refused the requested scope (${where}): ask only for API roles assigned to this API client (${CLIENT_SETTINGS}), or leave scope empty.`,
      response.status
    )
  }
  if (OAUTH_CREDENTIAL_ERRORS.has(code)) {
    return new JamfError(
      `Jamf Pro rejected the API client credentials (${where}): check client-id and client-secret, ` +
        `and that the API client is enabled in Jamf Pro (${CLIENT_SETTINGS}).`,
      response.status
    )
  }
  return new JamfError(
    `Jamf Pro refused the token request (${where}): the request did not reach Jamf Pro as the action sent it. ` +
      'Check any proxy between the runner and Jamf Pro; if there is none, please report this.',
    response.status
  )
}

export function userRejected(response: HttpResponse, username: string, password: string): JamfError {
  if (jamfErrorCodes(response).includes('USER_EXPIRED_PASSWORD')) {
    return new JamfError(
      `The password of Jamf Pro account ${username} has expired (USER_EXPIRED_PASSWORD): sign in to Jamf Pro to change it, then update the secret that holds it.`,
      response.status
    )
  }
  // How Jamf Pro decodes non-ASCII characters in Basic credentials is unconfirmed; the action sends UTF-8.
  const encoding = /[\u0080-\uffff]/.test(password)
    ? ' The password has characters outside ASCII, which the action sends as UTF-8: if it is right, the account may expect another encoding; test with an ASCII-only password.'
    : ''
  return new JamfError(
    `Jamf Pro rejected the username or password (HTTP ${response.status}): check username and password. ` +
      `Use a local or LDAP account: SSO accounts cannot use the API (or, better, use an API client).${encoding}`,
    response.status
  )
}

/**
 * Neither OAuth path answered as a token endpoint: not the server's root, a server without API clients, a
 * firewall in between, or (unconfirmed, but not excluded) a refusal without an OAuth error.
 */
export function noOAuthEndpoint(
  url: string,
  answers: Array<{ response: HttpResponse; target: Target }>
): JamfError {
  const seen = answers
    .map(
      ({ response, target }) =>
        `HTTP ${response.status}${response.status !== 404 && looksLikeHtml(response) ? ' with an HTML page' : ''} on ${target.label}`
    )
    .join(' and ')
  const { status } = answers[answers.length - 1].response
  return new JamfError(
    `Jamf Pro has no OAuth token endpoint at ${url} (${seen}, without an OAuth error): check that ${ROOT_URL_HINT}, ` +
      'and that the server runs Jamf Pro 10.49 or later, which API clients need (older servers: use username and password). ' +
      `If both hold, a firewall or proxy refused the request, or Jamf Pro refused the API client without saying why: check client-id, client-secret and that the client is enabled (${CLIENT_SETTINGS}).`,
    status
  )
}

/** A 200 without a token: what a disabled API client may get (unconfirmed; the other reading is a 401). */
export function noAccessToken(target: Target): JamfError {
  return new JamfError(
    `Jamf Pro answered ${target.label} without an access token: check that the API client is enabled in Jamf Pro (${CLIENT_SETTINGS}), ` +
      `that ${ROOT_URL_HINT}, and that no proxy rewrites API answers.`,
    200
  )
}

/** The verify request's 401: Jamf Pro does not take the token it has just issued. */
export function tokenNotAccepted(target: Target, method: 'client-credentials' | 'user'): JamfError {
  const short =
    method === 'client-credentials'
      ? " (check the API client's Access Token Lifetime: a few seconds is too short)"
      : ''
  return new JamfError(
    `Jamf Pro did not accept the token it had just issued (HTTP 401 on ${target.label}): the token may already be invalid${short}, ` +
      'or url reaches a different server than the one that issued it, e.g. through a proxy or load balancer: check url.',
    401
  )
}

/** A request that never got an answer: DNS, connection, TLS, proxy or time-out. */
export function networkFailure(target: Target, failure: RequestFailedError, timeoutMs: number): JamfError {
  const error = failure.failure
  const code = errorCode(error)
  const host = new URL(target.url).host
  const after = attemptsText(failure.attempts)
  const why = proxyFailure(error)
  if (why !== undefined) {
    return new JamfError(
      `The proxy did not open a connection to ${host} (${why})${after}: check https_proxy and no_proxy.`
    )
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new JamfError(
      `Cannot resolve ${hostname(target)} (DNS lookup failed${after}): check the host name in url.`
    )
  }
  if (code === 'ECONNREFUSED') {
    return new JamfError(
      `Connection to ${host} refused${after}: check url and its port (on-premises servers often listen on :8443), and that Jamf Pro is running.`
    )
  }
  if (code === 'ATTEMPT_TIMEOUT' || code === 'ETIMEDOUT') {
    // An attempt under a time budget (the post step) may have had less than timeout.
    const limit = (error as { timeoutMs?: number }).timeoutMs ?? timeoutMs
    return new JamfError(
      `No answer from Jamf Pro to ${target.label} within ${secondsText(limit)} s${after}: check url, the network and any firewall; raise timeout if the server is slow.`
    )
  }
  if (code.startsWith('HPE_')) {
    return new JamfError(
      `The answer to ${target.label} from ${host} is not valid HTTP (${code})${after}: url's port may not speak HTTP or HTTPS, ` +
        'or a proxy or load balancer garbles the answer. Check url and its port, and any proxy between the runner and Jamf Pro.'
    )
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') {
    return new JamfError(
      `The connection to ${host} was closed before Jamf Pro answered ${target.label}${after}: the server or a proxy dropped it. Try again later; check any proxy between the runner and Jamf Pro.`
    )
  }
  const tls = tlsFailure(code, hostname(target))
  if (tls) return new JamfError(tls)
  return new JamfError(
    `Could not reach Jamf Pro at ${host} for ${target.label}${after}${code ? ` (${code})` : ''}: check url and the runner's network.`
  )
}

const CA_HINT =
  'if the server uses a private CA or a self-signed certificate, set NODE_EXTRA_CA_CERTS to the CA certificate (PEM) in the step env.'

function tlsFailure(code: string, host: string): string | undefined {
  switch (code) {
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'UNABLE_TO_GET_ISSUER_CERT':
      return `The TLS certificate of ${host} is not trusted (${code}): ${CA_HINT}`
    case 'CERT_HAS_EXPIRED':
      return `The TLS certificate of ${host} has expired (CERT_HAS_EXPIRED): renew the Jamf Pro server's certificate.`
    case 'CERT_NOT_YET_VALID':
      return `The TLS certificate of ${host} is not valid yet (CERT_NOT_YET_VALID): check the server's certificate and the clocks.`
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `The TLS certificate of ${host} is for another host name (ERR_TLS_CERT_ALTNAME_INVALID): set url to a host name that the certificate covers.`
    case 'EPROTO':
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
      return `TLS with ${host} failed (${code}): the port may not speak HTTPS, or a proxy interferes; check url and its port.`
    default:
      return undefined
  }
}

function hostname(target: Target): string {
  return new URL(target.url).hostname
}

/** A redirect's destination as its origin only: its path, query and fragment can carry anything. */
function originOf(location: string, base: string): string {
  try {
    const { origin } = new URL(location, base)
    return origin === 'null' ? 'an address that is not a web server' : origin
  } catch {
    return 'an unreadable address'
  }
}

/** The codes of a Jamf Pro API error body, as ` (CODE)`. */
function jamfErrorCode(response: HttpResponse): string {
  const codes = jamfErrorCodes(response)
  return codes.length > 0 ? ` (${codes.join(', ')})` : ''
}

/**
 * The single line for any failure, with every known secret removed. A failure the action did not foresee
 * still ends as one clean line; its details go to debug output.
 */
export function failureMessage(
  error: unknown,
  secrets: readonly string[],
  debug: (message: string) => void
): string {
  // Every message is redacted, whatever it was built from: a server can echo a secret in any answer.
  if (error instanceof JamfError) return redact(error.message, secrets)
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)
  debug(`unexpected failure: ${redact(detail, secrets)}`)
  return 'The action failed unexpectedly (details in the debug log: re-run with debug logging). Please report it with that log.'
}
