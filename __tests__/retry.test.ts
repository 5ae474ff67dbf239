import { describe, expect, it } from '@jest/globals'
import type { HttpRequest, HttpResponse, HttpTransport } from '../src/net/http.js'
import {
  MAX_DELAY_MS,
  parseRetryAfter,
  RequestFailedError,
  retryDelayMs,
  sendWithRetries
} from '../src/net/retry.js'
import { ProxyTunnelError } from '../src/net/tunnel.js'
import { recordingClock } from './support/clocks.js'

const request: HttpRequest = { method: 'POST', url: 'https://j.example.com/api/oauth/token', headers: {} }
const answer = (status: number, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers,
  body: ''
})
const failure = (code: string) => Object.assign(new Error(code), { code })

/** A transport that plays back a script of answers and errors, counting the attempts. */
function scripted(script: Array<HttpResponse | Error>): HttpTransport & { sent: number } {
  const transport = {
    sent: 0,
    async send() {
      const next = script[Math.min(transport.sent++, script.length - 1)]
      if (next instanceof Error) throw next
      return next
    },
    close() {}
  }
  return transport
}

const send = (transport: HttpTransport, retries = 3, clock = recordingClock()) =>
  sendWithRetries(transport, request, 'POST /api/oauth/token', { retries, clock, debug: () => {} })

describe('what is retried', () => {
  it.each([429, 500, 502, 503, 504])('retries HTTP %i, then returns the last answer', async status => {
    const transport = scripted([answer(status)])
    const { response, attempts } = await send(transport)
    expect(response.status).toBe(status)
    expect(attempts).toBe(4)
    expect(transport.sent).toBe(4)
  })

  it.each([400, 401, 403, 404, 405, 409, 501])('never retries HTTP %i', async status => {
    const transport = scripted([answer(status)])
    await send(transport)
    expect(transport.sent).toBe(1)
  })

  it.each(['ECONNRESET', 'ECONNREFUSED', 'EAI_AGAIN', 'ETIMEDOUT', 'ATTEMPT_TIMEOUT', 'EPIPE'])(
    'retries the network error %s',
    async code => {
      const transport = scripted([failure(code), answer(200)])
      const { attempts } = await send(transport)
      expect(attempts).toBe(2)
    }
  )

  it.each(['ENOTFOUND', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID'])(
    'does not retry %s',
    async code => {
      const transport = scripted([failure(code)])
      await expect(send(transport)).rejects.toBeInstanceOf(RequestFailedError)
      expect(transport.sent).toBe(1)
    }
  )

  it('stops after retries further attempts and reports how many there were', async () => {
    const transport = scripted([failure('ECONNREFUSED')])
    await expect(send(transport, 2)).rejects.toMatchObject({ attempts: 3 })
    expect(transport.sent).toBe(3)
  })
})

describe('how long it waits', () => {
  it('backs off exponentially with jitter, capped', () => {
    const low = { ...recordingClock(), random: () => 0 }
    const high = { ...recordingClock(), random: () => 1 }
    expect([1, 2, 3, 4, 5, 6].map(n => retryDelayMs(n, undefined, low))).toEqual([
      500, 1000, 2000, 4000, 5000, 5000
    ])
    expect([1, 2, 3, 4, 5, 6].map(n => retryDelayMs(n, undefined, high))).toEqual([
      1000,
      2000,
      4000,
      8000,
      MAX_DELAY_MS,
      MAX_DELAY_MS
    ])
  })

  it('honours Retry-After in seconds or as an HTTP date, capped at 10 s', () => {
    const clock = recordingClock()
    expect(retryDelayMs(1, '3', clock)).toBe(3000)
    expect(retryDelayMs(1, '120', clock)).toBe(MAX_DELAY_MS)
    const now = Date.parse('2026-01-01T00:00:00Z')
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
  })

  it('sleeps between attempts as the server asks', async () => {
    const clock = recordingClock()
    await send(
      scripted([answer(503, { 'retry-after': '2' }), answer(429, { 'retry-after': '1' }), answer(200)]),
      3,
      clock
    )
    expect(clock.sleeps).toEqual([2000, 1000])
  })
})

describe('under a deadline (the post step)', () => {
  /** A transport that records the time each attempt is allowed. */
  function recording(script: Array<HttpResponse | Error>) {
    const allowed: Array<number | undefined> = []
    const inner = scripted(script)
    return {
      allowed,
      send: (sent: HttpRequest) => {
        allowed.push(sent.timeoutMs)
        return inner.send(sent)
      },
      close() {}
    }
  }

  it('gives each attempt only the time left, and retries when the wait and an attempt still fit', async () => {
    const clock = recordingClock()
    const transport = recording([answer(503, { 'retry-after': '1' }), answer(204)])
    const deadline = clock.now() + 3500
    const { attempts } = await sendWithRetries(transport, request, 'POST /x', {
      retries: 1,
      clock,
      debug: () => {},
      deadline
    })
    expect(attempts).toBe(2)
    expect(clock.sleeps).toEqual([1000])
    expect(transport.allowed[0]).toBeGreaterThan(3400)
    expect(transport.allowed[0]).toBeLessThanOrEqual(3500)
  })

  it('does not retry when the wait asked for leaves no time for another attempt', async () => {
    const clock = recordingClock()
    const transport = recording([answer(429, { 'retry-after': '3' }), answer(204)])
    const { response, attempts } = await sendWithRetries(transport, request, 'POST /x', {
      retries: 1,
      clock,
      debug: () => {},
      deadline: clock.now() + 3500
    })
    expect([response.status, attempts]).toEqual([429, 1])
    expect(clock.sleeps).toEqual([])
  })
})

describe('proxy failures', () => {
  it.each([
    ['HTTP 407', 'EPROXY', 1],
    ['HTTP 403', 'EPROXY', 1],
    ['HTTP 502', 'EPROXY', 2],
    ['no answer within 2 s', 'ATTEMPT_TIMEOUT', 2],
    ['connect ECONNREFUSED 127.0.0.1:3128', 'ECONNREFUSED', 2]
  ])('%s is tried %i time(s) in all', async (reason, code, tries) => {
    const transport = scripted([new ProxyTunnelError(reason, code), answer(200)])
    const attempts = await send(transport).then(
      exchange => exchange.attempts,
      () => transport.sent
    )
    expect(attempts).toBe(tries)
  })
})
