/**
 * The proxy variables, read by the action before any request: a value it cannot use fails the step with a
 * message that names the variable and never shows the value; a proxy password is masked in every form; and
 * IPv6 literal URLs work, directly and through a proxy. On the built dist/ run as a runner runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { rm } from 'node:fs/promises'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { generateCertificate } from '../simulator/tls.mjs'
import { runJob, runStep, type StepResult } from '../test-support/runner.mjs'
import { startConnectProxy, type ConnectProxy } from './support/connect-proxy.js'

const CLIENT = {
  'client-id': DEFAULT_CREDENTIALS.clientId,
  'client-secret': DEFAULT_CREDENTIALS.clientSecret
}
/** A failure before any request, or a few loopback exchanges, Node's start-up included. */
const QUICK_MS = 5000

type Certificate = Awaited<ReturnType<typeof generateCertificate>>
const cleanup: Array<() => Promise<unknown>> = []
afterAll(() => Promise.all(cleanup.map(close => close())))

async function httpsSimulator(hosts: string[], host = '127.0.0.1'): Promise<[Simulator, Certificate]> {
  const certificate = await generateCertificate({ hosts })
  const simulator = await startSimulator({ host, https: { cert: certificate.cert, key: certificate.key } })
  cleanup.push(
    () => simulator.close(),
    () => rm(certificate.dir, { recursive: true, force: true })
  )
  return [simulator, certificate]
}

async function proxyTo(routes: Parameters<typeof startConnectProxy>[0]['routes']): Promise<ConnectProxy> {
  const proxy = await startConnectProxy({ routes })
  cleanup.push(() => proxy.close())
  return proxy
}

const linesOf = (step: StepResult, command: string): string[] =>
  step.commands.filter(line => line.command === command).map(line => line.message)

describe('proxy variables the action cannot use: refused by name, before any request', () => {
  let proxy: ConnectProxy
  beforeAll(async () => {
    proxy = await proxyTo({})
  })

  it.each([
    [
      'a % that is not URL-encoding in the password',
      (port: string) => `http://user:50%off@127.0.0.1:${port}`,
      'https_proxy',
      'its user name or password has a % that is not URL-encoding'
    ],
    [
      'a SOCKS proxy',
      (port: string) => `socks5://127.0.0.1:${port}`,
      'HTTPS_PROXY',
      'the action can use only an http:// or https:// proxy'
    ],
    ['no host', () => 'http://:3128', 'https_proxy', 'it is not a URL']
  ])('%s', async (_, value, variable, problem) => {
    proxy.lines.length = 0
    const setting = value(new URL(proxy.url).port)
    const main = await runStep('main', {
      inputs: { url: 'https://jamf.test', ...CLIENT },
      env: { [variable]: setting }
    })

    expect(main.exitCode).toBe(1)
    expect(main.elapsedMs).toBeLessThan(QUICK_MS)
    expect(linesOf(main, 'error')).toEqual([
      `The proxy setting ${variable} cannot be used: ${problem}. Fix it in the runner's environment or the workflow's env, ` +
        'e.g. http://proxy.example.com:3128, with any special character of a user name or password URL-encoded (% as %25).'
    ])
    expect(main.stdout).not.toContain(setting)
    expect(proxy.lines).toEqual([])
  })
})

describe('a proxy with a password, and one written without a scheme', () => {
  let jamf: Simulator
  let ca: Certificate
  let proxy: ConnectProxy

  beforeAll(async () => {
    ;[jamf, ca] = await httpsSimulator(['jamf.test'])
    proxy = await proxyTo({ 'jamf.test:443': { host: '127.0.0.1', port: jamf.port } })
  })

  it('masks the password as written, decoded and in Proxy-Authorization, before anything is printed', async () => {
    const password = 'pr0xy p@ss/é'
    const written = encodeURIComponent(password)
    const authorization = Buffer.from(`builder:${password}`, 'utf8').toString('base64')
    const setting = `http://builder:${written}@${new URL(proxy.url).host}`
    proxy.authorizations.length = 0
    const { main, post } = await runJob({
      inputs: { url: 'https://jamf.test', ...CLIENT },
      env: { HTTPS_PROXY: setting, NODE_EXTRA_CA_CERTS: ca.certPath, NODE_DEBUG: 'net,tls,http' }
    })

    expect(main.exitCode).toBe(0)
    expect(proxy.authorizations[0]).toBe(`Basic ${authorization}`)
    // NODE_DEBUG prints the proxy's request, header included: the runner hides it only if it was masked first.
    expect(`${main.stderr}${post.stderr}`).toContain(authorization)
    for (const step of [main, post]) {
      const firstOther = step.commands.findIndex(line => line.command !== 'add-mask')
      const masks = step.commands.slice(0, firstOther).map(line => line.message)
      expect(masks).toEqual(expect.arrayContaining([written, password, authorization]))
    }
    expect(post.commands).toContainEqual({ command: 'log', message: 'Invalidated the Jamf Pro token.' })
  })

  it('reads host:port without a scheme as an http:// proxy, as curl does', async () => {
    proxy.lines.length = 0
    const main = await runStep('main', {
      inputs: { url: 'https://jamf.test', ...CLIENT },
      env: { https_proxy: `localhost:${new URL(proxy.url).port}`, NODE_EXTRA_CA_CERTS: ca.certPath }
    })

    expect(linesOf(main, 'error')).toEqual([])
    expect(main.exitCode).toBe(0)
    expect(proxy.lines).toEqual(['CONNECT jamf.test:443'])
  })
})

describe('IPv6 literal URLs', () => {
  it('http://[::1]:port, directly: a token, then invalidated', async () => {
    const jamf = await startSimulator({ host: '::1' })
    cleanup.push(() => jamf.close())
    const { main, post } = await runJob({ inputs: { url: jamf.url, ...CLIENT } })

    expect(jamf.url).toMatch(/^http:\/\/\[::1\]:\d+$/)
    expect(linesOf(main, 'error')).toEqual([])
    expect(main.outputs.url).toBe(jamf.url)
    expect(main.elapsedMs).toBeLessThan(QUICK_MS)
    expect(post.commands).toContainEqual({ command: 'log', message: 'Invalidated the Jamf Pro token.' })
  })

  it('https://[::1]:port, directly, with its certificate checked against the address', async () => {
    const [jamf, ca] = await httpsSimulator(['::1'], '::1')
    const { main, post } = await runJob({
      inputs: { url: jamf.url, ...CLIENT },
      env: { NODE_EXTRA_CA_CERTS: ca.certPath }
    })

    expect(linesOf(main, 'error')).toEqual([])
    expect(main.outputs['jamf-pro-version']).toBe('11.16.0')
    expect(post.commands).toContainEqual({ command: 'log', message: 'Invalidated the Jamf Pro token.' })
  })

  it('https://[2001:db8::1]:8443 through a proxy, which alone can reach it', async () => {
    const [jamf, ca] = await httpsSimulator(['2001:db8::1'])
    const proxy = await proxyTo({ '[2001:db8::1]:8443': { host: '127.0.0.1', port: jamf.port } })
    const { main, post } = await runJob({
      inputs: { url: 'https://[2001:db8::1]:8443', ...CLIENT },
      env: { https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: ca.certPath }
    })

    expect(linesOf(main, 'error')).toEqual([])
    expect(main.outputs.url).toBe('https://[2001:db8::1]:8443')
    expect(main.elapsedMs).toBeLessThan(QUICK_MS)
    expect(post.commands).toContainEqual({ command: 'log', message: 'Invalidated the Jamf Pro token.' })
    expect(new Set(proxy.lines)).toEqual(new Set(['CONNECT [2001:db8::1]:8443']))
    // No TLS server name is sent for an address, so Node has nothing to warn about.
    expect(`${main.stderr}${post.stderr}`).toBe('')
    expect(jamf.tokens[0].invalidated).toBe(true)
  })
})
