/**
 * The simulator's authentication, as docs/jamf-pro-api.md says a real Jamf Pro does it: server
 * profiles by version, authentication before routing, OAuth client credentials, user tokens, and the
 * tokens' JWT claims and lifetimes. Over real loopback sockets; the answers' shapes are held against
 * Jamf's documented schemas in simulator-schemas.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import { javaInstant } from '../simulator/jwt.mjs'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import {
  answer,
  askClientToken,
  askUserToken,
  basic,
  bearer,
  call,
  clientForm,
  clientToken,
  decodeJwt,
  FORM,
  HTML,
  htmlAnswer,
  JAMF_JSON,
  userToken,
  withSimulator,
  type Reply
} from './support/simulator-http.js'

const JWT_LIKE = /^[\w-]+\.[\w-]+\.[\w-]+$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const OAUTH_PATHS = ['/api/oauth/token', '/api/v1/oauth/token']
/** What Jamf Pro answers an /api/ request without credentials, whatever the path. */
const NO_CREDENTIALS = { httpStatus: 401, errors: [] }
const invalidToken = {
  httpStatus: 401,
  errors: [{ code: 'INVALID_TOKEN', description: 'Unauthorized', id: '0', field: null }]
}

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterEach(() => sim.reset())
afterAll(() => sim.close())

describe('server profiles (jamfVersion)', () => {
  it.each([
    ['10.48.0 (no API clients)', '10.48.0', []],
    ['10.49.0 (the documented path only)', '10.49.0', ['/api/oauth/token']],
    ['11.16.0 (both paths)', '11.16.0', OAUTH_PATHS],
    ['the default, a current server (both paths)', undefined, OAUTH_PATHS]
  ])('%s: which token paths exist, and the version it reports', async (_, jamfVersion, present) => {
    await withSimulator({ jamfVersion }, async own => {
      for (const path of OAUTH_PATHS) {
        const reply = await askClientToken(own, path)
        if (present.includes(path)) expect(reply.status).toBe(200)
        // A path the server lacks is authenticated before it is routed: 401, Jamf's shape, not 404.
        else expect(answer(reply)).toEqual([401, JAMF_JSON, NO_CREDENTIALS])
      }
      expect(own.tokens).toHaveLength(present.length)

      const token = JSON.parse((await askUserToken(own)).body).token // user tokens work on every version
      const version = await call(own, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })
      expect(answer(version)).toEqual([
        200,
        JAMF_JSON,
        { version: `${jamfVersion ?? '11.16.0'}-t1785446884863` }
      ])
    })
  })

  it('a missing token path asked with a valid token gets the HTML 404; setOption changes the version', async () => {
    await withSimulator({ jamfVersion: '10.49.0' }, async own => {
      const token = await clientToken(own)
      const withToken = await call(own, 'POST', '/api/v1/oauth/token', {
        headers: { ...FORM, ...bearer(token) },
        body: clientForm()
      })
      expect(htmlAnswer(withToken)).toEqual([404, HTML])
      expect(withToken.body).toContain('HTTP Status 404')

      own.setOption('jamfVersion', '11.16.0')
      expect((await askClientToken(own, '/api/v1/oauth/token')).status).toBe(200)
      own.setOption('jamfVersion', '10.48.0')
      expect((await askClientToken(own)).status).toBe(401)
    })
  })

  it('droppedPaths: a dropped token path answers the HTML 404 to anyone; a dropped protected path 401, then 404', async () => {
    await withSimulator({ droppedPaths: ['/api/oauth/token', '/api/v1/jamf-pro-version'] }, async own => {
      expect(htmlAnswer(await askClientToken(own, '/api/oauth/token'))).toEqual([404, HTML])
      const token = JSON.parse((await askClientToken(own, '/api/v1/oauth/token')).body).access_token
      expect(answer(await call(own, 'GET', '/api/v1/jamf-pro-version'))).toEqual([
        401,
        JAMF_JSON,
        NO_CREDENTIALS
      ])
      const version = await call(own, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })
      expect(htmlAnswer(version)).toEqual([404, HTML])
    })
  })
})

describe('authentication before routing', () => {
  it('an /api/ path the server lacks: 401 without a token, 401 INVALID_TOKEN with a bad one, HTML 404 with a good one', async () => {
    const post = (headers: Record<string, string> = {}) => call(sim, 'POST', '/api/v1/nothing', { headers })
    expect(answer(await post())).toEqual([401, JAMF_JSON, NO_CREDENTIALS])
    expect(answer(await post({ Authorization: basic('demo-admin', 'demo-password') }))).toEqual([
      401,
      JAMF_JSON,
      NO_CREDENTIALS
    ])
    expect(answer(await post(bearer('a.b.c')))).toEqual([401, JAMF_JSON, invalidToken])
    const found = await post(bearer(await clientToken(sim)))
    expect(htmlAnswer(found)).toEqual([404, HTML])
    expect(found.body).toContain('/api/v1/nothing')
  })

  it('a method a path lacks: 401 without a token (as for a GET on a POST-only route), 405 with one', async () => {
    expect(answer(await call(sim, 'GET', '/api/oauth/token'))).toEqual([401, JAMF_JSON, NO_CREDENTIALS])
    const wrong = await call(sim, 'GET', '/api/oauth/token', { headers: bearer(await clientToken(sim)) })
    expect([wrong.status, wrong.headers.allow, JSON.parse(wrong.body)]).toEqual([
      405,
      'POST',
      { httpStatus: 405, errors: [] }
    ])
  })

  it.each(['/', '/index.html', '/dashboard.html'])(
    'web page %s: 401 and a login page, token or not',
    async path => {
      const token = await clientToken(sim)
      for (const headers of [{}, bearer(token)]) {
        const reply = await call(sim, 'GET', path, { headers })
        expect(htmlAnswer(reply)).toEqual([401, HTML])
        expect(reply.body).toMatch(/<form[^>]*>.*type="password"/)
      }
    }
  )

  it.each(['/jamf/api/oauth/token', '//api/oauth/token', '/api'])(
    'a path outside /api/ and /JSSResource/, %s: the HTML 404',
    async path => {
      const reply = await askClientToken(sim, path)
      expect(htmlAnswer(reply)).toEqual([404, HTML])
      expect(sim.tokens).toEqual([])
    }
  )

  it('the Classic API: XML by default, JSON on request, and HTML status pages for 401, 404 and 405', async () => {
    const token = await clientToken(sim)
    const xml = await call(sim, 'GET', '/JSSResource/computers', { headers: bearer(token) })
    expect([xml.status, xml.headers['content-type']]).toEqual([200, 'text/xml;charset=UTF-8'])
    expect(xml.body).toContain('<computers>')
    const json = await call(sim, 'GET', '/JSSResource/accounts', {
      headers: { ...bearer(token), Accept: 'application/json' }
    })
    expect(JSON.parse(json.body).accounts.users[0].name).toBe('demo-client')

    for (const headers of [{}, { Authorization: basic('demo-admin', 'demo-password') }, bearer('a.b.c')]) {
      const denied = await call(sim, 'GET', '/JSSResource/computers', { headers })
      expect(htmlAnswer(denied)).toEqual([401, HTML])
      expect(denied.body).toMatch(/Status page.*Unauthorized/)
    }
    const missing = await call(sim, 'GET', '/JSSResource/nothing', { headers: bearer(token) })
    expect([missing.status, missing.body]).toEqual([404, expect.stringMatching(/Status page.*Not Found/)])
    const wrong = await call(sim, 'POST', '/JSSResource/computers', { headers: bearer(token) })
    expect([wrong.status, wrong.headers.allow, wrong.headers['content-type']]).toEqual([405, 'GET', HTML])
  })
})

describe('OAuth client credentials', () => {
  it.each(OAUTH_PATHS)(
    '%s issues a JWT with Jamf claims; expires_in is the lifetime (60 s) less one',
    async path => {
      const before = Math.floor(Date.now() / 1000)
      const reply = await askClientToken(sim, path)
      expect([reply.status, reply.headers['content-type'], reply.headers['cache-control']]).toEqual([
        200,
        JAMF_JSON,
        'no-store'
      ])
      const body = JSON.parse(reply.body)
      expect(body).toEqual({
        access_token: expect.stringMatching(JWT_LIKE),
        scope: 'api-role:1',
        token_type: 'Bearer',
        expires_in: 59
      })

      const { header, claims, signature } = decodeJwt(body.access_token)
      expect(header).toEqual({ alg: 'HS256' })
      expect(signature).toMatch(/^[\w-]{43}$/) // an HMAC-SHA256, base64url
      expect(Object.keys(claims)).toEqual([
        'sub',
        'aud',
        'nbf',
        'token-uuid',
        'subject-type',
        'authentication-type',
        'scope',
        'iss',
        'exp',
        'iat'
      ])
      expect(claims).toMatchObject({
        sub: 'demo-client',
        aud: 'demo-client',
        'token-uuid': expect.stringMatching(UUID),
        'subject-type': 'REGISTERED_CLIENT_ID',
        'authentication-type': 'CLIENT_CREDENTIALS',
        scope: ['api-role:1'],
        iss: sim.url
      })
      const iat = claims.iat as number
      expect(iat).toBeGreaterThanOrEqual(before)
      expect([claims.nbf, claims.exp]).toEqual([iat, iat + 60])

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
      expect(sim.tokens[0].expiresAt - sim.tokens[0].issuedAt).toBe(60_000)
    }
  )

  it('clientTokenLifetime sets the lifetime: 600 s gives expires_in 599 and exp - iat = 600', async () => {
    await withSimulator({ clientTokenLifetime: 600 }, async own => {
      const body = JSON.parse((await askClientToken(own)).body)
      const { claims } = decodeJwt(body.access_token)
      expect([body.expires_in, (claims.exp as number) - (claims.iat as number)]).toEqual([599, 600])
      own.setOption('clientTokenLifetime', 1200)
      expect(JSON.parse((await askClientToken(own)).body).expires_in).toBe(1199)
    })
  })

  it("no scope grants all the client's roles; a subset limits them; a role it lacks is invalid_scope", async () => {
    await withSimulator({ clientRoles: ['api-role:1', 'api-role:2'] }, async own => {
      const all = JSON.parse((await askClientToken(own)).body)
      expect(all.scope).toBe('api-role:1 api-role:2')
      expect(decodeJwt(all.access_token).claims.scope).toEqual(['api-role:1', 'api-role:2'])
      const one = JSON.parse((await askClientToken(own, '/api/oauth/token', { scope: 'api-role:2' })).body)
      expect([one.scope, decodeJwt(one.access_token).claims.scope]).toEqual(['api-role:2', ['api-role:2']])
      const refused = await askClientToken(own, '/api/oauth/token', { scope: 'api-role:2 api-role:9' })
      expect(answer(refused)).toEqual([400, JAMF_JSON, { error: 'invalid_scope' }])
      expect(own.tokens).toHaveLength(2)
    })
  })

  it('refuses bad requests the OAuth way: 401 invalid_client, 400 for the rest', async () => {
    const post = (body: string, headers: Record<string, string> = FORM) =>
      call(sim, 'POST', '/api/oauth/token', { headers, body })
    const grantType = {
      error_description: 'OAuth 2.0 Parameter: grant_type',
      error_uri: 'https://datatracker.ietf.org/doc/html/rfc6749#section-5.2'
    }
    const cases: Array<[string, Promise<Reply>, number, object]> = [
      ['a wrong secret', post(clientForm({ client_secret: 'wrong' })), 401, { error: 'invalid_client' }],
      ['an unknown client', post(clientForm({ client_id: 'other' })), 401, { error: 'invalid_client' }],
      ['no credentials', post('grant_type=client_credentials'), 401, { error: 'invalid_client' }],
      ['a body that is not a form', post('not a form'), 401, { error: 'invalid_client' }],
      [
        'a JSON body',
        post(JSON.stringify({ grant_type: 'client_credentials', ...DEFAULT_CREDENTIALS }), {
          'Content-Type': 'application/json'
        }),
        401,
        { error: 'invalid_client' }
      ],
      [
        'another grant type',
        post(clientForm({ grant_type: 'password' })),
        400,
        { error: 'unsupported_grant_type', ...grantType }
      ],
      [
        'no grant type',
        post(clientForm({ grant_type: '' })),
        400,
        { error: 'invalid_request', ...grantType }
      ],
      [
        'a parameter sent twice',
        post(`${clientForm()}&client_id=again`),
        400,
        {
          error: 'invalid_request',
          error_description: 'OAuth 2.0 Parameter: client_id',
          error_uri: grantType.error_uri
        }
      ]
    ]
    for (const [what, reply, status, body] of cases) {
      expect([what, ...answer(await reply)]).toEqual([what, status, JAMF_JSON, body])
    }
    expect(sim.tokens).toHaveLength(0)
  })

  it('badClientStatus 400 answers invalid_client with 400; other values are refused', async () => {
    await withSimulator({ badClientStatus: 400 }, async own => {
      const reply = await askClientToken(own, '/api/oauth/token', { client_secret: 'wrong' })
      expect(answer(reply)).toEqual([400, JAMF_JSON, { error: 'invalid_client' }])
      expect(() => own.setOption('badClientStatus', 403)).toThrow(/400 or 401/)
    })
  })

  it('every token is new: its own text and token-uuid', async () => {
    const tokens = await Promise.all(Array.from({ length: 5 }, () => clientToken(sim)))
    expect(new Set(tokens).size).toBe(5)
    expect(new Set(tokens.map(token => decodeJwt(token).claims['token-uuid'])).size).toBe(5)
  })
})

describe('user bearer tokens', () => {
  it('issues a JWT with user claims for Basic credentials; expires is a Java Instant 30 minutes on', async () => {
    const reply = await askUserToken(sim)
    expect([reply.status, reply.headers['content-type']]).toEqual([200, JAMF_JSON])
    const body = JSON.parse(reply.body)
    expect(body).toEqual({
      token: expect.stringMatching(JWT_LIKE),
      expires: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/)
    })
    const [record] = sim.tokens
    expect(record).toMatchObject({ kind: 'user', subject: 'demo-admin', scope: null })
    expect(record.expiresAt - record.issuedAt).toBe(1800_000)
    expect(body.expires).toBe(javaInstant(record.expiresAt))

    const { header, claims } = decodeJwt(body.token)
    expect(header).toEqual({ alg: 'HS256' })
    expect(claims).toEqual({
      'authenticated-app': 'GENERIC',
      'authentication-type': 'JSS',
      groups: [],
      'subject-type': 'JSS_USER_ID',
      'token-uuid': expect.stringMatching(UUID),
      'ldap-server-id': -1,
      sub: '1',
      exp: Math.floor(record.expiresAt / 1000)
    })
  })

  it('javaInstant: no fraction when the milliseconds are zero, else three digits', () => {
    expect(javaInstant(Date.UTC(2025, 1, 14, 15, 27, 40, 586))).toBe('2025-02-14T15:27:40.586Z')
    expect(javaInstant(Date.UTC(2025, 1, 14, 15, 27, 40, 500))).toBe('2025-02-14T15:27:40.500Z')
    expect(javaInstant(Date.UTC(2025, 1, 14, 15, 27, 40, 0))).toBe('2025-02-14T15:27:40Z')
  })

  it('userTokenLifetime sets the lifetime', async () => {
    await withSimulator({ userTokenLifetime: 600 }, async own => {
      await userToken(own)
      expect(own.tokens[0].expiresAt - own.tokens[0].issuedAt).toBe(600_000)
    })
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

  it('answers 401 in the Jamf error shape for wrong, missing or expired credentials', async () => {
    const wrong = await call(sim, 'POST', '/api/v1/auth/token', {
      headers: { Authorization: basic('demo-admin', 'nope') }
    })
    expect(answer(wrong)).toEqual([401, JAMF_JSON, NO_CREDENTIALS])
    expect(answer(await call(sim, 'POST', '/api/v1/auth/token'))).toEqual([401, JAMF_JSON, NO_CREDENTIALS])

    await withSimulator({ expiredPassword: true }, async own => {
      expect(answer(await askUserToken(own))).toEqual([
        401,
        JAMF_JSON,
        {
          httpStatus: 401,
          errors: [{ code: 'USER_EXPIRED_PASSWORD', description: 'Unauthorized', id: '0', field: null }]
        }
      ])
    })
    expect(sim.tokens).toEqual([])
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
    expect(answer(await call(sim, 'POST', '/api/v1/auth/keep-alive', { headers: bearer(client) }))).toEqual([
      401,
      JAMF_JSON,
      invalidToken
    ])
  })
})

describe('token use and lifecycle', () => {
  it('issue → use → invalidate → 401', async () => {
    const token = await clientToken(sim)
    const version = await call(sim, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })
    expect([version.status, JSON.parse(version.body)]).toEqual([200, { version: '11.16.0-t1785446884863' }])
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
    expect(answer(after)).toEqual([401, JAMF_JSON, invalidToken])
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
    expect(answer(await call(sim, 'GET', '/api/v1/auth'))).toEqual([401, JAMF_JSON, NO_CREDENTIALS])
    expect(answer(await call(sim, 'GET', '/api/v1/auth', { headers: bearer('a.b.c') }))).toEqual([
      401,
      JAMF_JSON,
      invalidToken
    ])
  })

  it('tokens expire after their lifetime', async () => {
    await withSimulator({ clientTokenLifetime: 1 }, async own => {
      const token = await clientToken(own)
      const version = () => call(own, 'GET', '/api/v1/jamf-pro-version', { headers: bearer(token) })
      expect((await version()).status).toBe(200)
      await sleep(1100)
      expect(answer(await version())).toEqual([401, JAMF_JSON, invalidToken])
      expect(
        (await call(own, 'POST', '/api/v1/auth/invalidate-token', { headers: bearer(token) })).status
      ).toBe(401)
    })
  })
})
