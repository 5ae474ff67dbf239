/**
 * Every class of failure ends as ONE setFailed line: the right text, one line, no "undefined", no stack
 * trace, no secret, within its time bound; and the server got exactly the requests it should have.
 * The main step runs in-process with the real HTTP transport against the simulator on 127.0.0.1.
 * No nock in this file (importing it would patch http): the DNS case must meet the real resolver.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import { startSimulator, type Simulator } from '../simulator/server.mjs'
import { createHttpTransport, type CreateTransport, type HttpRequest } from '../src/net/http.js'
import { run } from '../src/main.js'
import { recordingClock, type RecordingClock } from './support/clocks.js'
import { fakeCore, type FakeCore } from './support/fake-core.js'
import { CLIENT_INPUTS, forbiddenForms, SPECIAL, USER_INPUTS } from './support/special-credentials.js'

/** A failure that needs no wait ends this fast: one loopback exchange, or two for the 404 fallback. */
const QUICK_MS = 2000

let jamf: Simulator
const others: Simulator[] = []

beforeEach(async () => {
  jamf = await startSimulator({ credentials: SPECIAL })
})
afterEach(async () => {
  await Promise.all([jamf, ...others.splice(0)].map(simulator => simulator.close()))
})

const paths = (simulator: Simulator = jamf): string[] =>
  simulator.requests.map(request => `${request.method} ${request.path}`)
const clientInputs = (extra: Record<string, string> = {}) => ({ url: jamf.url, ...CLIENT_INPUTS, ...extra })
const userInputs = (extra: Record<string, string> = {}) => ({ url: jamf.url, ...USER_INPUTS, ...extra })

interface Outcome {
  core: FakeCore
  clock: RecordingClock
  ms: number
}

async function runMain(
  inputs: Record<string, string>,
  { clock = recordingClock(), transport = createHttpTransport as CreateTransport } = {}
): Promise<Outcome> {
  const core = fakeCore(inputs)
  const started = performance.now()
  await run(core, transport, clock)
  return { core, clock, ms: performance.now() - started }
}

/** The one failure line, checked for what every failure line must be; no outputs, no exported variables. */
function failureLine(
  { core }: Pick<Outcome, 'core'>,
  { tokens = [] as string[], outputs = false } = {}
): string {
  expect(core.failures).toHaveLength(1)
  const [line] = core.failures
  expect(line).not.toMatch(/[\r\n]/)
  expect(line).not.toMatch(/undefined|null|NaN|\[object /)
  expect(line).not.toMatch(/\bat .*:\d+:\d+|Error:/) // no stack frame, no raw error
  if (!outputs) {
    expect(core.outputs).toEqual({})
    expect(core.exported).toEqual({})
  }
  expectNoSecretPrinted(core, tokens)
  return line
}

/** What reaches the log or the summary (outputs, env and state are files a runner masks or keeps). */
const LOGGED = new Set(['info', 'debug', 'notice', 'warning', 'error', 'summary'])

function expectNoSecretPrinted(core: FakeCore, tokens: string[] = []): void {
  const printed = core.calls.filter(call => LOGGED.has(call.fn)).map(call => call.value)
  const leaks = forbiddenForms(tokens).filter(({ form }) => printed.some(line => line.includes(form)))
  expect(leaks).toEqual([])
}

const attemptLines = (core: FakeCore) => core.debugs.filter(line => /^attempt \d+\/\d+: /.test(line))

describe('credentials rejected', () => {
  it.each([400, 401])(
    'API client, HTTP %i invalid_client: check client-id and client-secret',
    async status => {
      jamf.setOption('badClientStatus', status)
      const outcome = await runMain(clientInputs({ 'client-secret': 'not-the-secret' }))

      expect(failureLine(outcome)).toBe(
        `Jamf Pro rejected the API client credentials (HTTP ${status}, invalid_client): check client-id and client-secret, ` +
          'and that the API client is enabled in Jamf Pro (Settings > System > API roles and clients > API Clients).'
      )
      expect(paths()).toEqual(['POST /api/oauth/token'])
      expect(outcome.clock.sleeps).toEqual([])
      expect(outcome.ms).toBeLessThan(QUICK_MS)
    }
  )

  it('invalid_scope: ask only for roles the API client has', async () => {
    const outcome = await runMain(clientInputs({ scope: 'api-role:1 api-role:9' }))

    expect(failureLine(outcome)).toMatch(
      /^Jamf Pro refused the requested scope \(HTTP 400, invalid_scope\): ask only for API roles assigned to this API client .*, or leave scope empty\.$/
    )
    expect(paths()).toEqual(['POST /api/oauth/token'])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })

  it('user account, HTTP 401: check username and password, and SSO accounts cannot use the API', async () => {
    const outcome = await runMain(userInputs({ password: 'wrong password' }))

    expect(failureLine(outcome)).toBe(
      'Jamf Pro rejected the username or password (HTTP 401): check username and password. ' +
        'Use a local or LDAP account: SSO accounts cannot use the API (or, better, use an API client).'
    )
    expect(paths()).toEqual(['POST /api/v1/auth/token'])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })

  it('user account, USER_EXPIRED_PASSWORD: change the password in Jamf Pro', async () => {
    jamf.setOption('expiredPassword', true)
    const outcome = await runMain(userInputs())

    expect(failureLine(outcome)).toBe(
      `The password of Jamf Pro account ${SPECIAL.username} has expired (USER_EXPIRED_PASSWORD): ` +
        'sign in to Jamf Pro to change it, then update the secret that holds it.'
    )
    expect(paths()).toEqual(['POST /api/v1/auth/token'])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })
})

describe('answers that are not a token', () => {
  it('user account, HTTP 403 on the token path: forbidden', async () => {
    jamf.setFault('POST /api/v1/auth/token', { status: 403 })
    const outcome = await runMain(userInputs())

    expect(failureLine(outcome)).toBe(
      'Jamf Pro answered POST /api/v1/auth/token with HTTP 403 (forbidden): the account or API client may not do this. ' +
        'Check its privileges and API roles in Jamf Pro.'
    )
    expect(paths()).toEqual(['POST /api/v1/auth/token'])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })

  const noOAuthEndpoint = (url: string, answers: string): string =>
    `Jamf Pro has no OAuth token endpoint at ${url} (${answers}, without an OAuth error): ` +
    'check that url is the root of the Jamf Pro server, e.g. https://yourorg.jamfcloud.com, ' +
    'and that the server runs Jamf Pro 10.49 or later, which API clients need (older servers: use username and password). ' +
    'If both hold, a firewall or proxy refused the request, or Jamf Pro refused the API client without saying why: ' +
    'check client-id, client-secret and that the client is enabled (Settings > System > API roles and clients > API Clients).'
  const bothPaths = (status: number) =>
    `HTTP ${status} on POST /api/oauth/token and HTTP ${status} on POST /api/v1/oauth/token`

  it('API client, a Jamf-shaped HTTP 403 on the token path: no OAuth endpoint here, not "rejected", and no second request', async () => {
    jamf.setFault('POST /api/oauth/token', { status: 403 })
    const outcome = await runMain(clientInputs())

    expect(failureLine(outcome)).toBe(noOAuthEndpoint(jamf.url, 'HTTP 403 on POST /api/oauth/token'))
    expect(paths()).toEqual(['POST /api/oauth/token'])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })

  it('HTTP 404 on both OAuth paths (a server that dropped both)', async () => {
    jamf.setOption('droppedPaths', ['/api/v1/oauth/token', '/api/oauth/token'])
    const outcome = await runMain(clientInputs())

    expect(failureLine(outcome)).toBe(noOAuthEndpoint(jamf.url, bothPaths(404)))
    expect(paths()).toEqual(['POST /api/oauth/token', 'POST /api/v1/oauth/token'])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })

  it('HTTP 404 on both OAuth paths: url is not the root of the server', async () => {
    const outcome = await runMain(clientInputs({ url: `${jamf.url}/jamf/` }))

    expect(failureLine(outcome)).toBe(noOAuthEndpoint(`${jamf.url}/jamf`, bothPaths(404)))
    expect(paths()).toEqual(['POST /jamf/api/oauth/token', 'POST /jamf/api/v1/oauth/token'])
  })

  it.each([
    ['API client', '/api/oauth/token', clientInputs],
    ['user account', '/api/v1/auth/token', userInputs]
  ])('%s, a redirect to an IdP: named by its origin only, and never followed', async (_, path, inputs) => {
    const idp = await startSimulator()
    others.push(idp)
    jamf.setFault(`POST ${path}`, {
      redirect: `${idp.url}/saml/login?SAMLRequest=c2VjcmV0LXJlcXVlc3Q&RelayState=relay-1234#frag`
    })
    const outcome = await runMain(inputs())

    const line = failureLine(outcome)
    expect(line).toBe(
      `Jamf Pro answered POST ${path} with HTTP 302, a redirect to ${idp.url}; credentials are never sent on after a redirect. ` +
        "Set url to the Jamf Pro server's own address, or exempt the API from the SSO or proxy rule that redirects it."
    )
    expect(line).not.toMatch(/saml|SAMLRequest|RelayState|relay-1234|\?|#/)
    expect(paths()).toEqual([`POST ${path}`])
    expect(idp.requests).toEqual([])
    expect(idp.connections).toBe(0)
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })

  it('an HTML login page with HTTP 200 (SSO or a proxy)', async () => {
    jamf.setFault('POST /api/oauth/token', { html: true })
    const outcome = await runMain(clientInputs())

    expect(failureLine(outcome)).toBe(
      'Jamf Pro answered POST /api/oauth/token with HTTP 200 and an HTML page instead of JSON: ' +
        'url points at a login, SSO or proxy page, or not at Jamf Pro. ' +
        'Check that url is the root of the Jamf Pro server, e.g. https://yourorg.jamfcloud.com.'
    )
    expect(paths()).toEqual(['POST /api/oauth/token'])
  })

  it('malformed JSON', async () => {
    jamf.setFault('POST /api/oauth/token', { malformedJson: true })
    const outcome = await runMain(clientInputs())

    expect(failureLine(outcome)).toBe(
      'Jamf Pro answered POST /api/oauth/token with a body that is not JSON: check that url is the root of the ' +
        'Jamf Pro server, e.g. https://yourorg.jamfcloud.com, and that no proxy rewrites API answers.'
    )
    expect(paths()).toEqual(['POST /api/oauth/token'])
  })

  it.each([
    ['no access_token', { token_type: 'Bearer', expires_in: 599 }],
    ['an empty access_token', { access_token: '', token_type: 'Bearer', expires_in: 599 }]
  ])('JSON with %s: is the API client disabled?', async (_, json) => {
    jamf.setFault('POST /api/oauth/token', { json })
    const outcome = await runMain(clientInputs())

    expect(failureLine(outcome)).toMatch(
      /^Jamf Pro answered POST \/api\/oauth\/token without an access token: check that the API client is enabled in Jamf Pro/
    )
    expect(paths()).toEqual(['POST /api/oauth/token'])
  })

  it.each([0, -60, '600'])('expires_in %p is not a positive number of seconds', async expiresIn => {
    jamf.setFault('POST /api/oauth/token', {
      json: { access_token: 'eyJ.refused.token', token_type: 'Bearer', expires_in: expiresIn }
    })
    const outcome = await runMain(clientInputs())

    expect(failureLine(outcome, { tokens: ['eyJ.refused.token'] })).toMatch(
      /^Jamf Pro answered POST \/api\/oauth\/token with a token response whose expires_in is not a positive number of seconds: /
    )
    expect(outcome.core.saved).toEqual({})
    expectRefusedTokenInvalidated(outcome, 'eyJ.refused.token', 'POST /api/oauth/token')
  })

  it.each(['tomorrow', '', '2024-13-45T99:99:99Z'])(
    'user token whose expires %p is not a date',
    async expires => {
      jamf.setFault('POST /api/v1/auth/token', { json: { token: 'eyJ.refused.token', expires } })
      const outcome = await runMain(userInputs())

      expect(failureLine(outcome, { tokens: ['eyJ.refused.token'] })).toMatch(
        /^Jamf Pro answered POST \/api\/v1\/auth\/token with a token response whose expires is not a date: check that url/
      )
      expectRefusedTokenInvalidated(outcome, 'eyJ.refused.token', 'POST /api/v1/auth/token')
    }
  )
})

/** A token the action refused: masked before anything else was printed, and invalidated by the main step. */
function expectRefusedTokenInvalidated({ core }: Outcome, token: string, tokenRequest: string): void {
  const maskAt = core.calls.findIndex(call => call.fn === 'setSecret' && call.value === token)
  expect(maskAt).toBeGreaterThan(-1)
  expect(maskAt).toBeLessThan(core.calls.findIndex(call => call.fn === 'error'))
  expect(paths()).toEqual([tokenRequest, 'POST /api/v1/auth/invalidate-token'])
  expect(jamf.requests[1].headers.authorization).toBe(`Bearer ${token}`)
}

describe('network failures', () => {
  it('DNS failure: a .invalid name fails fast with ENOTFOUND and is not retried', async () => {
    const outcome = await runMain({ url: 'https://jamf.invalid', ...CLIENT_INPUTS, retries: '3' })

    expect(failureLine(outcome)).toBe(
      'Cannot resolve jamf.invalid (DNS lookup failed): check the host name in url.'
    )
    expect(attemptLines(outcome.core)).toEqual([
      expect.stringMatching(/^attempt 1\/4: POST \/api\/oauth\/token -> ENOTFOUND after \d+ ms$/)
    ])
    expect(outcome.clock.sleeps).toEqual([])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })

  it('connection refused: retried, retries: 2 makes 3 attempts with growing waits', async () => {
    const port = await closedPort()
    const outcome = await runMain({ url: `http://127.0.0.1:${port}`, ...CLIENT_INPUTS, retries: '2' })

    expect(failureLine(outcome)).toBe(
      `Connection to 127.0.0.1:${port} refused after 3 attempts: check url and its port ` +
        '(on-premises servers often listen on :8443), and that Jamf Pro is running.'
    )
    expect(attemptLines(outcome.core)).toEqual(
      [1, 2, 3].map(n => expect.stringContaining(`attempt ${n}/3: POST /api/oauth/token -> ECONNREFUSED`))
    )
    expect(outcome.clock.sleeps).toEqual([750, 1500])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })

  it('a server that accepts and never answers: timeout 1 s, retries 1 ends within 2 × 1 s + the backoff', async () => {
    jamf.setFault('POST /api/oauth/token', { hang: true })
    const clock = recordingClock({ realSleep: true })
    const outcome = await runMain(clientInputs({ timeout: '1', retries: '1' }), { clock })

    expect(failureLine(outcome)).toBe(
      'No answer from Jamf Pro to POST /api/oauth/token within 1 s after 2 attempts: check url, the network and any firewall; ' +
        'raise timeout if the server is slow.'
    )
    expect(paths()).toEqual(['POST /api/oauth/token', 'POST /api/oauth/token'])
    expect(clock.sleeps).toEqual([750])
    const bound = 2 * 1000 + 750
    expect(outcome.ms).toBeGreaterThanOrEqual(bound - 20) // timers may fire a few ms early
    expect(outcome.ms).toBeLessThan(bound + 1000)
  })

  it('connection reset before an answer: retried, then one line', async () => {
    jamf.setFault('POST /api/oauth/token', { reset: true })
    const outcome = await runMain(clientInputs({ retries: '2' }))

    expect(failureLine(outcome)).toBe(
      `The connection to 127.0.0.1:${jamf.port} was closed before Jamf Pro answered POST /api/oauth/token after 3 attempts: ` +
        'the server or a proxy dropped it. Try again later; check any proxy between the runner and Jamf Pro.'
    )
    expect(paths()).toEqual(Array(3).fill('POST /api/oauth/token'))
    expect(outcome.clock.sleeps).toEqual([750, 1500])
    expect(outcome.ms).toBeLessThan(QUICK_MS)
  })
})

describe('outages', () => {
  it('HTTP 503 with Retry-After: waits as asked, then succeeds', async () => {
    jamf.setFault('POST /api/oauth/token', { status: 503, retryAfter: 3, times: 1 })
    const outcome = await runMain(clientInputs())

    expect(outcome.core.failures).toEqual([])
    expect(outcome.core.outputs.token).toBe(jamf.tokens[0].token)
    expect(outcome.clock.sleeps).toEqual([3000])
    expect(paths()).toEqual([
      'POST /api/oauth/token',
      'POST /api/oauth/token',
      'GET /api/v1/jamf-pro-version'
    ])
    expectNoSecretPrinted(outcome.core, [jamf.tokens[0].token])
  })

  it('HTTP 503 after every retry: the line says after how many attempts', async () => {
    jamf.setFault('POST /api/oauth/token', { status: 503 })
    const outcome = await runMain(clientInputs({ retries: '2' }))

    expect(failureLine(outcome)).toBe(
      'Jamf Pro answered POST /api/oauth/token with HTTP 503 after 3 attempts: the server is overloaded, restarting or down. ' +
        'Try again later; raise retries if this happens often.'
    )
    expect(paths()).toEqual(Array(3).fill('POST /api/oauth/token'))
    expect(outcome.clock.sleeps).toEqual([750, 1500])
  })
})

describe('an exception the action did not foresee', () => {
  it('a transport that throws a TypeError holding the secret: one clean line, the details redacted in debug', async () => {
    const sent: HttpRequest[] = []
    const transport: CreateTransport = () => ({
      async send(request) {
        sent.push(request)
        throw new TypeError(`cannot send ${request.body} with ${SPECIAL.clientSecret}`)
      },
      close() {}
    })
    const outcome = await runMain(clientInputs({ retries: '3' }), { transport })

    expect(failureLine(outcome)).toBe(
      'The action failed unexpectedly (details in the debug log: re-run with debug logging). Please report it with that log.'
    )
    expect(sent.map(request => `${request.method} ${request.url}`)).toEqual([
      `POST ${jamf.url}/api/oauth/token`
    ])
    expect(outcome.clock.sleeps).toEqual([])
    const details = outcome.core.debugs.find(line => line.startsWith('unexpected failure: '))
    expect(details).toMatch(/^unexpected failure: TypeError: cannot send .*\*\*\*/)
    expect(details).toContain('client_secret=***')
    expect(paths()).toEqual([])
  })

  it('a failing file command after the token arrived: the token is redacted from the details too', async () => {
    const core = fakeCore(clientInputs())
    const exportVariable = core.exportVariable
    core.exportVariable = (name, value) => {
      if (name === 'JAMF_TOKEN') throw new Error(`cannot write ${name}=${String(value)} to GITHUB_ENV`)
      exportVariable(name, value)
    }
    await run(core, createHttpTransport, recordingClock())

    const token = jamf.tokens[0].token
    expect(failureLine({ core }, { tokens: [token], outputs: true })).toMatch(
      /^The action failed unexpectedly/
    )
    expect(core.debugs).toContainEqual(
      expect.stringMatching(/^unexpected failure: Error: cannot write JAMF_TOKEN=\*\*\* to GITHUB_ENV/)
    )
    // The step failed, so the token it got is invalidated at once, and the post step has nothing left to do.
    expect(paths()).toEqual([
      'POST /api/oauth/token',
      'GET /api/v1/jamf-pro-version',
      'POST /api/v1/auth/invalidate-token'
    ])
    expect(jamf.tokens[0].invalidated).toBe(true)
    expect(core.saved.token).toBe('')
  })
})

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise(resolve => server.close(resolve))
  return port
}
