/**
 * No secret reaches the log or the step summary, in any form, on any path: the built dist/ main and post
 * steps, with RUNNER_DEBUG=1, through success and every failure the simulator can produce, with a client
 * secret and a password full of special characters. A value may appear only inside its own ::add-mask::
 * line, and the credentials' masks come before anything else is printed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/server.mjs'
import { runJob, type StepResult } from '../test-support/runner.mjs'
import {
  CLIENT_INPUTS,
  encodedForms,
  forbiddenForms,
  SPECIAL,
  USER_INPUTS
} from './support/special-credentials.js'

const simulators: Simulator[] = []
afterAll(() => Promise.all(simulators.map(simulator => simulator.close())))

async function simulator(): Promise<Simulator> {
  const started = await startSimulator({ credentials: SPECIAL })
  simulators.push(started)
  return started
}

interface Scenario {
  kind: 'client' | 'user'
  inputs?: Record<string, string>
  setup?: (jamf: Simulator) => Promise<void> | void
  /** How the job ends: the main step's exit code, and whether the post step invalidates a token. */
  mainExit: 0 | 1
  post: 'invalidates' | 'quiet' | 'warns'
  /** The main step refused the token it got, and invalidated it itself. */
  refused?: true
}

const SCENARIOS: Record<string, Scenario> = {
  'API client, success': { kind: 'client', mainExit: 0, post: 'invalidates' },
  'user account, success': { kind: 'user', mainExit: 0, post: 'invalidates' },
  'API client, credentials rejected (401)': {
    kind: 'client',
    setup: jamf => jamf.setOption('credentials', { ...SPECIAL, clientSecret: 'another secret' }),
    mainExit: 1,
    post: 'quiet'
  },
  'API client, credentials rejected (400)': {
    kind: 'client',
    setup: jamf => {
      jamf.setOption('credentials', { ...SPECIAL, clientSecret: 'another secret' })
      jamf.setOption('badClientStatus', 400)
    },
    mainExit: 1,
    post: 'quiet'
  },
  'user account, credentials rejected': {
    kind: 'user',
    setup: jamf => jamf.setOption('credentials', { ...SPECIAL, password: 'another password' }),
    mainExit: 1,
    post: 'quiet'
  },
  'user account, expired password': {
    kind: 'user',
    setup: jamf => jamf.setOption('expiredPassword', true),
    mainExit: 1,
    post: 'quiet'
  },
  'API client, HTTP 403': {
    kind: 'client',
    setup: jamf => jamf.setFault('POST /api/oauth/token', { status: 403 }),
    mainExit: 1,
    post: 'quiet'
  },
  'API client, HTTP 404 on both OAuth paths': {
    kind: 'client',
    setup: jamf => {
      jamf.setOption('droppedPaths', ['/api/v1/oauth/token', '/api/oauth/token'])
    },
    mainExit: 1,
    post: 'quiet'
  },
  'API client, redirect to an IdP': {
    kind: 'client',
    setup: async jamf => {
      const idp = await simulator()
      jamf.setFault('POST /api/oauth/token', { redirect: `${idp.url}/sso?SAMLRequest=abc&RelayState=x` })
    },
    mainExit: 1,
    post: 'quiet'
  },
  'user account, redirect to an IdP': {
    kind: 'user',
    setup: async jamf => {
      const idp = await simulator()
      jamf.setFault('POST /api/v1/auth/token', { redirect: `${idp.url}/sso?SAMLRequest=abc` })
    },
    mainExit: 1,
    post: 'quiet'
  },
  'user account, HTML login page': {
    kind: 'user',
    setup: jamf => jamf.setFault('POST /api/v1/auth/token', { html: true }),
    mainExit: 1,
    post: 'quiet'
  },
  'API client, malformed JSON': {
    kind: 'client',
    setup: jamf => jamf.setFault('POST /api/oauth/token', { malformedJson: true }),
    mainExit: 1,
    post: 'quiet'
  },
  'API client, HTTP 503 after retries': {
    kind: 'client',
    inputs: { retries: '1' },
    setup: jamf => jamf.setFault('POST /api/oauth/token', { status: 503, retryAfter: 0 }),
    mainExit: 1,
    post: 'quiet'
  },
  'user account, no answer (hang)': {
    kind: 'user',
    inputs: { timeout: '1', retries: '0' },
    setup: jamf => jamf.setFault('POST /api/v1/auth/token', { hang: true }),
    mainExit: 1,
    post: 'quiet'
  },
  'API client, connection reset': {
    kind: 'client',
    inputs: { retries: '0' },
    setup: jamf => jamf.setFault('POST /api/oauth/token', { reset: true }),
    mainExit: 1,
    post: 'quiet'
  },
  'API client, verify gets HTTP 401': {
    kind: 'client',
    setup: jamf => jamf.setFault('GET /api/v1/jamf-pro-version', { status: 401 }),
    mainExit: 1,
    post: 'quiet',
    refused: true
  },
  'user account, token shorter-lived than min-lifetime': {
    kind: 'user',
    inputs: { 'min-lifetime': '3600' },
    mainExit: 1,
    post: 'quiet',
    refused: true
  },
  'user account, post step fails (HTTP 500)': {
    kind: 'user',
    setup: jamf => jamf.setFault('POST /api/v1/auth/invalidate-token', { status: 500 }),
    mainExit: 0,
    post: 'warns'
  },
  'API client, post step fails (connection reset)': {
    kind: 'client',
    setup: jamf => jamf.setFault('POST /api/v1/auth/invalidate-token', { reset: true }),
    mainExit: 0,
    post: 'warns'
  }
}

/** The masks the main step must give before printing anything: the credentials as sent on the wire. */
function credentialMasks(kind: Scenario['kind']): string[] {
  return kind === 'client'
    ? [SPECIAL.clientSecret, encodeURIComponent(SPECIAL.clientSecret)]
    : [SPECIAL.password, Buffer.from(`${SPECIAL.username}:${SPECIAL.password}`, 'utf8').toString('base64')]
}

/** Lines of stdout and stderr that show a secret form outside its own ::add-mask:: line. */
function leaks(step: StepResult, forbidden: Array<{ what: string; form: string }>): string[] {
  const lines = [...step.stdout.split(/\r?\n/), ...step.stderr.split(/\r?\n/)].filter(
    line => !line.startsWith('::add-mask::')
  )
  return forbidden.flatMap(({ what, form }) =>
    lines.filter(line => line.includes(form)).map(line => `${step.step}: ${what} in: ${line}`)
  )
}

describe('the leak check itself', () => {
  it('finds an encoded secret in a debug line, and lets its own ::add-mask:: line be', () => {
    const secret = encodeURIComponent(SPECIAL.clientSecret)
    const step = {
      step: 'main',
      stdout: `::add-mask::${SPECIAL.clientSecret}\n::debug::body client_secret=${secret}\n`,
      stderr: ''
    } as StepResult
    const found = leaks(step, forbiddenForms())
    expect(found).toContain(`main: client secret in: ::debug::body client_secret=${secret}`)
    expect(found.filter(line => line.includes('::add-mask::'))).toEqual([])
  })
})

describe('no secret in the log or the summary (dist/, RUNNER_DEBUG=1)', () => {
  it.each(Object.keys(SCENARIOS))('%s', async name => {
    const scenario = SCENARIOS[name]
    const jamf = await simulator()
    await scenario.setup?.(jamf)
    const credentials = scenario.kind === 'client' ? CLIENT_INPUTS : USER_INPUTS

    const { main, post } = await runJob({
      inputs: { url: jamf.url, ...credentials, ...scenario.inputs },
      env: { RUNNER_DEBUG: '1' }
    })

    // The job went the way the scenario says: the checks below saw the path they are meant to.
    expect(main.exitCode).toBe(scenario.mainExit)
    const mainErrors = main.commands.filter(line => line.command === 'error')
    expect(mainErrors).toHaveLength(scenario.mainExit)
    expect(main.commands.some(line => line.command === 'debug')).toBe(true)
    expect(post.exitCode).toBe(0)
    if (scenario.post === 'quiet') expect(post.stdout).toBe('')
    if (scenario.post === 'invalidates' || scenario.refused)
      expect(jamf.tokens.map(token => token.invalidated)).toEqual([true])
    if (scenario.post === 'warns')
      expect(post.commands.filter(line => line.command === 'warning')).toHaveLength(1)

    const tokens = jamf.tokens.map(issued => issued.token)
    const forbidden = forbiddenForms(tokens)
    expect([...leaks(main, forbidden), ...leaks(post, forbidden)]).toEqual([])
    for (const step of [main, post]) {
      const inSummary = forbidden.filter(({ form }) => step.summary.includes(form)).map(({ what }) => what)
      expect(inSummary).toEqual([])
    }

    // Masks first: every ::add-mask:: of the credentials precedes the first other line.
    const commands = main.commands
    const firstOther = commands.findIndex(line => line.command !== 'add-mask')
    const masked = commands.flatMap((line, i) =>
      line.command === 'add-mask' ? [{ value: line.message, i }] : []
    )
    for (const value of credentialMasks(scenario.kind)) {
      expect(masked.map(mask => mask.value)).toContain(value)
    }
    const credentialForms = new Set(
      [SPECIAL.clientSecret, SPECIAL.password, `${SPECIAL.username}:${SPECIAL.password}`].flatMap(
        encodedForms
      )
    )
    const late = masked.filter(mask => credentialForms.has(mask.value) && mask.i > firstOther)
    expect(late).toEqual([])
    expect(firstOther).toBeGreaterThan(0)
    // A token is masked before its first use, and first of all in the post step.
    for (const token of tokens) {
      const maskAt = commands.findIndex(line => line.command === 'add-mask' && line.message === token)
      expect(maskAt).toBeGreaterThan(-1)
    }
    if (scenario.post !== 'quiet')
      expect(post.commands[0]).toEqual({ command: 'add-mask', message: tokens[0] })
  })
})
