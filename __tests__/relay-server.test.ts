// The relay in this process (src/relay/), in front of the simulator: what tools get from it, what reaches
// Jamf Pro through it and what never does.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { createServer } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Credentials } from '../src/inputs.js'
import { JamfClient, type Token } from '../src/jamf/client.js'
import { createHttpTransport } from '../src/net/http.js'
import { systemClock } from '../src/net/retry.js'
import { buildRelay } from '../src/relay/build.js'
import type { RelayConfig } from '../src/relay/config.js'
import { keyMatcher, type Relay } from '../src/relay/server.js'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { createPackage, uploadFile } from './support/packages.js'
import { basic, bearer, call, FORM, type Reply } from './support/simulator-http.js'

const { clientId, clientSecret } = DEFAULT_CREDENTIALS
const CLIENT: Credentials = { kind: 'client-credentials', clientId, clientSecret, scope: '' }

let sim: Simulator
let relay: Relay | undefined
let server: { url: string }
let key: string

beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())
beforeEach(() => sim.reset())
afterEach(async () => {
  await relay?.stop()
  relay?.close()
  relay = undefined
  sim.setOption('clientTokenLifetime', 60)
  sim.setOption('credentials', DEFAULT_CREDENTIALS)
})

async function firstToken(url: string, credentials: Credentials = CLIENT): Promise<Token> {
  const transport = createHttpTransport(5000)
  const client = new JamfClient(url, transport, {
    retries: 0,
    timeoutMs: 5000,
    clock: systemClock,
    debug: () => {}
  })
  try {
    return credentials.kind === 'client-credentials'
      ? await client.clientToken(credentials.clientId, credentials.clientSecret, '')
      : await client.userToken(credentials.username, credentials.password)
  } finally {
    transport.close()
  }
}

/** A relay for the simulator (or `url`), as the main step starts one. */
async function startRelay(changes: Partial<RelayConfig> = {}): Promise<void> {
  key = randomBytes(32).toString('base64url')
  const url = changes.url ?? sim.url
  const config: RelayConfig = {
    url,
    credentials: CLIENT,
    token: changes.token ?? (await firstToken(url)),
    key,
    methods: [],
    deadline: Date.now() + 60_000,
    timeoutMs: 5000,
    retries: 0,
    ...changes
  }
  relay = buildRelay(config, systemClock, {})
  server = { url: `http://127.0.0.1:${await relay.listen()}` }
  sim.requests.length = 0 // the first token's request is the main step's, not the relay's
}

const withKey = (headers: Record<string, string> = {}) => ({ ...headers, ...bearer(key) })
const json = (reply: Reply) => [reply.status, JSON.parse(reply.body)]
const jamfError = (status: number, code: string) => ({
  httpStatus: status,
  errors: [{ code, description: expect.any(String), id: '0', field: null }]
})
/** Everything the simulator was sent, as one text. */
const seenBySimulator = () => JSON.stringify(sim.requests)

describe('forwarding', () => {
  it('sends a request with the Jamf Pro token in place of the key, query and headers kept', async () => {
    await startRelay()
    const reply = await call(server, 'GET', '/api/v1/auth?page=2&x=%2F', {
      headers: withKey({
        Accept: 'application/json',
        'X-Tool': 'demo',
        Connection: 'keep-alive, X-Hop',
        'X-Hop': '1'
      })
    })

    expect(json(reply)).toEqual([200, expect.objectContaining({ authenticationType: 'CLIENT_CREDENTIALS' })])
    const [sent] = sim.requests
    expect(sent).toMatchObject({ method: 'GET', path: '/api/v1/auth', query: { page: '2', x: '/' } })
    expect(sim.tokens.map(token => `Bearer ${token.token}`)).toContain(sent.headers.authorization)
    expect(sent.headers).toMatchObject({ accept: 'application/json', 'x-tool': 'demo' })
    expect(sent.headers).not.toHaveProperty('x-hop')
    expect(seenBySimulator()).not.toContain(key)
  })

  it('keeps a server path prefix', async () => {
    await startRelay({ url: `${sim.url}/jamf`, token: await firstToken(sim.url) })
    await call(server, 'GET', '/api/v1/auth', { headers: withKey() })
    expect(sim.requests.map(request => request.path)).toEqual(['/jamf/api/v1/auth'])
  })

  it('streams an upload through intact', async () => {
    await startRelay()
    const content = randomBytes(3 * 1024 * 1024)
    const created = await createPackage(server, key)
    const uploaded = await uploadFile(server, key, JSON.parse(created.body).id, content)

    expect(uploaded.status).toBe(201)
    expect(sim.packages[0].file?.sha256).toBe(createHash('sha256').update(content).digest('hex'))
  })

  it('passes a redirect back without following it', async () => {
    await startRelay()
    sim.setFault('/api/v1/auth', { redirect: 'https://sso.example.com/login?session=1' })
    const reply = await call(server, 'GET', '/api/v1/auth', { headers: withKey() })

    expect([reply.status, reply.headers.location]).toEqual([302, 'https://sso.example.com/login?session=1'])
    expect(sim.requests).toHaveLength(1)
  })

  it("keeps Jamf Cloud's affinity cookies for itself and sends them on every request, its own too", async () => {
    sim.setOption('clientTokenLifetime', 2) // renewed every 0.4 s
    await startRelay()
    const first = await call(server, 'GET', '/api/v1/auth', {
      headers: withKey({ Cookie: 'tool=1; APBALANCEID=other' })
    })
    await call(server, 'GET', '/api/v1/auth', { headers: withKey() })
    await sleep(900)

    expect(first.headers['set-cookie']).toBeUndefined()
    const cookies = (path: string) => sim.requests.filter(r => r.path === path).map(r => r.headers.cookie)
    const pinned = expect.stringMatching(/^APBALANCEID=aws\.sim-node-1; jpro-ingress=\w+$/)
    expect(cookies('/api/v1/auth')).toEqual([
      expect.stringMatching(/^tool=1(; |$)/),
      expect.stringMatching(/^APBALANCEID/)
    ])
    expect(cookies('/api/v1/auth')[1]).toEqual(pinned)
    const renewals = cookies('/api/oauth/token')
    expect(renewals.length).toBeGreaterThan(0)
    expect(renewals.slice(1)).toEqual(renewals.slice(1).map(() => pinned))
  })

  it("answers 502 in Jamf Pro's shape when Jamf Pro cannot be reached", async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as { port: number }).port
    await new Promise(resolve => closed.close(resolve))
    await startRelay({ url: `http://127.0.0.1:${port}`, token: await firstToken(sim.url) })

    expect(json(await call(server, 'GET', '/api/v1/auth', { headers: withKey() }))).toEqual([
      502,
      jamfError(502, 'RELAY_UPSTREAM_ERROR')
    ])
  })

  it('opens at most 3 connections for forwarded requests, and renews on its own connection meanwhile', async () => {
    sim.setOption('clientTokenLifetime', 3) // expires_in 2: renewed every 0.8 s
    await startRelay()
    sim.setFault('/JSSResource/computers', { delayMs: 600 })
    const before = sim.connections
    const replies = await Promise.all(
      Array.from({ length: 12 }, () => call(server, 'GET', '/JSSResource/computers', { headers: withKey() }))
    )

    expect(replies.map(reply => reply.status)).toEqual(Array(12).fill(200))
    const forwarded = new Set(
      sim.requests.filter(r => r.path === '/JSSResource/computers').map(r => r.connection)
    )
    const own = sim.requests.filter(r => r.path.startsWith('/api/')).map(r => r.connection)
    expect(forwarded.size).toBeLessThanOrEqual(3)
    expect(own.length).toBeGreaterThan(0)
    expect(own.filter(connection => forwarded.has(connection))).toEqual([])
    expect(sim.connections - before).toBeLessThanOrEqual(5)
  })
})

describe('refusals', () => {
  it.each([
    ['no Authorization', {}],
    ['a wrong key', { Authorization: 'Bearer not-the-key' }],
    ['the key as Basic', { Authorization: `Basic ${Buffer.from('x:y').toString('base64')}` }]
  ])('answers 401 to a request with %s, and forwards nothing', async (_, headers) => {
    await startRelay()
    const reply = await call(server, 'GET', '/api/v1/auth', { headers })
    expect(json(reply)).toEqual([401, jamfError(401, 'INVALID_TOKEN')])
    expect(sim.requests).toEqual([])
  })

  it('compares the whole key', () => {
    const isKey = keyMatcher('k'.repeat(43))
    expect([isKey('k'.repeat(43)), isKey('k'.repeat(42)), isKey('k'.repeat(44)), isKey('')]).toEqual([
      true,
      false,
      false,
      false
    ])
  })

  it('answers 403 to a method outside relay-methods, and forwards nothing', async () => {
    await startRelay({ methods: ['GET', 'HEAD'] })
    const refused = await call(server, 'DELETE', '/api/v1/packages/1', { headers: withKey() })
    expect(json(refused)).toEqual([403, jamfError(403, 'RELAY_METHOD_NOT_ALLOWED')])
    expect(sim.requests).toEqual([])
    expect((await call(server, 'GET', '/api/v1/auth', { headers: withKey() })).status).toBe(200)
  })

  it('answers 503 while it has no usable token, with the reason', async () => {
    sim.setOption('clientTokenLifetime', 2)
    await startRelay()
    sim.setOption('credentials', { clientSecret: 'rotated' })
    await sleep(1600) // renewal at 0.4 s was rejected; the token has under a quarter of its life left

    const reply = await call(server, 'GET', '/api/v1/auth', { headers: withKey() })
    expect(json(reply)).toEqual([503, jamfError(503, 'RELAY_TOKEN_UNAVAILABLE')])
    expect(JSON.parse(reply.body).errors[0].description).toMatch(/rejected the API client credentials/)
  })
})

describe('token endpoints for tools', () => {
  const form = (secret: string) =>
    new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'any',
      client_secret: secret
    }).toString()

  it.each(['/api/oauth/token', '/api/v1/oauth/token'])(
    '%s gives the key for the key as client_secret',
    async path => {
      await startRelay()
      const reply = await call(server, 'POST', path, { headers: FORM, body: form(key) })
      const [status, body] = json(reply)
      expect([status, body]).toEqual([
        200,
        { access_token: key, token_type: 'Bearer', expires_in: expect.any(Number), scope: 'api-role:1' }
      ])
      expect(body.expires_in).toBeGreaterThan(55)
      expect(body.expires_in).toBeLessThanOrEqual(60)
      expect(json(await call(server, 'POST', path, { headers: FORM, body: form(clientSecret) }))).toEqual([
        401,
        { error: 'invalid_client' }
      ])
      expect(sim.requests).toEqual([])
    }
  )

  it('/api/v1/auth/token gives the key for Basic credentials whose password is the key', async () => {
    await startRelay()
    const reply = await call(server, 'POST', '/api/v1/auth/token', {
      headers: { Authorization: basic('anyone', key) }
    })
    expect(json(reply)).toEqual([200, { token: key, expires: expect.stringMatching(/Z$/) }])
    const wrong = await call(server, 'POST', '/api/v1/auth/token', {
      headers: { Authorization: basic('anyone', 'x') }
    })
    expect(json(wrong)).toEqual([401, { httpStatus: 401, errors: [] }])
    expect(sim.requests).toEqual([])
  })

  it('keep-alive gives the key again; invalidate-token answers 204 and the relay keeps working', async () => {
    await startRelay()
    expect(json(await call(server, 'POST', '/api/v1/auth/keep-alive', { headers: withKey() }))).toEqual([
      200,
      { token: key, expires: expect.any(String) }
    ])
    expect((await call(server, 'POST', '/api/v1/auth/invalidate-token', { headers: withKey() })).status).toBe(
      204
    )
    expect(sim.requests).toEqual([])
    expect((await call(server, 'GET', '/api/v1/auth', { headers: withKey() })).status).toBe(200)
    expect(sim.tokens.every(token => !token.invalidated)).toBe(true)
  })
})

describe('paths read as Jamf Pro routes them', () => {
  it.each([
    ['/api/v1/auth/keep%2Dalive', 200],
    ['/api/v1/auth/keep-alive/', 200],
    ['//api/v1/auth/keep-alive', 200],
    ['/api/./v1/auth/KEEP-ALIVE', 200],
    ['/api/v1/auth/invalidate-token;x', 204],
    ['//api/v1/auth/invalidate-token', 204]
  ])('answers POST %s itself (%i): no real token is handed out or ended', async (path, status) => {
    await startRelay()
    const reply = await call(server, 'POST', path, { headers: withKey() })

    expect(reply.status).toBe(status)
    expect(reply.body).not.toContain('eyJ')
    expect(sim.requests).toEqual([])
    expect(sim.tokens.every(token => !token.invalidated)).toBe(true)
  })

  it.each([
    ['GET', '/api/v1/auth/keep-alive'],
    ['PUT', '/api/v1/auth/invalidate-token'],
    ['POST', '/api/v2/auth/token'],
    ['POST', '/uapi/auth/keepAlive'],
    ['GET', '/api/../api/v1/oauth/token']
  ])(
    'refuses %s %s, a token endpoint it does not answer, with 403: never forwarded',
    async (method, path) => {
      await startRelay()
      const reply = await call(server, method, path, { headers: withKey() })

      expect(json(reply)).toEqual([403, jamfError(403, 'RELAY_TOKEN_ENDPOINT')])
      expect(sim.requests).toEqual([])
    }
  )

  it('forwards other paths as routed, and refuses one that climbs above the root', async () => {
    await startRelay()
    expect((await call(server, 'GET', '//api/./v1/auth', { headers: withKey() })).status).toBe(200)
    expect(sim.requests.map(request => request.path)).toEqual(['/api/v1/auth'])
    expect((await call(server, 'GET', '/../api/v1/auth', { headers: withKey() })).status).toBe(400)
    expect(sim.requests).toHaveLength(1)
  })
})

describe('stopping', () => {
  it('on an authenticated request: answers its record, leaves no valid token, and closes', async () => {
    sim.setOption('clientTokenLifetime', 2)
    await startRelay()
    await sleep(500) // renewed once
    await call(server, 'GET', '/api/v1/auth?secret=1', { headers: withKey() })
    await call(server, 'GET', '/api/v1/auth', { headers: withKey() })
    await call(server, 'GET', '/api/v1/nothing', { headers: withKey() })
    await call(server, 'GET', '/api/v1/auth')
    expect((await call(server, 'POST', '/.relay/stop')).status).toBe(401)

    const [status, report] = json(await call(server, 'POST', '/.relay/stop', { headers: withKey() }))
    expect(status).toBe(200)
    expect(report).toEqual({
      calls: [
        { method: 'GET', path: '/api/v1/auth', count: 2, statuses: { 200: 2 }, totalMs: expect.any(Number) },
        {
          method: 'GET',
          path: '/api/v1/nothing',
          count: 1,
          statuses: { 404: 1 },
          totalMs: expect.any(Number)
        }
      ],
      refused: { withoutKey: 2, method: 0 },
      tokens: { held: report.tokens.held, invalid: report.tokens.held }
    })
    expect(report.tokens.held).toBeGreaterThanOrEqual(2)
    await relay?.closed
    expect(sim.tokens.filter(token => !token.invalidated && token.expiresAt > Date.now())).toEqual([])
    await expect(call(server, 'GET', '/api/v1/auth', { headers: withKey() })).rejects.toThrow(/ECONNREFUSED/)
  })

  it('at its deadline', async () => {
    await startRelay({ deadline: Date.now() + 1000 })
    const started = Date.now()
    await relay?.closed
    expect(Date.now() - started).toBeLessThan(3000)
    expect(sim.tokens.every(token => token.invalidated)).toBe(true)
  })
})
