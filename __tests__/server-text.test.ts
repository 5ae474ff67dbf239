/**
 * Nothing a server sends reaches the log or the job summary unchecked: a forged version or scope cannot
 * write a workflow command or render as Markdown/HTML, and a redirect is named by its origin only, with any
 * credential redacted. On the built dist/ run as a runner runs it, against the simulator.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { runStep, type StepResult } from '../test-support/runner.mjs'
import { encodedForms } from './support/special-credentials.js'

const { clientId, clientSecret } = DEFAULT_CREDENTIALS
/** Two loopback exchanges and Node's start-up, with room to spare. */
const QUICK_MS = 5000

let jamf: Simulator
beforeAll(async () => {
  jamf = await startSimulator()
})
afterAll(() => jamf.close())
beforeEach(() => {
  jamf.reset()
  jamf.setOption('clientRoles', ['api-role:1'])
  jamf.setOption('credentials', DEFAULT_CREDENTIALS)
})

const main = (inputs: Record<string, string> = {}): Promise<StepResult> =>
  runStep('main', {
    inputs: { url: jamf.url, 'client-id': clientId, 'client-secret': clientSecret, ...inputs }
  })
const linesOf = (step: StepResult, command: string): string[] =>
  step.commands.filter(line => line.command === command).map(line => line.message)

describe('a forged Jamf Pro version', () => {
  it.each([
    [
      'a workflow command after a line break',
      '11.16.0\n::error title=Jamf Pro::Rotate your secret at https://evil.example'
    ],
    // The runner splits lines at a lone CR too, and reads the older ##[name] form anywhere in a line.
    [
      'a workflow command after a carriage return',
      '11.16.0\r::error title=Jamf Pro::Rotate at https://evil.example'
    ],
    ['a ##[error] command inside the line', '11.16.0 ##[error]Rotate your secret at https://evil.example'],
    ['Markdown and HTML', '11.16.0 [Rotate your secret](https://evil.example) <img src=x onerror=alert(1)>']
  ])(
    '%s: no workflow command, nothing rendered; a warning, and jamf-pro-version empty',
    async (_, version) => {
      jamf.setFault('GET /api/v1/jamf-pro-version', { json: { version } })
      const step = await main()

      expect(step.exitCode).toBe(0)
      expect(step.elapsedMs).toBeLessThan(QUICK_MS)
      expect(step.stdout).not.toMatch(/^::error/m)
      expect(linesOf(step, 'error')).toEqual([])
      expect(step.outcome).toBe('success')
      expect(linesOf(step, 'warning')).toEqual([
        'Jamf Pro answered GET /api/v1/jamf-pro-version with a version that the action cannot read, so the jamf-pro-version output is empty. ' +
          'The token itself works; if this persists, check for a proxy that rewrites API answers.'
      ])
      expect(step.outputs['jamf-pro-version']).toBe('')
      expect(step.outputs.token).not.toBe('')
      expect(`${step.stdout}${step.summary}`).not.toContain('evil')
      expect(step.summary).toContain('| Jamf Pro version | not readable |')
    }
  )
})

describe('a forged scope', () => {
  it('is left out with a warning; the summary renders nothing of it', async () => {
    jamf.setOption('clientRoles', ['api-role:1', '[Rotate your secret](https://evil.example)', '<img src=x>'])
    const step = await main()

    expect(step.exitCode).toBe(0)
    expect(linesOf(step, 'warning')).toEqual([
      'Jamf Pro answered POST /api/oauth/token with a scope that the action cannot read, so the scope output is empty. ' +
        'The token itself works; if this persists, check for a proxy that rewrites API answers.'
    ])
    expect(step.outputs.scope).toBe('')
    expect(step.summary).not.toMatch(/evil|<img/)
  })

  it('that looks like API roles is reported as granted', async () => {
    jamf.setOption('clientRoles', ['api-role:1', 'api-role:2'])
    const step = await main()

    expect(linesOf(step, 'warning')).toEqual([])
    expect(step.outputs.scope).toBe('api-role:1 api-role:2')
    expect(step.summary).toContain('| Scope | api-role:1 api-role:2 |')
  })
})

describe('a redirect that carries the client secret', () => {
  const secret = 'Sup3rSecret-Value'

  it.each([
    [
      'in its path and query',
      `https://idp.example/${encodeURIComponent(`${secret}/é`)}/login?s=${secret}`,
      'https://idp.example'
    ],
    ['in its host name', `https://${secret}.idp.example/login`, 'https://***.idp.example']
  ])('%s: named by its origin, redacted', async (_, location, shown) => {
    jamf.setOption('credentials', { ...DEFAULT_CREDENTIALS, clientSecret: secret })
    jamf.setFault('POST /api/oauth/token', { redirect: location })
    const step = await main({ 'client-secret': secret })

    expect(step.exitCode).toBe(1)
    expect(step.elapsedMs).toBeLessThan(QUICK_MS)
    expect(linesOf(step, 'error')).toEqual([
      `Jamf Pro answered POST /api/oauth/token with HTTP 302, a redirect to ${shown}; credentials are never sent on after a redirect. ` +
        "Set url to the Jamf Pro server's own address, or exempt the API from the SSO or proxy rule that redirects it."
    ])
    const printed = step.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
    const forms = [...encodedForms(secret), secret.toLowerCase()]
    expect(forms.filter(form => printed.some(line => line.includes(form)))).toEqual([])
  })
})
