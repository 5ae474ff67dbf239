import { describe, expect, it } from '@jest/globals'
import { createHttpTransport } from '../src/net/http.js'
import { run } from '../src/main.js'
import { fakeCore } from './support/fake-core.js'
import { CLIENT, jamf, JAMF_URL, TOKEN, tokenResponse, useNock } from './support/jamf.js'
import { recordingClock } from './support/clocks.js'

const jamfError = (status: number, code: string) => ({
  httpStatus: status,
  errors: [{ code, description: 'x', id: '0', field: null }]
})

describe('main step: verifying the new token', () => {
  useNock()

  it.each([
    [204, '', ''],
    [500, ' Invalidating the token failed; the post step tries again.', TOKEN]
  ])(
    'fails when the server does not accept its own token (401), without outputs, and invalidates it at once (HTTP %i)',
    async (status, added, left) => {
      jamf()
        .post('/api/oauth/token')
        .reply(200, tokenResponse())
        .get('/api/v1/jamf-pro-version')
        .reply(401, jamfError(401, 'INVALID_TOKEN'))
        .post('/api/v1/auth/invalidate-token')
        .matchHeader('authorization', `Bearer ${TOKEN}`)
        .reply(status)
      const core = fakeCore({ url: JAMF_URL, ...CLIENT })

      await run(core, createHttpTransport, recordingClock())

      expect(core.failures).toEqual([
        expect.stringMatching(
          /did not accept the token it had just issued \(HTTP 401.*may already be invalid \(check the API client's Access Token Lifetime: a few seconds is too short\), or url reaches a different server.*: check url\./
        )
      ])
      expect(core.failures[0].endsWith(`url.${added}`)).toBe(true)
      expect(core.outputs).toEqual({})
      expect(core.exported).toEqual({})
      // Saved for the post step as soon as it arrived; withdrawn once invalidated, kept if that failed.
      expect(
        core.calls.filter(call => call.fn === 'saveState' && call.value.startsWith('token='))[0]
      ).toEqual({ fn: 'saveState', value: `token=${TOKEN}` })
      expect(core.saved.token).toBe(left)
    }
  )

  it('warns about a version that does not look like one, and leaves jamf-pro-version empty', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse())
      .get('/api/v1/jamf-pro-version')
      .reply(200, { version: '11.16.0\n::error title=Jamf::Click https://evil.example' })
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.warnings).toEqual([
      'Jamf Pro answered GET /api/v1/jamf-pro-version with a version that the action cannot read, so the jamf-pro-version output is empty. ' +
        'The token itself works; if this persists, check for a proxy that rewrites API answers.'
    ])
    expect(core.outputs['jamf-pro-version']).toBe('')
    expect(core.printed().join('\n')).not.toContain('evil')
  })

  it.each([
    ['11.30.2-t1785446884863', '11.30.2'],
    ['10.49.0', '10.49.0'],
    ['11', '11']
  ])('reports version %s as %s', async (version, reported) => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse())
      .get('/api/v1/jamf-pro-version')
      .reply(200, { version })
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.warnings).toEqual([])
    expect(core.outputs['jamf-pro-version']).toBe(reported)
  })

  it('warns on 403 and leaves jamf-pro-version empty; the token is still handed out', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse())
      .get('/api/v1/jamf-pro-version')
      .reply(403, jamfError(403, 'ACCESS_DENIED'))
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.warnings).toEqual([expect.stringContaining('HTTP 403 on GET /api/v1/jamf-pro-version')])
    expect(core.outputs.token).toBe(TOKEN)
    expect(core.outputs['jamf-pro-version']).toBe('')
  })

  it('sends no verify request with verify: false', async () => {
    jamf().post('/api/oauth/token').reply(200, tokenResponse())
    const core = fakeCore({ url: JAMF_URL, ...CLIENT, verify: 'false' })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.outputs['jamf-pro-version']).toBe('')
  })
})
