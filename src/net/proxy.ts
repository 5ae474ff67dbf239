// The proxy variables, read, checked and masked in one place before any request. Which variable applies is
// decided as @actions/http-client decides it (lib/proxy.js): https_proxy or HTTPS_PROXY for https:// servers,
// http_proxy or HTTP_PROXY for http:// ones, the lower-case name first; no_proxy or NO_PROXY to bypass it;
// loopback never proxied. Where it would silently connect directly (a value it cannot parse), the value is
// refused by name instead; IPv6 literals are compared without their brackets.

import { basicCredentials } from './http.js'

type Env = Record<string, string | undefined>

export interface Proxy {
  /** The proxy's address; its credentials are in `authorization`. */
  url: URL
  /** The Proxy-Authorization header, when the proxy URL has a user name or password. */
  authorization?: string
}

/** A proxy variable that cannot be used. The message names the variable, never its value. */
export class ProxySettingError extends Error {
  constructor(variable: string, problem: string) {
    super(
      `The proxy setting ${variable} cannot be used: ${problem}. Fix it in the runner's environment or the workflow's env, ` +
        'e.g. http://proxy.example.com:3128, with any special character of a user name or password URL-encoded (% as %25).'
    )
    this.name = 'ProxySettingError'
  }
}

const VARIABLES: Record<string, string[]> = {
  'https:': ['https_proxy', 'HTTPS_PROXY'],
  'http:': ['http_proxy', 'HTTP_PROXY']
}
const ALL_VARIABLES = Object.values(VARIABLES).flat()

/**
 * The proxy for requests to `server`, or undefined to connect directly. Every password in any proxy variable
 * is given to `setSecret` first, in each form it takes on the wire; the forms are returned for redaction.
 */
export function readProxy(
  server: string,
  env: Env,
  setSecret: (value: string) => void
): { proxy?: Proxy; secrets: string[] } {
  const secrets = [...new Set(ALL_VARIABLES.flatMap(name => passwordForms(env[name])))]
  for (const secret of secrets) setSecret(secret)
  const target = new URL(server)
  const variable = VARIABLES[target.protocol]?.find(name => env[name])
  if (variable === undefined) return { secrets }
  // Checked even when bypassed: @actions/http-client reads it anyway, and a broken value is worth knowing.
  const proxy = parseProxy(variable, env[variable] ?? '')
  return bypassed(target, env) ? { secrets } : { proxy, secrets }
}

/** A value without a scheme (proxy.example.com:3128) means http://, as curl reads it. */
function parseUrl(value: string): URL | undefined {
  try {
    return new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`)
  } catch {
    return undefined
  }
}

function parseProxy(variable: string, value: string): Proxy {
  const url = parseUrl(value)
  if (url === undefined) throw new ProxySettingError(variable, 'it is not a URL')
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ProxySettingError(variable, 'the action can use only an http:// or https:// proxy')
  }
  if (url.hostname === '') throw new ProxySettingError(variable, 'it has no host name')
  const credentials = decodedCredentials(url)
  if (credentials === undefined) {
    throw new ProxySettingError(variable, 'its user name or password has a % that is not URL-encoding')
  }
  const { username, password } = credentials
  const authorization =
    username !== '' || password !== '' ? `Basic ${basicCredentials(username, password)}` : undefined
  return { url: new URL(url.origin), authorization }
}

function decodedCredentials(url: URL): { username: string; password: string } | undefined {
  try {
    return { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
  } catch {
    return undefined
  }
}

/** A proxy password as written, decoded, and inside the Proxy-Authorization header. */
function passwordForms(value: string | undefined): string[] {
  const url = value ? parseUrl(value) : undefined
  if (url === undefined || url.password === '') return []
  const decoded = decodedCredentials(url)
  return decoded
    ? [url.password, decoded.password, basicCredentials(decoded.username, decoded.password)]
    : [url.password]
}

/** @actions/http-client's checkBypass, with IPv6 literals matched with or without brackets. */
function bypassed(target: URL, env: Env): boolean {
  const host = target.hostname.toLowerCase()
  const bare = host.replace(/^\[(.*)\]$/, '$1')
  if (bare === 'localhost' || bare.startsWith('127.') || bare === '::1') return true
  const list = env.no_proxy || env.NO_PROXY || ''
  const port = target.port || (target.protocol === 'https:' ? '443' : '80')
  const names = [...new Set([host, bare, `${host}:${port}`])]
  return list
    .split(',')
    .map(entry => entry.trim().toLowerCase())
    .filter(Boolean)
    .some(
      entry =>
        entry === '*' ||
        names.some(
          name =>
            name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry))
        )
    )
}
