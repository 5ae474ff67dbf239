/**
 * The network a runner really has, with the built dist/ bundles run as a runner runs them: an HTTPS
 * proxy from https_proxy (and no_proxy to bypass it), and servers with a private CA, an expired
 * certificate or one for another host name. Nothing here leaves 127.0.0.1: the proxy resolves jamf.test.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { generateCertificate } from '../simulator/tls.mjs'
import { runJob, type StepResult } from '../test-support/runner.mjs'
import { startConnectProxy, type ConnectProxy } from './support/connect-proxy.js'
import { kill } from './support/processes.js'

const CLIENT = {
  'client-id': DEFAULT_CREDENTIALS.clientId,
  'client-secret': DEFAULT_CREDENTIALS.clientSecret
}
/** A failure that is not retried ends in well under this, Node's start-up included. */
const QUICK_MS = 5000

type Certificate = Awaited<ReturnType<typeof generateCertificate>>
const certificates: Certificate[] = []
const simulators: Simulator[] = []
const proxies: ConnectProxy[] = []

async function certificate(options: Parameters<typeof generateCertificate>[0]): Promise<Certificate> {
  const made = await generateCertificate(options)
  certificates.push(made)
  return made
}

async function httpsSimulator({ cert, key }: Certificate): Promise<Simulator> {
  const simulator = await startSimulator({ https: { cert, key } })
  simulators.push(simulator)
  return simulator
}

afterAll(async () => {
  await Promise.all([...simulators, ...proxies].map(server => server.close()))
  await Promise.all(certificates.map(made => rm(made.dir, { recursive: true, force: true })))
})

const paths = (simulator: Simulator) => simulator.requests.map(request => `${request.method} ${request.path}`)
const errors = (step: StepResult) =>
  step.commands.filter(line => line.command === 'error').map(line => line.message)

/** A failed main step: exit code 1, exactly one ::error:: line, no outputs; then a quiet post step. */
function expectOneError({ main, post }: { main: StepResult; post: StepResult }): string {
  expect(main.exitCode).toBe(1)
  const lines = errors(main)
  expect(lines).toHaveLength(1)
  expect(lines[0]).not.toMatch(/[\r\n]|undefined/)
  expect(main.outputs).toEqual({})
  expect(main.elapsedMs).toBeLessThan(QUICK_MS)
  expect(post.exitCode).toBe(0)
  expect(post.stdout).toBe('')
  return lines[0]
}

describe('through an HTTPS proxy (https_proxy)', () => {
  let jamf: Simulator
  let proxy: ConnectProxy
  let ca: Certificate

  beforeAll(async () => {
    ca = await certificate({ hosts: ['jamf.test'] })
    jamf = await httpsSimulator(ca)
    proxy = await startConnectProxy({ routes: { 'jamf.test:443': { host: '127.0.0.1', port: jamf.port } } })
    proxies.push(proxy)
  })

  const reset = () => {
    jamf.reset()
    proxy.lines.length = 0
  }

  it('gets the token through the proxy, which alone resolves jamf.test, and the post step invalidates it', async () => {
    reset()
    const { main, post } = await runJob({
      inputs: { url: 'https://jamf.test', ...CLIENT },
      env: { https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: ca.certPath }
    })

    expect(errors(main)).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(main.outputs.url).toBe('https://jamf.test')
    expect(main.outputs['jamf-pro-version']).toBe('11.16.0')
    expect(post.exitCode).toBe(0)
    expect(post.commands).toContainEqual({ command: 'log', message: 'Invalidated the Jamf Pro token.' })
    expect(proxy.lines.length).toBeGreaterThanOrEqual(2) // the main step's tunnel(s), then the post step's
    expect(new Set(proxy.lines)).toEqual(new Set(['CONNECT jamf.test:443']))
    expect(paths(jamf)).toEqual([
      'POST /api/oauth/token',
      'GET /api/v1/jamf-pro-version',
      'POST /api/v1/auth/invalidate-token'
    ])
    expect(jamf.tokens).toHaveLength(1)
    expect(jamf.tokens[0].invalidated).toBe(true)
  })

  it('relay: true reaches Jamf Pro through the proxy, with the private CA, for every request it forwards', async () => {
    reset()
    let pid = 0
    try {
      const { main, consumer, post } = await runJob({
        inputs: { url: 'https://jamf.test', ...CLIENT, relay: 'true' },
        env: { https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: ca.certPath },
        between: async step => {
          pid = Number(step.state['relay-pid'])
          const auth = { Authorization: `Bearer ${step.exported.JAMF_TOKEN}` }
          const statuses = []
          for (const path of ['/api/v1/auth', '/JSSResource/computers', '/api/v1/auth'])
            statuses.push((await fetch(`${step.exported.JAMF_URL}${path}`, { headers: auth })).status)
          return statuses
        }
      })

      expect(main.exitCode).toBe(0)
      expect(consumer).toEqual([200, 200, 200])
      expect(post.exitCode).toBe(0)
      expect(new Set(proxy.lines)).toEqual(new Set(['CONNECT jamf.test:443']))
      expect(paths(jamf).filter(path => !path.includes('/auth/') && !path.includes('token'))).toEqual([
        'GET /api/v1/jamf-pro-version',
        'GET /api/v1/auth',
        'GET /JSSResource/computers',
        'GET /api/v1/auth'
      ])
      expect(jamf.tokens.every(token => token.invalidated)).toBe(true)
    } finally {
      kill(pid) // the post step has stopped it, unless the test failed
    }
  })

  it.each(['jamf.test', '.test', 'example.com, JAMF.TEST:443'])(
    'no_proxy=%s bypasses the proxy: the runner then resolves jamf.test itself, and cannot',
    async noProxy => {
      reset()
      const job = await runJob({
        inputs: { url: 'https://jamf.test', ...CLIENT, retries: '0' },
        env: { https_proxy: proxy.url, no_proxy: noProxy, NODE_EXTRA_CA_CERTS: ca.certPath }
      })

      expect(expectOneError(job)).toBe(
        'Cannot resolve jamf.test (DNS lookup failed): check the host name in url.'
      )
      expect(proxy.lines).toEqual([])
      expect(jamf.requests).toEqual([])
    }
  )

  it.each([403, 407])(
    'a proxy that refuses the tunnel (HTTP %i) is named as the problem, and not asked again',
    async status => {
      const refusing = await startConnectProxy({ routes: {}, refuse: status })
      proxies.push(refusing)
      const job = await runJob({
        inputs: { url: 'https://jamf.test', ...CLIENT }, // retries: 3, the default
        env: { https_proxy: refusing.url, NODE_EXTRA_CA_CERTS: ca.certPath }
      })

      expect(expectOneError(job)).toBe(
        `The proxy did not open a connection to jamf.test (HTTP ${status}): check https_proxy and no_proxy.`
      )
      expect(refusing.lines).toEqual(['CONNECT jamf.test:443'])
    }
  )

  it('a proxy that is down is named as the problem, after the retries', async () => {
    const down = await startConnectProxy({ routes: {} })
    await down.close()
    const port = new URL(down.url).port
    const job = await runJob({
      inputs: { url: 'https://jamf.test', ...CLIENT, retries: '1' },
      env: { https_proxy: down.url, NODE_EXTRA_CA_CERTS: ca.certPath }
    })

    expect(expectOneError(job)).toBe(
      `The proxy did not open a connection to jamf.test (connect ECONNREFUSED 127.0.0.1:${port}) after 2 attempts: ` +
        'check https_proxy and no_proxy.'
    )
  })
})

describe('TLS with a private CA or a self-signed certificate', () => {
  let selfSigned: Certificate
  let jamf: Simulator

  beforeAll(async () => {
    selfSigned = await certificate({ hosts: ['localhost', '127.0.0.1'] })
    jamf = await httpsSimulator(selfSigned)
  })

  it('without NODE_EXTRA_CA_CERTS: one error line that names NODE_EXTRA_CA_CERTS, exit code 1, no retry', async () => {
    jamf.reset()
    const job = await runJob({ inputs: { url: jamf.url, ...CLIENT }, env: { RUNNER_DEBUG: '1' } })

    expect(expectOneError(job)).toBe(
      'The TLS certificate of 127.0.0.1 is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT): if the server uses a private CA ' +
        'or a self-signed certificate, set NODE_EXTRA_CA_CERTS to the CA certificate (PEM) in the step env.'
    )
    const attempts = job.main.commands.filter(line => /^attempt \d/.test(line.message))
    expect(attempts).toEqual([
      {
        command: 'debug',
        message: expect.stringMatching(
          /^attempt 1\/4: POST \/api\/oauth\/token -> DEPTH_ZERO_SELF_SIGNED_CERT/
        )
      }
    ])
    expect(jamf.requests).toEqual([])
  })

  it('with NODE_EXTRA_CA_CERTS: gets the token, and the post step invalidates it', async () => {
    jamf.reset()
    const { main, post } = await runJob({
      inputs: { url: jamf.url, ...CLIENT },
      env: { NODE_EXTRA_CA_CERTS: selfSigned.certPath }
    })

    expect(errors(main)).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(main.outputs['auth-method']).toBe('client-credentials')
    expect(post.exitCode).toBe(0)
    expect(paths(jamf)).toEqual([
      'POST /api/oauth/token',
      'GET /api/v1/jamf-pro-version',
      'POST /api/v1/auth/invalidate-token'
    ])
    expect(jamf.tokens[0].invalidated).toBe(true)
  })

  it('an expired certificate, trusted: the expired message', async () => {
    const expired = await certificate({ expired: true })
    const server = await httpsSimulator(expired)
    const job = await runJob({
      inputs: { url: server.url, ...CLIENT },
      env: { NODE_EXTRA_CA_CERTS: expired.certPath }
    })

    expect(expectOneError(job)).toBe(
      "The TLS certificate of 127.0.0.1 has expired (CERT_HAS_EXPIRED): renew the Jamf Pro server's certificate."
    )
    expect(server.requests).toEqual([])
  })

  it('a trusted certificate for another host name: the host-name message', async () => {
    const other = await certificate({ hosts: ['jamf.example.com'] })
    const server = await httpsSimulator(other)
    const job = await runJob({
      inputs: { url: `https://localhost:${server.port}`, ...CLIENT },
      env: { NODE_EXTRA_CA_CERTS: other.certPath }
    })

    expect(expectOneError(job)).toBe(
      'The TLS certificate of localhost is for another host name (ERR_TLS_CERT_ALTNAME_INVALID): ' +
        'set url to a host name that the certificate covers.'
    )
    expect(server.requests).toEqual([])
  })
})
