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

  it('fails when the server does not accept its own token (401), without outputs, but saves it for invalidation', async () => {
    jamf()
      .post('/api/oauth/token')
      .reply(200, tokenResponse())
      .get('/api/v1/jamf-pro-version')
      .reply(401, jamfError(401, 'INVALID_TOKEN'))
    const core = fakeCore({ url: JAMF_URL, ...CLIENT })

    await run(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([
      expect.stringMatching(
        /did not accept the token it had just issued \(HTTP 401.*may already be invalid \(check the API client's Access Token Lifetime: a few seconds is too short\), or url reaches a different server.*: check url\.$/
      )
    ])
    expect(core.outputs).toEqual({})
    expect(core.exported).toEqual({})
    expect(core.saved.token).toBe(TOKEN)
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
