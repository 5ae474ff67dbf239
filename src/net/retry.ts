// The one place that decides what is tried again, and how long to wait before it.
import { errorCode, header, type HttpRequest, type HttpResponse, type HttpTransport } from './http.js'
import { proxyFailure } from './tunnel.js'

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
/** Under a deadline, a retry is made only if its attempt can still have this long. */
const MIN_ATTEMPT_MS = 1000

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
  /** When all attempts must be over (clock time), for a step with a time budget. */
  deadline?: number
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
  // A proxy's refusal (403, 407) will not mend, and repeating a rejected proxy login can lock the
  // account; its other failures are retried as the network's.
  const proxy = proxyFailure(error)
  if (proxy !== undefined) return !/^HTTP 4\d\d$/.test(proxy)
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
  const { clock, debug, deadline } = options
  const attempts = options.retries + 1
  // Another attempt is made only if there is one left and, under a deadline, time for it.
  const mayRetry = (attempt: number, wait: number): boolean =>
    attempt < attempts && (deadline === undefined || clock.now() + wait + MIN_ATTEMPT_MS <= deadline)
  for (let attempt = 1; ; attempt++) {
    const sentAt = clock.now()
    let wait: number
    try {
      const response = await transport.send(
        deadline === undefined ? request : { ...request, timeoutMs: deadline - sentAt }
      )
      debug(
        `attempt ${attempt}/${attempts}: ${label} -> HTTP ${response.status} in ${clock.now() - sentAt} ms`
      )
      wait = retryDelayMs(attempt, header(response, 'retry-after'), clock)
      if (!isRetryableStatus(response.status) || !mayRetry(attempt, wait))
        return { response, attempts: attempt, sentAt }
    } catch (error) {
      debug(
        `attempt ${attempt}/${attempts}: ${label} -> ${errorCode(error) || 'error'} after ${clock.now() - sentAt} ms`
      )
      // Network, TLS and proxy errors carry a code. One without is the action's own fault, not the
      // network's: it goes on as it is, so that failureMessage reports it (redacted) as unexpected.
      if (errorCode(error) === '') throw error
      wait = retryDelayMs(attempt, undefined, clock)
      if (!isRetryableError(error) || !mayRetry(attempt, wait)) throw new RequestFailedError(error, attempt)
    }
    debug(`retrying ${label} in ${wait} ms`)
    await clock.sleep(wait)
  }
}
