// The committed bundles against each kind of real server the simulator models: which OAuth paths a Jamf Pro
// version has, how it answers a path it lacks (401 before routing), lifetimes as Jamf counts them, pasted URLs.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { renderLog, runJob, runStep } from '../test-support/runner.mjs'

let jamf: Simulator
const { clientId, clientSecret, username, password } = DEFAULT_CREDENTIALS
const client = () => ({ url: jamf.url, 'client-id': clientId, 'client-secret': clientSecret })

beforeAll(async () => {
  jamf = await startSimulator()
})
afterAll(() => jamf.close())
beforeEach(() => {
  jamf.reset()
  jamf.setOption('jamfVersion', '11.16.0')
  jamf.setOption('clientTokenLifetime', 60)
  jamf.setOption('credentials', {})
  jamf.setOption('droppedPaths', [])
})

const paths = () => jamf.requests.map(request => `${request.method} ${request.path}`)
const errors = (step: Awaited<ReturnType<typeof runStep>>) =>
  step.commands.filter(line => line.command === 'error').map(line => line.message)

describe('dist/ against real-server profiles', () => {
  it.each(['10.49.0', '11.16.0'])(
    'Jamf Pro %s: a token in two requests over one connection, and the post step invalidates it',
    async version => {
      jamf.setOption('jamfVersion', version)
      const { main, post } = await runJob({ inputs: client() })

      expect(errors(main)).toEqual([])
      expect(main.outputs['jamf-pro-version']).toBe(version)
      expect(new Set(jamf.requests.slice(0, 2).map(request => request.connection)).size).toBe(1)
      expect(paths()).toEqual([
        'POST /api/oauth/token',
        'GET /api/v1/jamf-pro-version',
        'POST /api/v1/auth/invalidate-token'
      ])
      expect(post.exitCode).toBe(0)
      expect(jamf.tokens.every(token => token.invalidated)).toBe(true)
    }
  )

  it('a future server without the documented path: one more request, to /api/v1/oauth/token', async () => {
    jamf.setOption('droppedPaths', ['/api/oauth/token'])
    const main = await runStep('main', { inputs: client() })

    expect(errors(main)).toEqual([])
    expect(paths()).toEqual([
      'POST /api/oauth/token',
      'POST /api/v1/oauth/token',
      'GET /api/v1/jamf-pro-version'
    ])
    await runStep('post', { state: main.state })
  })

  it('Jamf Pro 10.48.0 (no API clients): a message about url and 10.49, never "rejected"', async () => {
    jamf.setOption('jamfVersion', '10.48.0')
    const main = await runStep('main', { inputs: client() })

    expect(main.exitCode).toBe(1)
    expect(errors(main)).toEqual([
      `Jamf Pro has no OAuth token endpoint at ${jamf.url} (HTTP 401 on POST /api/oauth/token and HTTP 401 on POST /api/v1/oauth/token, without an OAuth error): ` +
        'check that url is the root of the Jamf Pro server, e.g. https://yourorg.jamfcloud.com, ' +
        'and that the server runs Jamf Pro 10.49 or later, which API clients need (older servers: use username and password). ' +
        'If both hold, a firewall or proxy refused the request, or Jamf Pro refused the API client without saying why: ' +
        'check client-id, client-secret and that the client is enabled (Settings > System > API roles and clients > API Clients).'
    ])
    expect(paths()).toEqual(['POST /api/oauth/token', 'POST /api/v1/oauth/token'])
    expect(jamf.tokens).toEqual([])
  })

  it.each(['10.49.0', '11.16.0'])(
    'Jamf Pro %s, wrong client secret: "rejected" after one token request',
    async version => {
      jamf.setOption('jamfVersion', version)
      const main = await runStep('main', { inputs: { ...client(), 'client-secret': 'not-the-secret' } })

      expect(main.exitCode).toBe(1)
      expect(errors(main)).toEqual([
        expect.stringMatching(/^Jamf Pro rejected the API client credentials \(HTTP 401, invalid_client\)/)
      ])
      expect(paths()).toEqual(['POST /api/oauth/token'])
    }
  )

  it('min-lifetime: 600 passes for a client whose Access Token Lifetime is 600 s', async () => {
    jamf.setOption('clientTokenLifetime', 600)
    const main = await runStep('main', { inputs: { ...client(), 'min-lifetime': '600' } })

    expect(errors(main)).toEqual([])
    expect(main.outputs['expires-in']).toBe('599')
    await runStep('post', { state: main.state })
  })

  it('min-lifetime: 601 fails for that client, naming its 600 s lifetime', async () => {
    jamf.setOption('clientTokenLifetime', 600)
    const main = await runStep('main', { inputs: { ...client(), 'min-lifetime': '601' } })

    expect(errors(main)).toEqual([
      expect.stringMatching(/^The Jamf Pro token lives 600 s, less than min-lifetime \(601 s\)/)
    ])
    await runStep('post', { state: main.state })
    expect(jamf.tokens.every(token => token.invalidated)).toBe(true)
  })

  it.each(['/api', '/api/', '/JSSResource', '/index.html'])(
    'url pasted with %s: works, with a notice, and outputs the root',
    async suffix => {
      const { main } = await runJob({ inputs: { ...client(), url: `${jamf.url}${suffix}` } })

      expect(errors(main)).toEqual([])
      expect(main.outputs.url).toBe(jamf.url)
      expect(main.exported.JAMF_URL).toBe(jamf.url)
      expect(renderLog(main.commands)).toContain(`Notice: Removed ${suffix} from url`)
      expect(paths()[0]).toBe('POST /api/oauth/token')
    }
  )

  it.each(['10.48.0', '11.16.0'])('Jamf Pro %s: a user account still gets a token', async version => {
    jamf.setOption('jamfVersion', version)
    const { main, post } = await runJob({ inputs: { url: jamf.url, username, password } })

    expect(errors(main)).toEqual([])
    expect(main.outputs['auth-method']).toBe('user')
    expect(paths()).toEqual([
      'POST /api/v1/auth/token',
      'GET /api/v1/jamf-pro-version',
      'POST /api/v1/auth/invalidate-token'
    ])
    expect(post.exitCode).toBe(0)
  })

  it('a user account with a wrong password: "rejected", local or LDAP, after one request', async () => {
    const main = await runStep('main', { inputs: { url: jamf.url, username, password: 'wrong' } })

    expect(errors(main)).toEqual([
      'Jamf Pro rejected the username or password (HTTP 401): check username and password. ' +
        'Use a local or LDAP account: SSO accounts cannot use the API (or, better, use an API client).'
    ])
    expect(paths()).toEqual(['POST /api/v1/auth/token'])
  })
})
