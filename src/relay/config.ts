// What the steps and the relay process say to each other: the settings the main step hands the relay on
// its stdin, as one JSON document (never in arguments or the environment, which other processes of the
// machine can read), and the path on which the post step stops it.
import type { Credentials } from '../inputs.js'
import type { Token } from '../jamf/client.js'

/** POST with the key: the relay answers its record, having invalidated its tokens, and exits. */
export const STOP_PATH = '/.relay/stop'

export interface RelayConfig {
  /** The Jamf Pro server's root. */
  url: string
  credentials: Credentials
  /** The main step's token: the relay uses it until its first renewal. */
  token: Token
  /** What a request must carry as its Bearer token. */
  key: string
  /** Upper-case HTTP methods the relay forwards; empty: every method. */
  methods: string[]
  /** Epoch milliseconds at which the relay stops. */
  deadline: number
  timeoutMs: number
  retries: number
}

export function encodeConfig(config: RelayConfig): string {
  return JSON.stringify({
    ...config,
    token: { ...config.token, expiresAt: config.token.expiresAt.toISOString() }
  })
}

/** The settings, or an error that names the first field that is missing or malformed. */
export function decodeConfig(text: string): RelayConfig {
  let raw: Partial<Record<keyof RelayConfig, unknown>>
  try {
    raw = JSON.parse(text)
  } catch {
    // The parser's message quotes the text, which holds secrets.
    throw new Error('relay settings: not JSON')
  }
  const token = (raw.token ?? {}) as Partial<Record<keyof Token, unknown>>
  const expiresAt = new Date(String(token.expiresAt))
  const checks: Array<[string, boolean]> = [
    ['url', typeof raw.url === 'string' && /^https?:\/\//.test(raw.url)],
    ['credentials', typeof raw.credentials === 'object' && raw.credentials !== null],
    ['token', typeof token.token === 'string' && !Number.isNaN(expiresAt.getTime())],
    ['token.expiresIn', typeof token.expiresIn === 'number' && token.expiresIn > 0],
    ['key', typeof raw.key === 'string' && raw.key.length >= 32],
    ['methods', Array.isArray(raw.methods) && raw.methods.every(method => typeof method === 'string')],
    ['deadline', typeof raw.deadline === 'number'],
    ['timeoutMs', typeof raw.timeoutMs === 'number' && raw.timeoutMs > 0],
    ['retries', typeof raw.retries === 'number' && raw.retries >= 0]
  ]
  const bad = checks.find(([, ok]) => !ok)
  if (bad) throw new Error(`relay settings: ${bad[0]} is missing or malformed`)
  return { ...raw, token: { ...token, expiresAt } } as RelayConfig
}
