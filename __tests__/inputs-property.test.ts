/**
 * Property tests of the main step over its inputs: whatever strings a workflow passes (control
 * characters, any Unicode, very long values), run() never throws; it either succeeds or fails only with
 * readInputs' one-line messages, and then before any request; and no input secret is ever printed.
 * The transport is a stub that records every call and answers like Jamf Pro.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { CreateTransport, HttpRequest, HttpResponse } from '../src/net/http.js'
import { run } from '../src/main.js'
import type { Clock } from '../src/net/retry.js'
import { redact } from '../src/secrets.js'
import { recordingClock } from './support/clocks.js'
import { fakeCore, type FakeCore } from './support/fake-core.js'

const NUM_RUNS = 200
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwcm9wZXJ0eSJ9.c2lnbmF0dXJl'
/** Long enough that no min-lifetime a random string spells by chance is above it... but see below. */
const LIFETIME_SECONDS = 1_000_000_000

/** How readInputs' problems begin; nothing else may fail a step whose inputs are invalid. */
const INPUT_PROBLEM = /^(Input [a-z-]+ |No credentials given: |Use one kind of credentials: )/
/** Time stands still, so that a run and its reference run count the same lifetime. */
const NOW = Date.now()
const fixedClock = (): Clock => ({ ...recordingClock(), now: () => NOW })
/** The one failure valid inputs may still meet here: a min-lifetime above the stub's token lifetime. */
const TOO_SHORT = /^The Jamf Pro token lives \d+ s, less than min-lifetime \(\d+ s\)/

interface Stub {
  createTransport: CreateTransport
  created: number
  sent: HttpRequest[]
}

/** A Jamf Pro that accepts any credentials; it records whether a transport was made and what was sent. */
function stubJamf(): Stub {
  const json = (body: unknown): HttpResponse => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
  const stub: Stub = {
    created: 0,
    sent: [],
    createTransport: () => {
      stub.created++
      return {
        async send(request) {
          stub.sent.push(request)
          const path = new URL(request.url).pathname
          if (path.endsWith('/api/oauth/token'))
            return json({
              access_token: TOKEN,
              scope: 'api-role:1',
              token_type: 'Bearer',
              expires_in: LIFETIME_SECONDS
            })
          if (path.endsWith('/api/v1/auth/token'))
            return json({
              token: TOKEN,
              expires: new Date(NOW + LIFETIME_SECONDS * 1000).toISOString()
            })
          if (path.endsWith('/api/v1/jamf-pro-version')) return json({ version: '11.16.0-t1730123456789' })
          return { status: 404, headers: { 'content-type': 'text/html' }, body: '<html>Not Found</html>' }
        },
        close() {}
      }
    }
  }
  return stub
}

const LOGGED = new Set(['info', 'debug', 'notice', 'warning', 'error', 'summary'])
const logged = (core: FakeCore): string[] =>
  core.calls.filter(call => LOGGED.has(call.fn)).map(call => call.value)

/** The secrets as the action uses them (readInputs trims a client secret, and drops a password's final line break). */
function secretsOf(inputs: Record<string, string>): string[] {
  return [(inputs['client-secret'] ?? '').trim(), (inputs.password ?? '').replace(/\r?\n$/, '')]
}

/** The same run with the secrets replaced by markers: what the action prints when no secret is in the way. */
async function referenceRun(inputs: Record<string, string>): Promise<FakeCore> {
  const [clientSecret, password] = secretsOf(inputs)
  const reference = fakeCore({
    ...inputs,
    ...(clientSecret !== '' && { 'client-secret': 'MARKER-CLIENT-SECRET' }),
    ...(password !== '' && { password: 'MARKER-PASSWORD' })
  })
  await run(reference, stubJamf().createTransport, fixedClock())
  return reference
}

/**
 * No input secret in anything logged. A secret counts only where it cannot occur by chance: it must be
 * long enough, and absent from what the reference run logs (the action's own text, and the url, client-id
 * and username it prints on purpose).
 */
async function expectNoSecretLogged(core: FakeCore, inputs: Record<string, string>): Promise<void> {
  const expected = logged(await referenceRun(inputs)).join('\n')
  const lines = logged(core)
  for (const secret of secretsOf(inputs).filter(
    value => value.trim().length >= 6 && !expected.includes(value)
  )) {
    expect(lines.filter(line => line.includes(secret))).toEqual([])
  }
}

// --- Arbitraries ----------------------------------------------------------------------------------

const controlChars = fc.string({
  unit: fc.constantFrom(
    '\n',
    '\r',
    '\t',
    ' ',
    '\u0000',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u2028',
    '\ufeff',
    ':',
    '%'
  ),
  maxLength: 8
})
/** Values a workflow plausibly writes, valid or nearly so. */
const plausible = fc.constantFrom(
  'https://yourorg.jamfcloud.com',
  'https://jss.example.com:8443/',
  'http://localhost:8080',
  'http://jamf.example.com',
  'https://user:pw@jamf.example.com',
  'https://jamf.example.com/?a=b',
  'jamf.example.com',
  'true',
  'True',
  'FALSE',
  'yes',
  '0',
  '1',
  '30',
  '600',
  '601',
  '-1',
  '1.5',
  ' 10 ',
  '1e3',
  'api-role:1 api-role:2',
  'user:name',
  '\n',
  ''
)
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.tuple(fc.string(), controlChars, fc.string()).map(parts => parts.join('')) },
  { weight: 3, arbitrary: plausible },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 5000, maxLength: 20000 }) }
)
const httpsUrl = fc
  .webUrl({ validSchemes: ['https'], withQueryParameters: false, withFragments: false })
  .filter(url => !url.includes('?') && !url.includes('#'))
const nonBlank = (maxLength: number) =>
  fc.string({ unit: 'binary', minLength: 1, maxLength }).filter(value => value.trim() !== '')
const singleLine = (maxLength: number) => nonBlank(maxLength).filter(value => !/[\r\n]/.test(value))

/** Mostly a value this input accepts, else any text: random text alone would almost never be valid. */
const mostly = (valid: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: anyText })
const settings = fc.record(
  {
    url: mostly(
      fc.oneof(httpsUrl, fc.constantFrom('http://localhost:8080', 'https://jss.example.com:8443/'))
    ),
    'invalidate-token': mostly(fc.constantFrom('true', 'false', 'True', 'FALSE', '')),
    'export-env': mostly(fc.constantFrom('true', 'false', 'TRUE', 'False', '')),
    verify: mostly(fc.constantFrom('true', 'false', '')),
    'min-lifetime': mostly(fc.oneof(fc.nat({ max: 3600 }), fc.nat()).map(String)),
    timeout: mostly(fc.integer({ min: 1, max: 600 }).map(String)),
    retries: mostly(fc.integer({ min: 0, max: 10 }).map(String))
  },
  { requiredKeys: [] }
)
/** One kind of credentials (the valid case), or both, or any text in any of them. */
const credentials = fc.oneof(
  fc.record(
    { 'client-id': mostly(singleLine(60)), 'client-secret': mostly(nonBlank(100)), scope: anyText },
    { requiredKeys: ['client-id', 'client-secret'] } // scope: sometimes, anything
  ),
  fc.record(
    {
      username: mostly(singleLine(60).filter(value => !value.includes(':'))),
      password: mostly(nonBlank(100)),
      scope: mostly(fc.constant('')) // user accounts take no scope
    },
    { requiredKeys: ['username', 'password'] }
  ),
  fc.record(
    { 'client-id': anyText, 'client-secret': anyText, username: anyText, password: anyText, scope: anyText },
    { requiredKeys: [] }
  )
)
/** Any subset of the inputs, each with any text; an input left out gets action.yml's default. */
const anyInputs: fc.Arbitrary<Record<string, string>> = fc
  .tuple(settings, credentials)
  .map(([some, more]) => ({ ...some, ...more }) as Record<string, string>)

const validClient = fc.record({
  url: httpsUrl,
  'client-id': singleLine(60),
  'client-secret': fc.oneof(nonBlank(100), fc.string({ unit: 'binary', minLength: 1000, maxLength: 5000 })),
  scope: fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 40 }))
})
const validUser = fc.record({
  url: httpsUrl,
  username: singleLine(60).filter(value => !value.includes(':')),
  password: fc
    .oneof(
      nonBlank(100),
      fc.tuple(nonBlank(40), fc.constantFrom('\n', '\r\n')).map(([p, end]) => p + end)
    )
    .filter(value => value.replace(/\r?\n$/, '') !== '')
})

// --- Properties -----------------------------------------------------------------------------------

describe('main step inputs, for any strings', () => {
  it('never throws; fails only with readInputs problems, and then before any request; never prints a secret', async () => {
    const seen = { valid: 0, invalid: 0 }
    await fc.assert(
      fc.asyncProperty(anyInputs, async inputs => {
        const core = fakeCore(inputs)
        const stub = stubJamf()

        await run(core, stub.createTransport, fixedClock()) // a throw rejects, and fails the property

        for (const line of core.failures) {
          expect(typeof line).toBe('string')
          expect(line).not.toMatch(/[\r\n]|undefined/)
        }
        const problems = core.failures.filter(line => INPUT_PROBLEM.test(line))
        seen[stub.created === 0 ? 'invalid' : 'valid']++
        if (stub.created === 0) {
          // Invalid inputs: only readInputs' problems, no transport, no request, nothing masked or saved.
          expect(core.failures.length).toBeGreaterThan(0)
          expect(problems).toEqual(core.failures)
          expect(stub.sent).toEqual([])
          expect(core.saved).toEqual({})
          expect(core.outputs).toEqual({})
        } else {
          // Valid inputs: no input problem; success, or a token shorter-lived than min-lifetime asks.
          expect(problems).toEqual([])
          expect(stub.created).toBe(1)
          expect(stub.sent.length).toBeGreaterThan(0)
          if (core.failures.length > 0) {
            // Every message is redacted of every masked value, which a random secret may find in it.
            const [line] = (await referenceRun(inputs)).failures
            expect(line).toMatch(TOO_SHORT)
            expect(core.failures).toEqual([redact(line, core.masks)])
            expect(Number(core.getInput('min-lifetime'))).toBeGreaterThan(LIFETIME_SECONDS)
          } else {
            expect(core.outputs.token).toBe(TOKEN)
          }
        }
        await expectNoSecretLogged(core, inputs)
      }),
      { numRuns: NUM_RUNS }
    )
    // Both branches must really be explored, or the property proves little.
    expect(seen.valid).toBeGreaterThanOrEqual(NUM_RUNS / 20)
    expect(seen.invalid).toBeGreaterThanOrEqual(NUM_RUNS / 4)
  })
})

describe('main step inputs, for any valid credentials', () => {
  it('an API client: succeeds, sends the credentials exactly, masks the secret first and never prints it', async () => {
    await fc.assert(
      fc.asyncProperty(validClient, async inputs => {
        const core = fakeCore(inputs)
        const stub = stubJamf()

        await run(core, stub.createTransport, fixedClock())

        expect(core.failures).toEqual([])
        expect(core.outputs.token).toBe(TOKEN)
        expect(core.outputs['auth-method']).toBe('client-credentials')
        const [tokenRequest] = stub.sent
        expect(new URL(tokenRequest.url).pathname).toMatch(/\/api\/oauth\/token$/)
        const form = new URLSearchParams(tokenRequest.body)
        expect(form.get('grant_type')).toBe('client_credentials')
        expect(form.get('client_id')).toBe(inputs['client-id'].trim())
        expect(form.get('client_secret')).toBe(inputs['client-secret'].trim())
        const scope = inputs.scope.trim().split(/\s+/).filter(Boolean).join(' ')
        expect(form.get('scope')).toBe(scope === '' ? null : scope)
        expect(core.calls[0]).toEqual({ fn: 'setSecret', value: inputs['client-secret'].trim() })
        await expectNoSecretLogged(core, inputs)
      }),
      { numRuns: NUM_RUNS }
    )
  })

  it('a user account: succeeds, sends UTF-8 Basic credentials exactly, masks the password first', async () => {
    await fc.assert(
      fc.asyncProperty(validUser, async inputs => {
        const core = fakeCore(inputs)
        const stub = stubJamf()

        await run(core, stub.createTransport, fixedClock())

        expect(core.failures).toEqual([])
        expect(core.outputs.token).toBe(TOKEN)
        expect(core.outputs['auth-method']).toBe('user')
        const [tokenRequest] = stub.sent
        expect(new URL(tokenRequest.url).pathname).toMatch(/\/api\/v1\/auth\/token$/)
        const basic = /^Basic (\S+)$/.exec(tokenRequest.headers.Authorization)?.[1] ?? ''
        const password = inputs.password.replace(/\r?\n$/, '')
        expect(Buffer.from(basic, 'base64').toString('utf8')).toBe(`${inputs.username.trim()}:${password}`)
        expect(core.calls[0]).toEqual({ fn: 'setSecret', value: password })
        await expectNoSecretLogged(core, inputs)
      }),
      { numRuns: NUM_RUNS }
    )
  })
})
