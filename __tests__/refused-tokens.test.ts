/**
 * A token the action receives and then refuses, for any reason, is masked at once and invalidated before the
 * main step ends: nothing is left for the post step, and no refused token is valid after the job. On the
 * built dist/ run as a runner runs it. Real tokens come from the simulator, which then answers them back in
 * a shape the action refuses; oversized and unusable tokens come from a small local server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { runJob, type StepResult } from '../test-support/runner.mjs'

const { clientId, clientSecret, username, password } = DEFAULT_CREDENTIALS
const CLIENT = { 'client-id': clientId, 'client-secret': clientSecret }
const USER = { username, password }
/** A refusal and one invalidation request on loopback, Node's start-up included, with room to spare. */
const QUICK_MS = 5000

let jamf: Simulator
beforeAll(async () => {
  jamf = await startSimulator()
})
afterAll(() => jamf.close())
beforeEach(() => jamf.reset())

/** A real token from the simulator, issued outside the action. */
async function issue(kind: 'client' | 'user'): Promise<string> {
  const response =
    kind === 'client'
      ? await fetch(`${jamf.url}/api/oauth/token`, {
          method: 'POST',
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: clientId,
            client_secret: clientSecret
          })
        })
      : await fetch(`${jamf.url}/api/v1/auth/token`, {
          method: 'POST',
          headers: { Authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` }
        })
  const body = (await response.json()) as { access_token?: string; token?: string }
  return body.access_token ?? body.token ?? ''
}

const errors = (step: StepResult): string[] =>
  step.commands.filter(line => line.command === 'error').map(line => line.message)

/** The one error line; the token masked before it; nothing saved for, and nothing done by, the post step. */
function expectRefused({ main, post }: { main: StepResult; post: StepResult }, token: string): string {
  expect(main.exitCode).toBe(1)
  expect(main.elapsedMs).toBeLessThan(QUICK_MS)
  const lines = errors(main)
  expect(lines).toHaveLength(1)
  const maskAt = main.commands.findIndex(line => line.command === 'add-mask' && line.message === token)
  expect(maskAt).toBeGreaterThan(-1)
  expect(maskAt).toBeLessThan(main.commands.findIndex(line => line.command === 'error'))
  expect(main.outputs).toEqual({})
  // Compared by length: a refused token may be 20 kB, too long for a readable failure.
  expect((main.state.token ?? '').length).toBe(0)
  expect(post.exitCode).toBe(0)
  expect(post.stdout).toBe('')
  return lines[0]
}

describe('refused answers carrying a real token: invalidated by the main step', () => {
  it.each([
    ['expires_in as a string', { expires_in: '599' }],
    ['no expires_in', {}]
  ])('API client, %s', async (_, fields) => {
    const token = await issue('client')
    jamf.setFault('POST /api/oauth/token', {
      json: { access_token: token, scope: 'api-role:1', token_type: 'Bearer', ...fields }
    })
    const job = await runJob({ inputs: { url: jamf.url, ...CLIENT } })

    expect(expectRefused(job, token)).toMatch(
      /^Jamf Pro answered POST \/api\/oauth\/token with a token response whose expires_in is not a positive number of seconds: /
    )
    expect(jamf.tokens.map(issued => issued.invalidated)).toEqual([true])
  })

  it.each([
    ['an unreadable expires', 'next Tuesday', /whose expires is not a date/],
    [
      'an expires already past',
      '2020-01-01T00:00:00.000Z',
      /expires at 2020-01-01T00:00:00.000Z, which is already past/
    ]
  ])('user account, %s', async (_, expires, message) => {
    const token = await issue('user')
    jamf.setFault('POST /api/v1/auth/token', { json: { token, expires } })
    const job = await runJob({ inputs: { url: jamf.url, ...USER } })

    expect(expectRefused(job, token)).toMatch(message)
    expect(jamf.tokens.map(issued => issued.invalidated)).toEqual([true])
  })

  it('a token that lives less than min-lifetime', async () => {
    const job = await runJob({ inputs: { url: jamf.url, ...CLIENT, 'min-lifetime': '3600' } })

    const [issued] = jamf.tokens
    expect(expectRefused(job, issued.token)).toMatch(
      /^The Jamf Pro token lives \d+ s, less than min-lifetime \(3600 s\)/
    )
    expect(issued.invalidated).toBe(true)
  })

  it('a token the server does not accept back (verify: HTTP 401)', async () => {
    jamf.setFault('GET /api/v1/jamf-pro-version', { status: 401 })
    const job = await runJob({ inputs: { url: jamf.url, ...CLIENT } })

    const [issued] = jamf.tokens
    expect(expectRefused(job, issued.token)).toMatch(/^Jamf Pro did not accept the token it had just issued/)
    expect(issued.invalidated).toBe(true)
  })
})

describe('tokens no tool could use', () => {
  let server: Server
  let url: string
  let answer: unknown
  const invalidations: string[] = []

  beforeAll(async () => {
    // Headers far larger than Node's default limit, so that a 20 kB token can be sent back to be invalidated.
    server = createServer({ maxHeaderSize: 1 << 20 }, (req: IncomingMessage, res) => {
      req.resume()
      if (req.url === '/api/v1/auth/invalidate-token') {
        invalidations.push(req.headers.authorization ?? '')
        return void res.writeHead(204).end()
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise(resolve => server.close(resolve)))
  beforeEach(() => {
    invalidations.length = 0
  })

  it('a token larger than 16 kB: refused, invalidated, never saved or exported', async () => {
    const token = `eyJ${'A'.repeat(20 * 1024)}`
    answer = { access_token: token, scope: 'api-role:1', token_type: 'Bearer', expires_in: 599 }
    const job = await runJob({ inputs: { url, ...CLIENT } })

    expect(expectRefused(job, token)).toBe(
      'Jamf Pro answered POST /api/oauth/token with a token longer than 16 kB, more than any Jamf Pro token: ' +
        'another server or a proxy may be answering in its place. Check that url is the root of the Jamf Pro server, ' +
        'e.g. https://yourorg.jamfcloud.com, and that no proxy rewrites API answers.'
    )
    expect(invalidations).toEqual([`Bearer ${token}`])
    expect(job.main.exported).toEqual({})
  })

  it('a token with a character no header can carry: its own message, and it cannot be sent anywhere', async () => {
    const token = 'eyJhbGciOi\u0007JIUzI1NiJ9'
    answer = { access_token: token, scope: 'api-role:1', token_type: 'Bearer', expires_in: 599 }
    const job = await runJob({ inputs: { url, ...CLIENT } })

    expect(expectRefused(job, token)).toBe(
      'Jamf Pro answered POST /api/oauth/token with a token that holds characters an HTTP header cannot carry, so no tool could use it: ' +
        'check that url is the root of the Jamf Pro server, e.g. https://yourorg.jamfcloud.com, and that no proxy rewrites API answers. ' +
        'Invalidating the token failed: it stays valid until it expires.'
    )
    expect(invalidations).toEqual([])
  })
})
