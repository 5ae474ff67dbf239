// Reads and checks every input before any request is made. Messages never repeat an input's value:
// a secret pasted into the wrong input must not reach the log.

export type Credentials =
  | { kind: 'client-credentials'; clientId: string; clientSecret: string; scope: string }
  | { kind: 'user'; username: string; password: string }

export interface Inputs {
  /** The server's root: a pasted API path or page is removed, a context path (/jamf) kept. */
  url: string
  /** What was removed from the url as given ('' when nothing was), for a notice. */
  urlSuffix: string
  credentials: Credentials
  invalidateToken: boolean
  exportEnv: boolean
  verify: boolean
  minLifetime: number
  timeoutSeconds: number
  retries: number
  /** Set when relay is true. */
  relay: RelayInputs | undefined
}

export interface RelayInputs {
  /** Upper-case HTTP methods the relay forwards; empty: every method. */
  methods: string[]
  lifetimeSeconds: number
}

/** One or more problems with the inputs, each a sentence that names the input and what to write. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '))
    this.name = 'InputError'
  }
}

type GetInput = (name: string) => string

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i
const MAX_TIMEOUT_SECONDS = 600
const MAX_RETRIES = 10
const SECONDS = ' of seconds'
// Longer than the longest job a self-hosted runner runs (5 days); 6 hours is the longest on GitHub's.
const MAX_RELAY_LIFETIME_SECONDS = 432_000
// An HTTP method is a token (RFC 9110 5.6.2).
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

export function readInputs(getInput: GetInput): Inputs {
  const problems: string[] = []
  const text = (name: string): string => getInput(name).trim()
  const flag = (name: string, fallback: boolean): boolean =>
    parseBoolean(name, text(name), fallback, problems)
  const number = (name: string, rule: NumberRule): number => parseNumber(name, text(name), rule, problems)

  const inputs: Inputs = {
    ...parseUrl(text('url'), problems),
    credentials: parseCredentials(getInput, problems),
    invalidateToken: flag('invalidate-token', true),
    exportEnv: flag('export-env', true),
    verify: flag('verify', true),
    minLifetime: number('min-lifetime', { fallback: 0, min: 0, integer: true, unit: SECONDS }),
    timeoutSeconds: number('timeout', {
      fallback: 10,
      min: 1,
      max: MAX_TIMEOUT_SECONDS,
      integer: false,
      unit: SECONDS
    }),
    retries: number('retries', { fallback: 3, min: 0, max: MAX_RETRIES, integer: true, unit: '' }),
    relay: parseRelay(text, problems)
  }
  if (inputs.relay && !inputs.invalidateToken)
    problems.push(
      'Input relay needs invalidate-token: true: the relay invalidates its tokens when the job ends. Remove invalidate-token: false, or relay: true.'
    )
  if (problems.length > 0) throw new InputError(problems)
  return inputs
}

// What users paste after the root: /api, the API docs or an API path under it, a Classic API path, the web
// app's page (cut one after another: /api/doc/index.html). Anything else is a context path (/jamf, even
// /api/jamf) and stays.
const PASTED_SUFFIX =
  /^(.*)(\/api(?:\/(?:docs?|v\d+|preview|oauth|swagger[\w-]*)(?:[/?#.].*)?)?\/*|\/jssresource(?:\/.*)?|\/index\.html\/*)$/i

/** https://, or http:// to this machine only: where the action may send credentials and tokens. */
export function isServerUrl(url: string): boolean {
  const { protocol, hostname } = URL.parse(url) ?? new URL('invalid:')
  return protocol === 'https:' || (protocol === 'http:' && LOOPBACK_HOSTS.test(hostname))
}

function parseUrl(raw: string, problems: string[]): Pick<Inputs, 'url' | 'urlSuffix'> {
  const example = 'e.g. https://yourorg.jamfcloud.com or https://jss.example.com:8443'
  const none = { url: '', urlSuffix: '' }
  if (raw === '') {
    problems.push(`Input url is required: set it to your Jamf Pro server's address, ${example}.`)
    return none
  }
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    parsed = new URL('invalid:')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    problems.push(`Input url must be an absolute https:// URL, ${example}.`)
    return none
  }
  if (!isServerUrl(parsed.href)) {
    problems.push(
      `Input url must use https:// (plain http:// is allowed only for localhost, for local testing), ${example}.`
    )
  }
  if (parsed.username !== '' || parsed.password !== '') {
    problems.push(
      'Input url must not contain a user name or password: remove them from url and use client-id/client-secret or username/password.'
    )
  }
  if (parsed.search !== '' || raw.includes('?') || parsed.hash !== '' || raw.includes('#')) {
    problems.push(
      `Input url must not contain a query (?…) or fragment (#…): give the server's root, ${example}.`
    )
  }
  // Keep a path prefix (a context path, a reverse proxy) but never a trailing slash: paths are appended.
  let root = parsed.pathname
  for (let match = PASTED_SUFFIX.exec(root); match; match = PASTED_SUFFIX.exec(root)) root = match[1]
  return {
    url: `${parsed.origin}${root.replace(/\/+$/, '')}`,
    urlSuffix: parsed.pathname.slice(root.length).replace(/^\/+$/, '')
  }
}

function parseRelay(text: (name: string) => string, problems: string[]): RelayInputs | undefined {
  const relay = parseBoolean('relay', text('relay'), false, problems)
  const methods = text('relay-methods')
    .split(/[\s,]+/)
    .filter(Boolean)
  if (methods.some(method => !METHOD.test(method)))
    problems.push(
      'Input relay-methods must list HTTP methods, separated by commas or spaces, e.g. GET, HEAD.'
    )
  const lifetimeSeconds = parseNumber(
    'relay-lifetime',
    text('relay-lifetime'),
    {
      fallback: 21_600,
      min: 5,
      max: MAX_RELAY_LIFETIME_SECONDS,
      integer: true,
      unit: SECONDS
    },
    problems
  )
  if (!relay) return undefined
  return { methods: [...new Set(methods.map(method => method.toUpperCase()))], lifetimeSeconds }
}

function parseCredentials(getInput: GetInput, problems: string[]): Credentials {
  // IDs and secrets are generated values: surrounding white space is a copy-paste accident.
  // A password is used exactly as given, but for a trailing line break that secrets often carry.
  const clientId = getInput('client-id').trim()
  const clientSecret = getInput('client-secret').trim()
  const username = getInput('username').trim()
  const password = getInput('password').replace(/\r?\n$/, '')
  const scope = getInput('scope').trim().split(/\s+/).filter(Boolean).join(' ')

  const client = clientId !== '' || clientSecret !== ''
  const user = username !== '' || password !== ''
  const none: Credentials = { kind: 'client-credentials', clientId: '', clientSecret: '', scope: '' }

  if (client && user) {
    problems.push(
      'Use one kind of credentials: an API client (client-id and client-secret) or a user account (username and password), not both.'
    )
    return none
  }
  if (!client && !user) {
    problems.push(
      'No credentials given: set client-id and client-secret for an API client (recommended), or username and password for a user account. ' +
        'On pull requests from forks and on Dependabot runs, secrets are empty.'
    )
    return none
  }
  if (client) {
    if (clientId === '')
      problems.push('Input client-id is empty: set it to the API client ID shown in Jamf Pro.')
    if (clientSecret === '')
      problems.push(
        'Input client-secret is empty: pass the API client secret from a secret, e.g. client-secret: ${{ secrets.JAMF_CLIENT_SECRET }} (secrets are empty on forked pull requests and Dependabot runs).'
      )
    if (/[\r\n]/.test(clientId)) problems.push('Input client-id must be a single line.')
    return { kind: 'client-credentials', clientId, clientSecret, scope }
  }
  if (username === '') problems.push('Input username is empty: set it to a local Jamf Pro account name.')
  if (password === '')
    problems.push(
      'Input password is empty: pass the password from a secret, e.g. password: ${{ secrets.JAMF_PASSWORD }} (secrets are empty on forked pull requests and Dependabot runs).'
    )
  // Basic credentials split user from password at the first ':'.
  if (username.includes(':'))
    problems.push('Input username must not contain ":": Jamf Pro account names cannot.')
  if (/[\r\n]/.test(username)) problems.push('Input username must be a single line.')
  if (scope !== '')
    problems.push('Input scope applies to API clients only: remove it, or use client-id and client-secret.')
  return { kind: 'user', username, password }
}

function parseBoolean(name: string, raw: string, fallback: boolean, problems: string[]): boolean {
  if (raw === '') return fallback
  // The YAML 1.2 core schema's spellings, as @actions/core's getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE'].includes(raw)) return false
  problems.push(`Input ${name} must be true or false.`)
  return fallback
}

interface NumberRule {
  fallback: number
  min: number
  max?: number
  integer: boolean
  unit: string
}

function parseNumber(name: string, raw: string, rule: NumberRule, problems: string[]): number {
  if (raw === '') return rule.fallback
  const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN
  const valid =
    (!rule.integer || Number.isInteger(value)) && value >= rule.min && value <= (rule.max ?? Infinity)
  if (valid) return value
  const what = `${rule.integer ? 'a whole number' : 'a number'}${rule.unit}`
  const range = rule.max === undefined ? `, ${rule.min} or more` : ` from ${rule.min} to ${rule.max}`
  problems.push(`Input ${name} must be ${what}${range}.`)
  return rule.fallback
}
