/**
 * Tests of the local Jamf Pro simulator (simulator/server.mjs, simulator/tls.mjs) over real loopback
 * sockets. No nock here: the point is real HTTP behaviour (keep-alive, resets, TLS).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { generateCertificate } from '../simulator/tls.mjs'

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

interface CallOptions {
  headers?: Record<string, string>
  body?: string
  agent?: http.Agent
  ca?: string
}

/** One request with node:http(s); `path` is sent as is, so a doubled slash stays doubled. */
function call(sim: Simulator, method: string, path: string, options: CallOptions = {}): Promise<Reply> {
  const base = new URL(sim.url)
  const transport = base.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = transport.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        headers: options.headers,
        agent: options.agent ?? false,
        ca: options.ca
      },
      res => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const clientForm = (extra: Record<string, string> = {}) =>
  form({
    grant_type: 'client_credentials',
    client_id: DEFAULT_CREDENTIALS.clientId,
    client_secret: DEFAULT_CREDENTIALS.clientSecret,
    ...extra
  })
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })
const JAMF_JSON = 'application/json;charset=UTF-8'
const JWT_LIKE = /^[\w-]+\.[\w-]+\.[\w-]+$/

async function clientToken(sim: Simulator): Promise<string> {
  const reply = await call(sim, 'POST', '/api/v1/oauth/token', { headers: FORM, body: clientForm() })
  return JSON.parse(reply.body).access_token
}

async function userToken(sim: Simulator): Promise<string> {
  const { username, password } = DEFAULT_CREDENTIALS
  const reply = await call(sim, 'POST', '/api/v1/auth/token', {
    headers: { Authorization: basic(username, password) }
  })
  return JSON.parse(reply.body).token
}

const invalidToken = (status: number) => ({
  httpStatus: status,
  errors: [{ code: 'INVALID_TOKEN', description: 'Unauthorized', id: '0', field: null }]
})

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterEach(() => sim.reset())
afterAll(() => sim.close())

/** A simulator with its own options, closed afterwards. */
async function withSimulator(
  options: Parameters<typeof startSimulator>[0],
  test: (s: Simulator) => Promise<void>
) {
  const own = await startSimulator(options)
  try {
    await test(own)
  } finally {
    await own.close()
  }
}

describe('OAuth client credentials', () => {
  it.each(['/api/v1/oauth/token', '/api/oauth/token'])('%s issues a token', async path => {
    const reply = await call(sim, 'POST', path, { headers: FORM, body: clientForm() })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe(JAMF_JSON)
    expect(reply.headers['set-cookie']?.[0]).toMatch(/^jpro-ingress=/)
    const body = JSON.parse(reply.body)
    expect(body).toEqual({
      access_token: expect.stringMatching(JWT_LIKE),
      scope: 'api-role:1',
      token_type: 'Bearer',
      expires_in: 599
    })
    expect(sim.tokens).toEqual([
      expect.objectContaining({
        token: body.access_token,
        kind: 'client',
        subject: 'demo-client',
        scope: 'api-role:1',
        used: 0,
        invalidated: false
      })
    ])
    expect(sim.tokens[0].expiresAt - sim.tokens[0].issuedAt).toBe(599_000)
  })

  it('grants the scope asked for, and refuses a role the client lacks', async () => {
    const ask = (scope: string) =>
      call(sim, 'POST', '/api/v1/oauth/token', { headers: FORM, body: clientForm({ scope }) })
    expect(JSON.parse((await ask('api-role:2')).body).scope).toBe('api-role:2')
    expect(JSON.parse((await ask('api-role:1 api-role:2')).body).scope).toBe('api-role:1 api-role:2')
    const refused = await ask('api-role:9')
    expect([refused.status, JSON.parse(refused.body)]).toEqual([400, { error: 'invalid_scope' }])
  })

  it('rejects bad requests the OAuth way', async () => {
    const post = (body: string, headers: Record<string, string> = FORM) =>
      call(sim, 'POST', '/api/v1/oauth/token', { headers, body })
    const answer = async (reply: Promise<Reply>) => {
      const { status, body } = await reply
      return [status, JSON.parse(body)]
    }
    expect(await answer(post(clientForm({ client_secret: 'wrong' })))).toEqual([
      401,
      { error: 'invalid_client' }
    ])
    expect(await answer(post(clientForm({ grant_type: 'password' })))).toEqual([
      400,
      { error: 'unsupported_grant_type' }
    ])
    expect(await answer(post('not a form'))).toEqual([400, { error: 'invalid_request' }])
    expect(await answer(post(`${clientForm()}&client_id=again`))).toEqual([400, { error: 'invalid_request' }])
    expect(
      await answer(
        post(JSON.stringify({ grant_type: 'client_credentials' }), { 'Content-Type': 'application/json' })
      )
    ).toEqual([415, { error: 'invalid_request' }])
    expect(sim.tokens).toHaveLength(0)
  })

  it('can answer invalid_client with 400 and hide either OAuth path', async () => {
    await withSimulator({ badClientStatus: 400, oauthV1: false }, async own => {
      expect(
        (
          await call(own, 'POST', '/api/v1/oauth/token', {
            headers: FORM,
            body: clientForm({ client_secret: 'x' })
          })
        ).status
      ).toBe(404)
      expect(
        (
          await call(own, 'POST', '/api/oauth/token', {
            headers: FORM,
            body: clientForm({ client_secret: 'x' })
          })
        ).status
      ).toBe(400)
      own.setOption('oauthV1', true)
      own.setOption('oauthLegacy', false)
      const legacy = await call(own, 'POST', '/api/oauth/token', { headers: FORM, body: clientForm() })
      expect([legacy.status, legacy.headers['content-type']]).toEqual([404, 'text/html;charset=UTF-8'])
      expect(
        (await call(own, 'POST', '/api/v1/oauth/token', { headers: FORM, body: clientForm() })).status
      ).toBe(200)
    })
  })
})

describe('user bearer tokens', () => {
  it('issues a token for Basic credentials, with an ISO expiry in milliseconds', async () => {
    const { username, password } = DEFAULT_CREDENTIALS
    const reply = await call(sim, 'POST', '/api/v1/auth/token', {
      headers: { Authorization: basic(username, password) }
    })
    expect(reply.status).toBe(200)
    const body = JSON.parse(reply.body)
    expect(body.token).toMatch(JWT_LIKE)
    expect(body.expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(Date.parse(body.expires) - Date.now()).toBeGreaterThan(1790_000)
    expect(sim.tokens[0]).toMatchObject({ kind: 'user', subject: username, scope: null })
  })

  it('splits at the first colon and decodes UTF-8', async () => {
    const password = 'p:ä%&+"\' x'
    await withSimulator({ credentials: { password } }, async own => {
      const reply = await call(own, 'POST', '/api/v1/auth/token', {
        headers: { Authorization: basic('demo-admin', password) }
      })
      expect(reply.status).toBe(200)
    })
  })

  it('answers 401 in the Jamf error shape for bad or expired credentials', async () => {
    const wrong = await call(sim, 'POST', '/api/v1/auth/token', {
      headers: { Authorization: basic('demo-admin', 'nope') }
    })
    expect([wrong.status, wrong.headers['content-type']]).toEqual([401, JAMF_JSON])
    expect(JSON.parse(wrong.body)).toEqual({
      httpStatus: 401,
      errors: [{ code: 'INVALID_CREDENTIALS', description: 'Unauthorized', id: '0', field: null }]
    })
    expect((await call(sim, 'POST', '/api/v1/auth/token')).status).toBe(401)

    sim.setOption('expiredPassword', true)
    try {
      const { username, password } = DEFAULT_CREDENTIALS
      const expired = await call(sim, 'POST', '/api/v1/auth/token', {
        headers: { Authorization: basic(username, password) }
      })
      expect([expired.status, JSON.parse(expired.body).errors[0].code]).toEqual([
        401,
        'USER_EXPIRED_PASSWORD'
      ])
    } finally {
      sim.setOption('expiredPassword', false)
    }
  })

  it('keep-alive replaces a user token and invalidates the old one; client tokens are refused', async () => {
    const old = await userToken(sim)
    const renewed = await call(sim, 'POST', '/api/v1/auth/keep-alive', { headers: bearer(old) })
    expect(renewed.status).toBe(200)
    const { token } = JSON.parse(renewed.body)
    expect(token).not.toBe(old)
    expect((await call(sim, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(old) })).status).toBe(401)
    expect((await call(sim, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })).status).toBe(200)
    const client = await clientToken(sim)
    expect((await call(sim, 'POST', '/api/v1/auth/keep-alive', { headers: bearer(client) })).status).toBe(401)
  })
})

describe('token use and lifecycle', () => {
  it('issue → use → invalidate → 401', async () => {
    const token = await clientToken(sim)
    const version = await call(sim, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })
    expect([version.status, JSON.parse(version.body)]).toEqual([200, { version: '11.16.0-t1730123456789' }])
    const details = JSON.parse((await call(sim, 'GET', '/api/v1/auth', { headers: bearer(token) })).body)
    expect(details).toMatchObject({
      account: { username: 'demo-client' },
      accountGroups: [],
      sites: [],
      authenticationType: 'CLIENT_CREDENTIALS'
    })

    const invalidated = await call(sim, 'POST', '/api/v1/auth/invalidate-token', { headers: bearer(token) })
    expect([invalidated.status, invalidated.body]).toEqual([204, ''])
    expect(sim.tokens[0]).toMatchObject({ used: 3, invalidated: true })

    const after = await call(sim, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })
    expect([after.status, JSON.parse(after.body)]).toEqual([401, invalidToken(401)])
    expect(
      (await call(sim, 'POST', '/api/v1/auth/invalidate-token', { headers: bearer(token) })).status
    ).toBe(401)
    expect(sim.tokens[0].used).toBe(3) // refused uses do not count
  })

  it('reports a user token as JSS and refuses missing or unknown tokens', async () => {
    const token = await userToken(sim)
    expect(
      JSON.parse((await call(sim, 'GET', '/api/v1/auth', { headers: bearer(token) })).body).authenticationType
    ).toBe('JSS')
    expect((await call(sim, 'GET', '/api/v1/auth')).status).toBe(401)
    const unknown = await call(sim, 'GET', '/api/v1/auth', { headers: bearer('a.b.c') })
    expect([unknown.status, JSON.parse(unknown.body)]).toEqual([401, invalidToken(401)])
  })

  it('tokens expire after their lifetime', async () => {
    await withSimulator({ clientTokenLifetime: 1 }, async own => {
      const token = await clientToken(own)
      expect((await call(own, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })).status).toBe(
        200
      )
      await new Promise(resolve => setTimeout(resolve, 1100))
      expect((await call(own, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })).status).toBe(
        401
      )
      expect(
        (await call(own, 'POST', '/api/v1/auth/invalidate-token', { headers: bearer(token) })).status
      ).toBe(401)
    })
  })

  it('tokens are unique', async () => {
    const tokens = await Promise.all(Array.from({ length: 5 }, () => clientToken(sim)))
    expect(new Set(tokens).size).toBe(5)
  })
})

describe('Classic API', () => {
  it('answers XML by default, JSON on request, and an HTML 401 without a token', async () => {
    const token = await clientToken(sim)
    const xml = await call(sim, 'GET', '/JSSResource/computers', { headers: bearer(token) })
    expect([xml.status, xml.headers['content-type']]).toEqual([200, 'text/xml;charset=UTF-8'])
    expect(xml.body).toContain('<computers>')
    const json = await call(sim, 'GET', '/JSSResource/accounts', {
      headers: { ...bearer(token), Accept: 'application/json' }
    })
    expect(JSON.parse(json.body).accounts.users[0].name).toBe('demo-client')
    const denied = await call(sim, 'GET', '/JSSResource/computers', {
      headers: { Authorization: basic('demo-admin', 'demo-password') }
    })
    expect([denied.status, denied.headers['content-type']]).toEqual([401, 'text/html;charset=UTF-8'])
  })
})

describe('paths and methods', () => {
  it('answers an HTML 404 for unknown paths and doubled slashes, and 405 for a wrong method', async () => {
    for (const path of ['/api/v1/nothing', '//api/v1/oauth/token']) {
      const reply = await call(sim, 'POST', path, { headers: FORM, body: clientForm() })
      expect([reply.status, reply.headers['content-type']]).toEqual([404, 'text/html;charset=UTF-8'])
      expect(reply.body).toContain('<html')
    }
    const wrongMethod = await call(sim, 'GET', '/api/v1/oauth/token')
    expect([wrongMethod.status, wrongMethod.headers.allow]).toEqual([405, 'POST'])
  })

  it('refuses unknown options', async () => {
    expect(() => sim.setOption('port' as never, 1 as never)).toThrow(/port/)
    await expect(startSimulator({ lifetime: 5 } as never)).rejects.toThrow(/lifetime/)
  })
})

describe('recording', () => {
  it('records every request with its connection, and counts keep-alive connections once', async () => {
    const before = sim.connections
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      await call(sim, 'POST', '/api/v1/oauth/token?x=1', { headers: FORM, body: clientForm(), agent })
      await call(sim, 'GET', '/api/v1/jamf-pro-version', { agent })
    } finally {
      agent.destroy()
    }
    expect(sim.connections).toBe(before + 1)
    await call(sim, 'GET', '/api/v1/jamf-pro-version')
    expect(sim.connections).toBe(before + 2)

    const [first, second, third] = sim.requests
    expect(first).toMatchObject({
      method: 'POST',
      path: '/api/v1/oauth/token',
      query: { x: '1' },
      body: clientForm()
    })
    expect(first.headers['content-type']).toBe(FORM['Content-Type'])
    expect(typeof first.at).toBe('number')
    expect(second.connection).toBe(first.connection)
    expect(third.connection).toBe(first.connection + 1)
  })

  it('reset() forgets requests, tokens and faults', async () => {
    await clientToken(sim)
    sim.setFault('/api/v1/jamf-pro-version', { status: 500 })
    sim.reset()
    expect([sim.requests.length, sim.tokens.length]).toEqual([0, 0])
    expect((await call(sim, 'GET', '/api/v1/jamf-pro-version')).status).toBe(401)
  })
})

describe('faults', () => {
  const version = (s: Simulator = sim) => call(s, 'GET', '/api/v1/jamf-pro-version')

  it('status, retryAfter and times: the first N requests fail, then normal answers', async () => {
    sim.setFault('GET /api/v1/jamf-pro-version', { status: 503, retryAfter: 2, times: 2 })
    const first = await version()
    expect([first.status, first.headers['retry-after'], JSON.parse(first.body)]).toEqual([
      503,
      '2',
      { httpStatus: 503, errors: [] }
    ])
    expect((await version()).status).toBe(503)
    expect((await version()).status).toBe(401)
    expect(sim.requests).toHaveLength(3) // faulted requests are recorded too
  })

  it('a method-specific fault leaves other methods alone; null removes a fault', async () => {
    sim.setFault('POST /api/v1/jamf-pro-version', { status: 500 })
    expect((await version()).status).toBe(401)
    sim.setFault('/api/v1/jamf-pro-version', { status: 500 })
    expect((await version()).status).toBe(500)
    sim.setFault('/api/v1/jamf-pro-version', null)
    expect((await version()).status).toBe(401)
    sim.setFault('/api/v1/jamf-pro-version', { status: 500 })
    sim.clearFaults()
    expect((await version()).status).toBe(401)
  })

  it('body, headers, json, html, malformedJson and redirect', async () => {
    sim.setFault('/a', { status: 429, body: '{"error":"slow down"}', headers: { 'X-Test': 'yes' } })
    const a = await call(sim, 'GET', '/a')
    expect([a.status, a.body, a.headers['x-test'], a.headers['content-type']]).toEqual([
      429,
      '{"error":"slow down"}',
      'yes',
      JAMF_JSON
    ])

    sim.setFault('/api/v1/oauth/token', { json: { access_token: '', token_type: 'Bearer' } })
    const json = await call(sim, 'POST', '/api/v1/oauth/token', { headers: FORM, body: clientForm() })
    expect([json.status, JSON.parse(json.body)]).toEqual([200, { access_token: '', token_type: 'Bearer' }])

    sim.setFault('/api/v1/oauth/token', { html: true })
    const html = await call(sim, 'POST', '/api/v1/oauth/token', { headers: FORM, body: clientForm() })
    expect([html.status, html.headers['content-type']]).toEqual([200, 'text/html;charset=UTF-8'])

    sim.setFault('/api/v1/oauth/token', { malformedJson: true })
    const malformed = await call(sim, 'POST', '/api/v1/oauth/token', { headers: FORM, body: clientForm() })
    expect(malformed.status).toBe(200)
    expect(() => JSON.parse(malformed.body)).toThrow()

    sim.setFault('/api/v1/oauth/token', { redirect: 'https://idp.example/login' })
    const redirect = await call(sim, 'POST', '/api/v1/oauth/token', { headers: FORM, body: clientForm() })
    expect([redirect.status, redirect.headers.location]).toEqual([302, 'https://idp.example/login'])
    expect(sim.tokens).toHaveLength(0)
  })

  it('delayMs answers normally, late', async () => {
    sim.setFault('/api/v1/jamf-pro-version', { delayMs: 200, headers: { 'X-Slow': '1' } })
    const started = Date.now()
    const reply = await version()
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    expect([reply.status, reply.headers['x-slow']]).toEqual([401, '1'])
  })

  it('reset destroys the connection without an answer', async () => {
    sim.setFault('/api/v1/jamf-pro-version', { reset: true, times: 1 })
    await expect(version()).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect((await version()).status).toBe(401)
  })

  it('hang never answers, and close() still finishes', async () => {
    const own = await startSimulator({ faults: { '/api/v1/jamf-pro-version': { hang: true } } })
    const pending = version(own)
    while (own.requests.length === 0) await new Promise(resolve => setTimeout(resolve, 10))
    await own.close()
    await expect(pending).rejects.toThrow(/socket hang up|ECONNRESET/)
  })
})

describe('HTTPS', () => {
  it('serves HTTPS with a generated certificate, and an expired one is refused', async () => {
    const [good, expired] = await Promise.all([generateCertificate(), generateCertificate({ expired: true })])
    try {
      await withSimulator({ https: { cert: good.cert, key: good.key } }, async own => {
        expect(own.url).toBe(`https://127.0.0.1:${own.port}`)
        const reply = await call(own, 'POST', '/api/v1/oauth/token', {
          headers: FORM,
          body: clientForm(),
          ca: good.cert
        })
        expect(reply.status).toBe(200)
        expect(reply.headers['set-cookie']?.[0]).toMatch(/; Secure/)
        expect(own.requests[0].connection).toBe(1)
      })
      await withSimulator({ https: { cert: expired.cert, key: expired.key } }, async own => {
        await expect(call(own, 'GET', '/', { ca: expired.cert })).rejects.toMatchObject({
          code: 'CERT_HAS_EXPIRED'
        })
      })
    } finally {
      await Promise.all([good, expired].map(({ dir }) => rm(dir, { recursive: true, force: true })))
    }
  })
})
