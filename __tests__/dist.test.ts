// The committed bundles, run as a runner runs them, against the simulator: what a workflow really gets.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { renderLog, runJob, runStep } from '../test-support/runner.mjs'

let jamf: Simulator
const { clientId, clientSecret, username, password } = DEFAULT_CREDENTIALS

beforeAll(async () => {
  jamf = await startSimulator()
})
afterAll(() => jamf.close())
beforeEach(() => jamf.reset())

const paths = () => jamf.requests.map(request => `${request.method} ${request.path}`)

describe('dist/ run as a runner runs it', () => {
  it('API client: masks first, sets outputs and env, writes a summary, and the post step invalidates the token', async () => {
    const connectionsBefore = jamf.connections
    const { main, post } = await runJob({
      inputs: { url: `${jamf.url}/`, 'client-id': clientId, 'client-secret': clientSecret }
    })

    expect(main.exitCode).toBe(0)
    const token = main.outputs.token
    expect(jamf.tokens.map(issued => issued.token)).toEqual([token])
    expect(main.commands[0]).toEqual({ command: 'add-mask', message: clientSecret })
    expect(main.commands).toContainEqual({ command: 'add-mask', message: token })
    const unmasked = main.commands.filter(line => line.command !== 'add-mask')
    expect(
      unmasked.filter(line => line.message.includes(token) || line.message.includes(clientSecret))
    ).toEqual([])
    expect(main.outputs).toEqual({
      token,
      url: jamf.url,
      'server-url': jamf.url,
      'expires-at': expect.stringMatching(/Z$/),
      'expires-in': '59', // a new API client's default lifetime, 60 s, less the second Jamf counts
      scope: 'api-role:1',
      'auth-method': 'client-credentials',
      'jamf-pro-version': '11.16.0'
    })
    expect(main.exported).toEqual({ JAMF_URL: jamf.url, JAMF_TOKEN: token })
    expect(main.summary).toContain(clientId)
    expect(main.summary).not.toContain(token)
    expect(renderLog(main.commands)).not.toContain(token)

    expect(post.exitCode).toBe(0)
    expect(renderLog(post.commands)).toContain('Invalidated the Jamf Pro token.')
    // The token and verify requests share one kept-alive connection; the post step opens its own.
    expect(jamf.requests.map(request => request.connection)).toEqual(
      [1, 1, 2].map(n => n + connectionsBefore)
    )
    expect(paths()).toEqual([
      'POST /api/oauth/token',
      'GET /api/v1/jamf-pro-version',
      'POST /api/v1/auth/invalidate-token'
    ])
    expect(jamf.tokens[0].invalidated).toBe(true)
  })

  it('user account: a token that works for later steps, then is invalidated', async () => {
    const { main, consumer, post } = await runJob({
      inputs: { url: jamf.url, username, password },
      between: async step =>
        (
          await fetch(`${step.exported.JAMF_URL}/api/v1/auth`, {
            headers: { Authorization: `Bearer ${step.exported.JAMF_TOKEN}` }
          })
        ).status
    })

    expect(main.exitCode).toBe(0)
    expect(main.outputs['auth-method']).toBe('user')
    expect(main.outputs.scope).toBe('')
    expect(Number(main.outputs['expires-in'])).toBeGreaterThan(1790)
    expect(consumer).toBe(200)
    expect(post.exitCode).toBe(0)
    expect(jamf.tokens).toHaveLength(1)
    expect(jamf.tokens[0]).toMatchObject({ kind: 'user', invalidated: true })
  })

  it('two uses in one job keep and invalidate their own tokens', async () => {
    const inputs = { url: jamf.url, 'client-id': clientId, 'client-secret': clientSecret }
    const first = await runStep('main', { inputs })
    const second = await runStep('main', { inputs: { ...inputs, 'export-env': 'false' } })
    expect(first.outputs.token).not.toBe(second.outputs.token)
    // Post steps run last registered first.
    await runStep('post', { inputs, state: second.state })
    await runStep('post', { inputs, state: first.state })
    expect(jamf.tokens.map(issued => issued.invalidated)).toEqual([true, true])
  })

  it('fails with one error line and a quiet post step when the credentials are wrong', async () => {
    const { main, post } = await runJob({
      inputs: { url: jamf.url, 'client-id': clientId, 'client-secret': 'wrong' }
    })

    expect(main.exitCode).toBe(1)
    const errors = main.commands.filter(line => line.command === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].message).toMatch(/^Jamf Pro rejected the API client credentials/)
    expect(main.outputs).toEqual({})
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toBe('')
  })

  it('fails on bad inputs before any request', async () => {
    const { main } = await runJob({ inputs: { url: 'jamf.example.com', 'client-id': clientId } })

    expect(main.exitCode).toBe(1)
    expect(main.commands.filter(line => line.command === 'error').map(line => line.message)).toEqual([
      expect.stringMatching(/^Input url must be an absolute https:\/\/ URL/),
      expect.stringMatching(/^Input client-secret is empty/)
    ])
    expect(jamf.requests).toEqual([])
  })

  it('keeps the token alive with invalidate-token: false', async () => {
    const { post } = await runJob({
      inputs: {
        url: jamf.url,
        'client-id': clientId,
        'client-secret': clientSecret,
        'invalidate-token': 'false'
      }
    })

    expect(post.stdout).toBe('')
    expect(jamf.tokens[0].invalidated).toBe(false)
  })
})
