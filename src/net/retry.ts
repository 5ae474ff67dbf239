// The one place that decides what is tried again, and how long to wait before it.
import {
  errorCode,
  header,
  proxyFailure,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport
} from './http.js'

const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504])
// Faults of the network or of a server restarting; a permanent DNS failure (ENOTFOUND) or a TLS
// failure will not mend itself in a few seconds.
const RETRYABLE_CODES = new Set([
  'ATTEMPT_TIMEOUT',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH'
])

/** Backoff doubles from 1 s; no wait, Retry-After included, is longer than 10 s. */
const BACKOFF_BASE_MS = 1000
export const MAX_DELAY_MS = 10_000

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random
}

export interface RetryOptions {
  retries: number
  clock: Clock
  debug: (message: string) => void
}

export interface Exchange {
  response: HttpResponse
  attempts: number
  /** When the answering attempt was sent: a token's lifetime is counted from no earlier than this. */
  sentAt: number
}

/** A request that got no answer from the server, after every attempt. */
export class RequestFailedError extends Error {
  constructor(
    readonly failure: unknown,
    readonly attempts: number
  ) {
    super('request failed')
    this.name = 'RequestFailedError'
  }
}

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status)
}

function isRetryableError(error: unknown): boolean {
  // A proxy's refusal (403, 407) comes as ECONNRESET too, but it will not mend, and repeating a
  // rejected proxy login can lock the account.
  if (/^HTTP 4\d\d$/.test(proxyFailure(error) ?? '')) return false
  return RETRYABLE_CODES.has(errorCode(error))
}

/** Exponential backoff with jitter (half fixed, half random), or the server's Retry-After; both capped. */
export function retryDelayMs(retry: number, retryAfter: string | undefined, clock: Clock): number {
  const asked = parseRetryAfter(retryAfter, clock.now())
  if (asked !== undefined) return Math.min(asked, MAX_DELAY_MS)
  const ceiling = Math.min(BACKOFF_BASE_MS * 2 ** (retry - 1), MAX_DELAY_MS)
  return Math.round(ceiling / 2 + (clock.random() * ceiling) / 2)
}

/** Retry-After is either whole seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export async function sendWithRetries(
  transport: HttpTransport,
  request: HttpRequest,
  label: string,
  options: RetryOptions
): Promise<Exchange> {
  const { clock, debug } = options
  const attempts = options.retries + 1
  for (let attempt = 1; ; attempt++) {
    const sentAt = clock.now()
    let wait: number
    try {
      const response = await transport.send(request)
      debug(
        `attempt ${attempt}/${attempts}: ${label} -> HTTP ${response.status} in ${clock.now() - sentAt} ms`
      )
      if (!isRetryableStatus(response.status) || attempt === attempts)
        return { response, attempts: attempt, sentAt }
      wait = retryDelayMs(attempt, header(response, 'retry-after'), clock)
    } catch (error) {
      debug(
        `attempt ${attempt}/${attempts}: ${label} -> ${errorCode(error) || 'error'} after ${clock.now() - sentAt} ms`
      )
      // Network, TLS and proxy errors carry a code. One without is the action's own fault, not the
      // network's: it goes on as it is, so that failureMessage reports it (redacted) as unexpected.
      if (errorCode(error) === '') throw error
      if (!isRetryableError(error) || attempt === attempts) throw new RequestFailedError(error, attempt)
      wait = retryDelayMs(attempt, undefined, clock)
    }
    debug(`retrying ${label} in ${wait} ms`)
    await clock.sleep(wait)
  }
}
