/**
 * Tests of the local Jamf Pro simulator (simulator/*.mjs) as a server over real loopback sockets: its
 * affinity cookies, options, command line, recording, injected faults and HTTPS. No nock here: the point
 * is real HTTP behaviour (keep-alive, resets, TLS). What it answers as Jamf Pro is tested in
 * simulator-auth.test.ts and simulator-schemas.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { startSimulator, type Simulator } from '../simulator/server.mjs'
import { generateCertificate } from '../simulator/tls.mjs'
import { ROOT } from '../test-support/runner.mjs'
import {
  askClientToken,
  bearer,
  call,
  clientForm,
  clientToken,
  decodeJwt,
  FORM,
  HTML,
  htmlAnswer,
  JAMF_JSON,
  withSimulator
} from './support/simulator-http.js'

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterEach(() => sim.reset())
afterAll(() => sim.close())

describe("Jamf Cloud's affinity cookies", () => {
  it('sets APBALANCEID and jpro-ingress when the client lacks them, and only those it lacks', async () => {
    const first = await call(sim, 'GET', '/api/v1/jamf-pro-version')
    const cookies = first.headers['set-cookie'] ?? []
    expect(cookies).toEqual([
      expect.stringMatching(/^APBALANCEID=[^;]+; Path=\/; HttpOnly$/),
      expect.stringMatching(/^jpro-ingress=[0-9a-f]+; Path=\/; HttpOnly$/)
    ])
    const sent = cookies.map(cookie => cookie.split(';')[0])
    expect(
      (await call(sim, 'GET', '/', { headers: { Cookie: sent.join('; ') } })).headers['set-cookie']
    ).toBeUndefined()
    const partly = await call(sim, 'GET', '/', { headers: { Cookie: sent[1] } })
    expect(partly.headers['set-cookie']).toEqual([cookies[0]])
    // The same node answers every request: the cookies do not change.
    expect((await call(sim, 'GET', '/')).headers['set-cookie']).toEqual(cookies)
  })
})

describe('options', () => {
  it('refuses unknown options and bad values', async () => {
    expect(() => sim.setOption('port' as never, 1 as never)).toThrow(/port/)
    await expect(startSimulator({ lifetime: 5 } as never)).rejects.toThrow(/lifetime/)
    expect(() => sim.setOption('jamfVersion', 'eleven')).toThrow(/jamfVersion/)
    expect(() => sim.setOption('clientTokenLifetime', 0)).toThrow(/clientTokenLifetime/)
    expect(() => sim.setOption('userTokenLifetime', 1.5)).toThrow(/userTokenLifetime/)
  })
})

describe('the command line', () => {
  it('--jamf-version 10.49.0 --client-token-lifetime 600: prints the credentials, serves that server', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jamf-simulator-cli-'))
    const readyFile = join(dir, 'url.txt')
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'simulator', 'cli.mjs'),
        '--port',
        '0',
        '--jamf-version',
        '10.49.0',
        '--client-token-lifetime',
        '600',
        '--ready-file',
        readyFile
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const exited = new Promise(resolve => child.on('exit', resolve))
    try {
      let url = ''
      for (let waited = 0; url === '' && waited < 10_000; waited += 50) {
        url = await readFile(readyFile, 'utf8').then(
          text => text.trim(),
          () => ''
        )
        if (url === '') await sleep(50)
      }
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(output).toContain('client ID "demo-client", client secret "demo-client-secret"')
      expect(output).toContain('username "demo-admin", password "demo-password"')

      const remote = { url }
      const token = JSON.parse((await askClientToken(remote, '/api/oauth/token')).body)
      expect(token.expires_in).toBe(599)
      expect((await askClientToken(remote, '/api/v1/oauth/token')).status).toBe(401)
      const version = await call(remote, 'GET', '/api/v1/jamf-pro-version', {
        headers: bearer(token.access_token)
      })
      expect(JSON.parse(version.body).version).toBe('10.49.0-t1785446884863')
    } finally {
      child.kill('SIGTERM')
      await exited
      await rm(dir, { recursive: true, force: true })
    }
    expect(output).toMatch(/POST \/api\/oauth\/token 200/) // one log line per request, never a body
    expect(output).not.toContain('client_secret=')
  })
})

describe('recording', () => {
  it('records every request with its connection, and counts keep-alive connections once', async () => {
    const before = sim.connections
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      await call(sim, 'POST', '/api/oauth/token?x=1', { headers: FORM, body: clientForm(), agent })
      await call(sim, 'GET', '/api/v1/jamf-pro-version', { agent })
    } finally {
      agent.destroy()
    }
    expect(sim.connections).toBe(before + 1)
    await call(sim, 'GET', '/api/v1/jamf-pro-version')
    expect(sim.connections).toBe(before + 2)

    const [first, second, third] = sim.requests
    expect(first).toMatchObject({
      method: 'POST',
      path: '/api/oauth/token',
      query: { x: '1' },
      body: clientForm()
    })
    expect(first.headers['content-type']).toBe(FORM['Content-Type'])
    expect(typeof first.at).toBe('number')
    expect(second.connection).toBe(first.connection)
    expect(third.connection).toBe(first.connection + 1)
  })

  it('reset() forgets requests, tokens and faults', async () => {
    await clientToken(sim)
    sim.setFault('/api/v1/jamf-pro-version', { status: 500 })
    sim.reset()
    expect([sim.requests.length, sim.tokens.length]).toEqual([0, 0])
    expect((await call(sim, 'GET', '/api/v1/jamf-pro-version')).status).toBe(401)
  })
})

describe('faults', () => {
  const version = (s: Simulator = sim) => call(s, 'GET', '/api/v1/jamf-pro-version')

  it('status, retryAfter and times: the first N requests fail, then normal answers', async () => {
    sim.setFault('GET /api/v1/jamf-pro-version', { status: 503, retryAfter: 2, times: 2 })
    const first = await version()
    expect([first.status, first.headers['retry-after'], JSON.parse(first.body)]).toEqual([
      503,
      '2',
      { httpStatus: 503, errors: [] }
    ])
    expect((await version()).status).toBe(503)
    expect((await version()).status).toBe(401)
    expect(sim.requests).toHaveLength(3) // faulted requests are recorded too
  })

  it('a method-specific fault leaves other methods alone; null removes a fault', async () => {
    sim.setFault('POST /api/v1/jamf-pro-version', { status: 500 })
    expect((await version()).status).toBe(401)
    sim.setFault('/api/v1/jamf-pro-version', { status: 500 })
    expect((await version()).status).toBe(500)
    sim.setFault('/api/v1/jamf-pro-version', null)
    expect((await version()).status).toBe(401)
    sim.setFault('/api/v1/jamf-pro-version', { status: 500 })
    sim.clearFaults()
    expect((await version()).status).toBe(401)
  })

  it('body, headers, json, html, malformedJson and redirect, on any path', async () => {
    sim.setFault('/a', { status: 429, body: '{"error":"slow down"}', headers: { 'X-Test': 'yes' } })
    const a = await call(sim, 'GET', '/a')
    expect([a.status, a.body, a.headers['x-test'], a.headers['content-type']]).toEqual([
      429,
      '{"error":"slow down"}',
      'yes',
      JAMF_JSON
    ])

    const token = (s: Simulator = sim) => askClientToken(s)
    sim.setFault('/api/oauth/token', { json: { access_token: '', token_type: 'Bearer' } })
    const json = await token()
    expect([json.status, JSON.parse(json.body)]).toEqual([200, { access_token: '', token_type: 'Bearer' }])

    sim.setFault('/api/oauth/token', { html: true })
    expect(htmlAnswer(await token())).toEqual([200, HTML])

    sim.setFault('/api/oauth/token', { malformedJson: true })
    const malformed = await token()
    expect([malformed.status, malformed.headers['content-type']]).toEqual([200, JAMF_JSON])
    expect(() => JSON.parse(malformed.body)).toThrow()

    sim.setFault('/api/oauth/token', { redirect: 'https://idp.example/login' })
    const redirect = await token()
    expect([redirect.status, redirect.headers.location]).toEqual([302, 'https://idp.example/login'])
    expect(sim.tokens).toHaveLength(0)
  })

  it('delayMs answers normally, late', async () => {
    sim.setFault('/api/v1/jamf-pro-version', { delayMs: 200, headers: { 'X-Slow': '1' } })
    const started = Date.now()
    const reply = await version()
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    expect([reply.status, reply.headers['x-slow']]).toEqual([401, '1'])
  })

  it('reset destroys the connection without an answer', async () => {
    sim.setFault('/api/v1/jamf-pro-version', { reset: true, times: 1 })
    await expect(version()).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect((await version()).status).toBe(401)
  })

  it('hang never answers, and close() still finishes', async () => {
    const own = await startSimulator({ faults: { '/api/v1/jamf-pro-version': { hang: true } } })
    const pending = version(own)
    while (own.requests.length === 0) await sleep(10)
    await own.close()
    await expect(pending).rejects.toThrow(/socket hang up|ECONNRESET/)
  })
})

describe('HTTPS', () => {
  it('serves HTTPS with a generated certificate, and an expired one is refused', async () => {
    const [good, expired] = await Promise.all([generateCertificate(), generateCertificate({ expired: true })])
    try {
      await withSimulator({ https: { cert: good.cert, key: good.key } }, async own => {
        expect(own.url).toBe(`https://127.0.0.1:${own.port}`)
        const reply = await call(own, 'POST', '/api/oauth/token', {
          headers: FORM,
          body: clientForm(),
          ca: good.cert
        })
        expect(reply.status).toBe(200)
        expect(reply.headers['set-cookie']).toEqual([
          expect.stringMatching(/^APBALANCEID=.*; HttpOnly; Secure$/),
          expect.stringMatching(/^jpro-ingress=.*; HttpOnly; Secure$/)
        ])
        expect(decodeJwt(JSON.parse(reply.body).access_token).claims.iss).toBe(own.url)
        expect(own.requests[0].connection).toBe(1)
      })
      await withSimulator({ https: { cert: expired.cert, key: expired.key } }, async own => {
        await expect(call(own, 'GET', '/', { ca: expired.cert })).rejects.toMatchObject({
          code: 'CERT_HAS_EXPIRED'
        })
      })
    } finally {
      await Promise.all([good, expired].map(({ dir }) => rm(dir, { recursive: true, force: true })))
    }
  })
})
