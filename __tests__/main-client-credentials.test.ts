import { describe, expect, it } from '@jest/globals'
import { createHttpTransport } from '../src/net/http.js'
import { run } from '../src/main.js'
import { fakeCore } from './support/fake-core.js'
import { CLIENT, jamf, JAMF_URL, TOKEN, tokenResponse, useNock } from './support/jamf.js'
import { recordingClock } from './support/clocks.js'

const version = { version: '11.16.0-t1730123456789' }

describe('main step with an API client', () => {
  useNock()

  it('gets a token, masks it, sets every output, exports JAMF_URL/JAMF_TOKEN and saves state', async () => {
    let form = ''
    jamf()
      .post('/api/oauth/token', body => ((form = new URLSearchParams(body).toString()), true))
      .matchHeader('content-type', 'application/x-www-form-urlencoded')
      .reply(200, tokenResponse())
      .get('/api/v1/jamf-pro-version')
      .matchHeader('authorization', `Bearer ${TOKEN}`)
      .reply(200, version)
    const core = fakeCore({ url: `${JAMF_URL}/`, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(new URLSearchParams(form)).toEqual(
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: CLIENT['client-id'],
        client_secret: CLIENT['client-secret']
      })
    )
    expect(core.outputs).toMatchObject({
      token: TOKEN,
      url: JAMF_URL,
      'expires-in': '599',
      scope: 'api-role:1',
      'auth-method': 'client-credentials',
      'jamf-pro-version': '11.16.0'
    })
    const expiresAt = Date.parse(core.outputs['expires-at'])
    expect(expiresAt).toBeGreaterThan(Date.now() + 590_000)
    expect(core.outputs['expires-at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(core.exported).toEqual({ JAMF_URL, JAMF_TOKEN: TOKEN })
    expect(core.saved).toMatchObject({
      token: TOKEN,
      url: JAMF_URL,
      'expires-at': core.outputs['expires-at']
    })
    expect(core.summaryText).toContain(CLIENT['client-id'])
    expect(core.summaryText).toContain('11.16.0')
    expect(core.summaryText).not.toContain(TOKEN)
    expect(core.summaryText).not.toContain(CLIENT['client-secret'])
  })

  it('masks the secret and its encoded forms before anything else, and the token as soon as it arrives', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse())
      .get('/api/v1/jamf-pro-version')
      .reply(200, version)
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    const secret = CLIENT['client-secret']
    const firstCalls = core.calls.slice(0, 3)
    expect(firstCalls.every(call => call.fn === 'setSecret')).toBe(true)
    expect(firstCalls.map(call => call.value)).toEqual(
      expect.arrayContaining([
        secret,
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2)
      ])
    )
    const tokenMask = core.calls.findIndex(call => call.fn === 'setSecret' && call.value === TOKEN)
    const firstUse = core.calls.findIndex(call => call.fn !== 'setSecret' && call.value.includes(TOKEN))
    expect(tokenMask).toBeGreaterThan(-1)
    expect(tokenMask).toBeLessThan(firstUse)
  })

  it('asks for the given scope and reports the granted one', async () => {
    let asked: string | null = null
    jamf()
      .post('/api/oauth/token', body => ((asked = new URLSearchParams(body).get('scope')), true))
      .reply(200, tokenResponse({ scope: 'api-role:2' }))
      .get('/api/v1/jamf-pro-version')
      .reply(200, version)
    const core = fakeCore({ url: JAMF_URL, ...CLIENT, scope: ' api-role:2\n  api-role:3 ' })

    await run(core, createHttpTransport, recordingClock())

    expect(asked).toBe('api-role:2 api-role:3')
    expect(core.outputs.scope).toBe('api-role:2')
  })

  it('asks the documented /api/oauth/token path first: token and verify, two requests in all', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse())
      .get('/api/v1/jamf-pro-version')
      .reply(200, version)
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.outputs.token).toBe(TOKEN)
  })

  it.each([
    ['an HTML 404 (a future server without the documented path)', 404, '<html><body>Not Found</body></html>'],
    ['a Jamf-shaped 401 (Jamf Pro authenticates before it routes)', 401, { httpStatus: 401, errors: [] }],
    ['an empty 401', 401, '']
  ])('tries /api/v1/oauth/token once when the documented path answers %s', async (_, status, body) => {
    jamf()
      .post('/api/oauth/token')
      .reply(status, body)
      .post('/api/v1/oauth/token')
      .reply(200, tokenResponse())
      .get('/api/v1/jamf-pro-version')
      .reply(200, version)
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.outputs.token).toBe(TOKEN)
  })

  it.each([
    [401, 'invalid_client'],
    [400, 'invalid_client'],
    [400, 'invalid_scope']
  ])(
    'never re-sends credentials that Jamf Pro answered with an OAuth error (HTTP %i %s)',
    async (status, error) => {
      jamf().post('/api/oauth/token').reply(status, { error })
      const core = fakeCore({ url: JAMF_URL, ...CLIENT })

      await run(core, createHttpTransport, recordingClock())

      expect(core.failures).toEqual([expect.stringContaining(`(HTTP ${status}, ${error})`)])
      expect(core.saved).toEqual({})
    }
  )

  it.each([
    '/api',
    '/api/',
    '/API/doc/',
    '/api/v1/computers-inventory',
    '/JSSResource',
    '/JSSResource/computers',
    '/index.html'
  ])('takes a url pasted with %s as the server root, with a notice of what was removed', async suffix => {
    jamf()
      .post('/jamf/api/oauth/token')
      .reply(200, tokenResponse())
      .get('/jamf/api/v1/jamf-pro-version')
      .reply(200, version)
    const core = fakeCore({ url: `${JAMF_URL}/jamf${suffix}`, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.outputs.url).toBe(`${JAMF_URL}/jamf`)
    expect(core.exported.JAMF_URL).toBe(`${JAMF_URL}/jamf`)
    expect(core.notices).toEqual([
      `Removed ${suffix} from url: the action adds Jamf Pro's API paths itself. Using the server's root, ${JAMF_URL}/jamf.`
    ])
  })

  it('keeps a path prefix in url', async () => {
    jamf()
      .post('/jamf/api/oauth/token')
      .reply(200, tokenResponse())
      .get('/jamf/api/v1/jamf-pro-version')
      .reply(200, version)
    const core = fakeCore({ url: `${JAMF_URL}/jamf//`, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.outputs.url).toBe(`${JAMF_URL}/jamf`)
  })

  it('exports nothing with export-env: false and saves no state with invalidate-token: false', async () => {
    jamf().post('/api/oauth/token').reply(200, tokenResponse())
    const core = fakeCore({
      url: JAMF_URL,
      ...CLIENT,
      'export-env': 'false',
      'invalidate-token': 'false',
      verify: 'false'
    })

    await run(core, createHttpTransport, recordingClock())

    expect(core.outputs.token).toBe(TOKEN)
    expect(core.outputs['jamf-pro-version']).toBe('')
    expect(core.exported).toEqual({})
    expect(core.saved).toEqual({})
    expect(core.summaryText).toContain('invalidate-token: false')
  })

  it('gives a notice when the token lives under 5 minutes, naming the setting to raise', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse({ expires_in: 59 }))
      .get('/api/v1/jamf-pro-version')
      .reply(200, version)
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.outputs['expires-in']).toBe('59')
    expect(core.notices).toHaveLength(1)
    expect(core.notices[0]).toContain('expires in 59 s')
    expect(core.notices[0]).toContain('Access Token Lifetime')
  })

  it('passes min-lifetime equal to the lifetime: Jamf Pro answers expires_in 599 for a 600 s client', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse({ expires_in: 599 }))
      .get('/api/v1/jamf-pro-version')
      .reply(200, version)
    const core = fakeCore({ url: JAMF_URL, ...CLIENT, 'min-lifetime': '600' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.outputs['expires-in']).toBe('599')
  })

  it("reads the lifetime from the JWT's exp - iat when it has them", async () => {
    const claims = { sub: 'client', iat: 1_700_000_000, exp: 1_700_000_300 }
    const jwt = `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse({ access_token: jwt, expires_in: 298 }))
    const core = fakeCore({ url: JAMF_URL, ...CLIENT, 'min-lifetime': '301', verify: 'false' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringMatching(/^The Jamf Pro token lives 300 s, less than min-lifetime \(301 s\)/)
    ])
    expect(core.outputs).toEqual({})
  })

  it('trusts expires_in over exp - iat when the token has lived part of its life already', async () => {
    const claims = { sub: 'client', iat: 1_700_000_000, exp: 1_700_000_600 }
    const jwt = `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse({ access_token: jwt, expires_in: 29 }))
    const core = fakeCore({ url: JAMF_URL, ...CLIENT, 'min-lifetime': '600', verify: 'false' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringMatching(/^The Jamf Pro token lives 30 s, less than min-lifetime \(600 s\)/)
    ])
  })

  it('gives no short-lifetime notice for a client whose lifetime is exactly 5 minutes', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse({ expires_in: 299 }))
    const core = fakeCore({ url: JAMF_URL, ...CLIENT, verify: 'false' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.notices).toEqual([])
  })

  it('fails when the token lives less than min-lifetime, with no outputs, and leaves the token for the post step', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse({ expires_in: 59 }))
    const core = fakeCore({ url: JAMF_URL, ...CLIENT, 'min-lifetime': '600' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringMatching(
        /lives 60 s, less than min-lifetime \(600 s\).*Access Token Lifetime.*API Clients/
      )
    ])
    expect(core.outputs).toEqual({})
    expect(core.exported).toEqual({})
    expect(core.saved.token).toBe(TOKEN)
  })

  it('names a token request refused for its form (unsupported_grant_type) as not reaching Jamf Pro as sent', async () => {
    jamf().post('/api/oauth/token').reply(400, { error: 'unsupported_grant_type' })
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      'Jamf Pro refused the token request (HTTP 400, unsupported_grant_type): the request did not reach Jamf Pro as the action sent it. ' +
        'Check any proxy between the runner and Jamf Pro; if there is none, please report this.'
    ])
  })

  it('a 403 without an OAuth error (a firewall, a proxy) is not answered with a second request', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(403, '<html><body>Request blocked</body></html>', { 'Content-Type': 'text/html' })
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringMatching(
        /^Jamf Pro has no OAuth token endpoint at \S+ \(HTTP 403 with an HTML page on POST \/api\/oauth\/token, without an OAuth error\): .* a firewall or proxy refused the request/
      )
    ])
  })

  it("a web framework's own error body is not an OAuth verdict", async () => {
    const spring = {
      timestamp: '2026-01-01T00:00:00Z',
      status: 401,
      error: 'Unauthorized',
      path: '/api/oauth/token'
    }
    jamf().post('/api/oauth/token').reply(401, spring).post('/api/v1/oauth/token').reply(401, spring)
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringContaining(
        '(HTTP 401 on POST /api/oauth/token and HTTP 401 on POST /api/v1/oauth/token, without an OAuth error)'
      )
    ])
    expect(core.failures[0]).toContain('check client-id, client-secret and that the client is enabled')
  })

  it('a token response without an access token points at a disabled API client', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse({ access_token: '' }))
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringMatching(
        /^Jamf Pro answered POST \/api\/oauth\/token without an access token: check that the API client is enabled in Jamf Pro \(Settings > System > API roles and clients > API Clients\)/
      )
    ])
  })
})
