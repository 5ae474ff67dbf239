import { describe, expect, it } from '@jest/globals'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import nock from 'nock'
import { createHttpTransport } from '../src/net/http.js'
import { post } from '../src/post.js'
import { fakeCore } from './support/fake-core.js'
import { jamf, JAMF_URL, TOKEN, useNock } from './support/jamf.js'
import { recordingClock } from './support/clocks.js'

const state = (overrides: Record<string, string> = {}) => ({
  token: TOKEN,
  url: JAMF_URL,
  'expires-at': new Date(Date.now() + 600_000).toISOString(),
  'timeout-ms': '30000',
  ...overrides
})

describe('post step', () => {
  useNock()

  it('invalidates the token (204)', async () => {
    jamf().post('/api/v1/auth/invalidate-token').matchHeader('authorization', `Bearer ${TOKEN}`).reply(204)
    const core = fakeCore({}, state())

    await post(core, createHttpTransport, recordingClock())

    expect(core.infos).toEqual(['Invalidated the Jamf Pro token.'])
    expect(core.warnings).toEqual([])
    expect(core.failures).toEqual([])
    expect(core.calls[0]).toEqual({ fn: 'setSecret', value: TOKEN })
  })

  it('treats 401 as already invalid', async () => {
    jamf().post('/api/v1/auth/invalidate-token').reply(401, { httpStatus: 401, errors: [] })
    const core = fakeCore({}, state())

    await post(core, createHttpTransport, recordingClock())

    expect(core.infos).toEqual([expect.stringContaining('already invalid')])
    expect(core.warnings).toEqual([])
  })

  it('does nothing, quietly, when the main step saved no token', async () => {
    const core = fakeCore({}, {})

    await post(core, createHttpTransport, recordingClock())

    expect(core.calls).toEqual([])
  })

  it('sends no request for a token that has expired', async () => {
    const core = fakeCore({}, state({ 'expires-at': new Date(Date.now() - 1000).toISOString() }))

    await post(core, createHttpTransport, recordingClock())

    expect(core.infos).toEqual([expect.stringContaining('expired at')])
  })

  it('warns, never fails, on any other answer, and does not retry it', async () => {
    jamf().post('/api/v1/auth/invalidate-token').reply(400, 'bad request')
    const core = fakeCore({}, state())

    await post(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.warnings).toEqual([
      expect.stringMatching(/^Could not invalidate the Jamf Pro token; it stays valid until .*HTTP 400/)
    ])
  })

  it('retries a 503 once, after its Retry-After, when the time budget allows', async () => {
    jamf()
      .post('/api/v1/auth/invalidate-token')
      .reply(503, 'unavailable', { 'Retry-After': '1' })
      .post('/api/v1/auth/invalidate-token')
      .reply(204)
    const core = fakeCore({}, state())
    const clock = recordingClock()

    await post(core, createHttpTransport, clock)

    expect(clock.sleeps).toEqual([1000])
    expect(core.infos).toEqual(['Invalidated the Jamf Pro token.'])
    expect(core.warnings).toEqual([])
  })

  it('does not retry when the wait asked for would not fit in the time budget', async () => {
    jamf().post('/api/v1/auth/invalidate-token').reply(429, 'slow down', { 'Retry-After': '5' })
    const core = fakeCore({}, state())
    const clock = recordingClock()

    await post(core, createHttpTransport, clock)

    expect(clock.sleeps).toEqual([])
    expect(core.warnings).toEqual([expect.stringContaining('HTTP 429')])
  })

  it('sends the token nowhere but https:// or http:// to this machine', async () => {
    const core = fakeCore({}, state({ url: 'http://jamf.example.com' }))

    await post(core, createHttpTransport, recordingClock())

    expect(core.warnings).toEqual([
      expect.stringMatching(
        /^Could not invalidate the Jamf Pro token; it stays valid until .*\. The saved server address is not an https:\/\/ URL, so the token was not sent\.$/
      )
    ])
  })

  it('warns when the server cannot be reached, without leaking the token', async () => {
    const refused = Object.assign(new Error(`boom ${TOKEN}`), { code: 'ECONNREFUSED' })
    jamf()
      .post('/api/v1/auth/invalidate-token')
      .replyWithError(refused)
      .post('/api/v1/auth/invalidate-token')
      .replyWithError(refused)
    const core = fakeCore({}, state())

    await post(core, createHttpTransport, recordingClock())

    expect(core.failures).toEqual([])
    expect(core.warnings).toEqual([expect.stringContaining('refused')])
    expect(core.printed().join('\n')).not.toContain(TOKEN)
  })

  it('gives up within 5 s on a server that accepts the connection and never answers', async () => {
    const silent = createServer(() => {})
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve))
    nock.enableNetConnect('127.0.0.1')
    const core = fakeCore({}, state({ url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}` }))
    const started = Date.now()

    await post(core, createHttpTransport, recordingClock())

    expect(Date.now() - started).toBeLessThan(5000)
    expect(core.failures).toEqual([])
    expect(core.warnings).toEqual([
      expect.stringContaining('No answer from Jamf Pro to POST /api/v1/auth/invalidate-token within 3.5 s')
    ])
    silent.closeAllConnections()
    silent.close()
  })

  it('masks a proxy password before it sends anything, and sends the token through no proxy it cannot use', async () => {
    const core = fakeCore({}, state())

    await post(core, createHttpTransport, recordingClock(), {
      https_proxy: 'http://user:100%off@proxy.example:3128'
    })

    expect(core.warnings).toEqual([
      expect.stringMatching(
        /^Could not invalidate the Jamf Pro token; it stays valid until \S+\. The proxy setting https_proxy cannot be used: /
      )
    ])
    expect(core.printed().join('\n')).not.toContain('100%off')
  })

  it('masks the password of a usable proxy', async () => {
    const core = fakeCore({}, state())
    const refused = createTransportThat(() =>
      Promise.reject(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))
    )

    await post(core, refused, recordingClock(), { https_proxy: 'http://user:s3cret@proxy.example:3128' })

    expect(core.masks).toContain('s3cret')
    expect(core.warnings).toHaveLength(1)
    expect(core.printed().join('\n')).not.toContain('s3cret')
  })
})

function createTransportThat(send: () => Promise<never>) {
  return () => ({ send, close: () => undefined })
}
