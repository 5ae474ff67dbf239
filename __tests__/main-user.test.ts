import { describe, expect, it } from '@jest/globals'
import { createHttpTransport } from '../src/net/http.js'
import { run } from '../src/main.js'
import { fakeCore } from './support/fake-core.js'
import { jamf, JAMF_URL, TOKEN, USER, userTokenResponse, useNock } from './support/jamf.js'
import { recordingClock } from './support/clocks.js'

const basic = (username: string, password: string): string =>
  `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`

describe('main step with a user account', () => {
  useNock()

  it('sends UTF-8 Basic credentials (":" and any character in the password) and sets the outputs', async () => {
    jamf()
      .post('/api/v1/auth/token', body => body === '' || body === undefined)
      .matchHeader('authorization', basic(USER.username, USER.password))
      .reply(200, userTokenResponse(1800))
      .get('/api/v1/jamf-pro-version')
      .reply(200, { version: '11.16.0-t1' })
    const core = fakeCore({ url: JAMF_URL, ...USER })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.outputs).toMatchObject({
      token: TOKEN,
      'auth-method': 'user',
      scope: '',
      'jamf-pro-version': '11.16.0'
    })
    expect(Number(core.outputs['expires-in'])).toBeGreaterThanOrEqual(1798)
    expect(Number(core.outputs['expires-in'])).toBeLessThanOrEqual(1800)
    expect(core.exported).toEqual({ JAMF_URL, JAMF_TOKEN: TOKEN })
    expect(core.summaryText).toContain(USER.username)
  })

  it('masks the password and the base64 of username:password before anything else', async () => {
    jamf()
      .post('/api/v1/auth/token')
      .reply(200, userTokenResponse())
      .get('/api/v1/jamf-pro-version')
      .reply(200, { version: '11' })
    const core = fakeCore({ url: JAMF_URL, ...USER })

    await run(core, createHttpTransport, recordingClock())

    const b64 = basic(USER.username, USER.password).slice('Basic '.length)
    const firstOther = core.calls.findIndex(call => call.fn !== 'setSecret')
    const masks = core.calls.slice(0, firstOther).map(call => call.value)
    expect(masks).toEqual(expect.arrayContaining([USER.password, encodeURIComponent(USER.password), b64]))
  })

  it('reads expires with other fractional digits, an offset, or none (UTC)', async () => {
    const later = new Date(Date.now() + 3600_000)
    const noZone = later.toISOString().replace('Z', '123')
    jamf().post('/api/v1/auth/token').reply(200, { token: TOKEN, expires: noZone })
    const core = fakeCore({ url: JAMF_URL, ...USER, verify: 'false' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.outputs['expires-at']).toBe(later.toISOString())
  })

  it('explains a rejected password, and that SSO accounts cannot use the API', async () => {
    jamf()
      .post('/api/v1/auth/token')
      .reply(401, {
        httpStatus: 401,
        errors: [{ code: 'INVALID_CREDENTIALS', description: 'Unauthorized', id: '0', field: null }]
      })
    const core = fakeCore({ url: JAMF_URL, ...USER })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toHaveLength(1)
    expect(core.failures[0]).toMatch(
      /rejected the username or password \(HTTP 401\).*SSO accounts cannot use the API/
    )
    expect(core.outputs).toEqual({})
    expect(core.saved).toEqual({})
  })

  it('says when the password has expired', async () => {
    jamf()
      .post('/api/v1/auth/token')
      .reply(401, {
        httpStatus: 401,
        errors: [{ code: 'USER_EXPIRED_PASSWORD', description: 'Expired', id: '0', field: null }]
      })
    const core = fakeCore({ url: JAMF_URL, ...USER })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringContaining(`account ${USER.username} has expired (USER_EXPIRED_PASSWORD)`)
    ])
  })

  const rejected = { httpStatus: 401, errors: [] }

  it('on a rejected ASCII password: local or LDAP accounts, and no word of encodings', async () => {
    jamf().post('/api/v1/auth/token').reply(401, rejected)
    const core = fakeCore({ url: JAMF_URL, username: 'api-admin', password: 'plain ascii' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      'Jamf Pro rejected the username or password (HTTP 401): check username and password. ' +
        'Use a local or LDAP account: SSO accounts cannot use the API (or, better, use an API client).'
    ])
  })

  it('on a rejected password with non-ASCII characters: a hint that the encoding may differ', async () => {
    jamf().post('/api/v1/auth/token').reply(401, rejected)
    const core = fakeCore({ url: JAMF_URL, ...USER })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringMatching(
        /SSO accounts cannot use the API .* The password has characters outside ASCII, which the action sends as UTF-8: .*test with an ASCII-only password\.$/
      )
    ])
  })

  it('an HTML 401 (a login page in between) is not a verdict on the password', async () => {
    jamf()
      .post('/api/v1/auth/token')
      .reply(401, '<html><body>Sign in</body></html>', { 'Content-Type': 'text/html' })
    const core = fakeCore({ url: JAMF_URL, ...USER })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([expect.stringMatching(/HTTP 401 and an HTML page instead of JSON/)])
  })

  it('an empty 401 is read as a rejected password too, as Jamf clients read it', async () => {
    jamf().post('/api/v1/auth/token').reply(401, '')
    const core = fakeCore({ url: JAMF_URL, username: 'api-admin', password: 'plain ascii' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringMatching(/^Jamf Pro rejected the username or password \(HTTP 401\)/)
    ])
  })

  it("on a verify 401, names an invalid token and another server, without an API client's setting", async () => {
    jamf()
      .post('/api/v1/auth/token')
      .reply(200, userTokenResponse(1800))
      .get('/api/v1/jamf-pro-version')
      .reply(401, { httpStatus: 401, errors: [] })
      .post('/api/v1/auth/invalidate-token')
      .reply(204)
    const core = fakeCore({ url: JAMF_URL, ...USER })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      'Jamf Pro did not accept the token it had just issued (HTTP 401 on GET /api/v1/jamf-pro-version): the token may already be invalid, ' +
        'or url reaches a different server than the one that issued it, e.g. through a proxy or load balancer: check url.'
    ])
  })
})
