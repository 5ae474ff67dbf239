/**
 * Every step ends within its bound whatever a socket, a proxy or a server does, on the built dist/ run as a
 * runner runs it. The main step's bound is the README's worst case, phases × ((retries + 1) × timeout +
 * retries × 10 s); the post step's is 5 s, with exit code 0.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_CREDENTIALS } from '../simulator/server.mjs'
import { runStep, type StepResult } from '../test-support/runner.mjs'
import { startConnectProxy, type ConnectProxy } from './support/connect-proxy.js'
import { startRawServer } from './support/raw-server.js'

const CLIENT = {
  'client-id': DEFAULT_CREDENTIALS.clientId,
  'client-secret': DEFAULT_CREDENTIALS.clientSecret
}
const POST_BOUND_MS = 5000
/** Long enough that a step that hangs is told apart from one that is merely slow. */
const KILL_AFTER_MS = 60_000
/** Each test outlives the kill, so that a step that hangs fails on its exit code and time, not on jest's timeout. */
const TEST_TIMEOUT_MS = KILL_AFTER_MS + 10_000

const worstCaseMs = ({ retries, timeout }: { retries: number; timeout: number }): number =>
  ((retries + 1) * timeout + retries * 10) * 1000

const linesOf = (step: StepResult, command: string): string[] =>
  step.commands.filter(line => line.command === command).map(line => line.message)

describe('a proxy that accepts the tunnel request and never answers it', () => {
  let proxy: ConnectProxy
  beforeAll(async () => {
    proxy = await startConnectProxy({ routes: {}, stall: true })
  })
  afterAll(() => proxy.close())

  it(
    'main step: one error line that names the proxy, and the process ends within the worst case',
    async () => {
      proxy.lines.length = 0
      const main = await runStep('main', {
        inputs: { url: 'https://jamf.test', ...CLIENT, timeout: '2', retries: '1' },
        env: { https_proxy: proxy.url },
        timeoutMs: KILL_AFTER_MS
      })

      expect(main.exitCode).toBe(1)
      expect(main.elapsedMs).toBeLessThan(worstCaseMs({ retries: 1, timeout: 2 }))
      expect(linesOf(main, 'error')).toEqual([
        'The proxy did not open a connection to jamf.test (no answer within 2 s) after 2 attempts: check https_proxy and no_proxy.'
      ])
      expect(proxy.lines).toEqual(['CONNECT jamf.test:443', 'CONNECT jamf.test:443'])
    },
    TEST_TIMEOUT_MS
  )

  it(
    'post step: one warning, exit code 0, within 5 s',
    async () => {
      proxy.lines.length = 0
      const expiresAt = new Date(Date.now() + 600_000).toISOString()
      const post = await runStep('post', {
        state: {
          token: 'eyJ.stalled.proxy',
          url: 'https://jamf.test',
          'expires-at': expiresAt,
          'timeout-ms': '10000'
        },
        env: { https_proxy: proxy.url },
        timeoutMs: KILL_AFTER_MS
      })

      expect(post.exitCode).toBe(0)
      expect(post.elapsedMs).toBeLessThan(POST_BOUND_MS)
      expect(linesOf(post, 'warning')).toEqual([
        `Could not invalidate the Jamf Pro token; it stays valid until ${expiresAt}. ` +
          'The proxy did not open a connection to jamf.test (no answer within 3.5 s): check https_proxy and no_proxy.'
      ])
      expect(proxy.lines).toEqual(['CONNECT jamf.test:443'])
    },
    TEST_TIMEOUT_MS
  )
})

describe('answers that are not HTTP, or not whole', () => {
  it(
    'an answer cut off mid-body fails at once, as a dropped connection, retried like one',
    async () => {
      const server = await startRawServer(socket =>
        socket.end(
          'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"access_token":"eyJhbGciOi'
        )
      )
      const main = await runStep('main', {
        inputs: { url: server.url, ...CLIENT, retries: '1' }, // timeout: 10, the default
        timeoutMs: KILL_AFTER_MS
      })
      await server.close()

      expect(main.exitCode).toBe(1)
      // Two loopback exchanges and one backoff of at most 1 s; nothing waits for the 10 s timeout.
      expect(main.elapsedMs).toBeLessThan(3000)
      expect(linesOf(main, 'error')).toEqual([
        `The connection to ${new URL(server.url).host} was closed before Jamf Pro answered POST /api/oauth/token after 2 attempts: ` +
          'the server or a proxy dropped it. Try again later; check any proxy between the runner and Jamf Pro.'
      ])
      expect(server.requests).toEqual(['POST /api/oauth/token HTTP/1.1', 'POST /api/oauth/token HTTP/1.1'])
    },
    TEST_TIMEOUT_MS
  )

  it('an answer that is not HTTP has its own message, and is not retried', async () => {
    const server = await startRawServer(socket => socket.end('SSH-2.0-OpenSSH_9.6\r\n\r\n'))
    const main = await runStep('main', { inputs: { url: server.url, ...CLIENT }, timeoutMs: KILL_AFTER_MS })
    await server.close()

    expect(main.exitCode).toBe(1)
    expect(main.elapsedMs).toBeLessThan(2000)
    expect(linesOf(main, 'error')).toEqual([
      `The answer to POST /api/oauth/token from ${new URL(server.url).host} is not valid HTTP (HPE_INVALID_CONSTANT): ` +
        "url's port may not speak HTTP or HTTPS, or a proxy or load balancer garbles the answer. " +
        'Check url and its port, and any proxy between the runner and Jamf Pro.'
    ])
    expect(server.requests).toHaveLength(1)
  })
})
