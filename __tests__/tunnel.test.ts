// The transport's own connections through an HTTP CONNECT proxy, in process: the tunnel is opened, refused,
// or left unanswered (the step-level bound, with every socket ended, is in time-bounds.test.ts).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/server.mjs'
import { createHttpTransport } from '../src/net/http.js'
import { proxyFailure } from '../src/net/tunnel.js'
import { startConnectProxy, type ConnectProxyOptions } from './support/connect-proxy.js'

let jamf: Simulator
beforeAll(async () => {
  jamf = await startSimulator()
})
afterAll(() => jamf.close())

const version = (url: string) => ({
  method: 'GET' as const,
  url: `${url}/api/v1/jamf-pro-version`,
  headers: { Accept: 'application/json' }
})

/** What a CONNECT names: host and port, always. */
const authority = (target: string) => {
  const { hostname, port } = new URL(target)
  return `${hostname}:${port || 80}`
}

async function throughProxy(options: Omit<ConnectProxyOptions, 'routes'>, target: string, timeoutMs = 2000) {
  const routes = { [authority(target)]: { host: '127.0.0.1', port: jamf.port } }
  const proxy = await startConnectProxy({ routes, ...options })
  const transport = createHttpTransport(timeoutMs, {
    url: new URL(proxy.url),
    authorization: 'Basic dXNlcjpwYXNz'
  })
  return { proxy, transport }
}

describe('requests through a CONNECT proxy', () => {
  it.each(['http://jamf.test', 'http://[::1]:8080'])(
    'reaches %s through a tunnel, with the proxy credentials on the CONNECT only',
    async target => {
      const { proxy, transport } = await throughProxy({}, target)
      try {
        const response = await transport.send(version(target))

        expect(response.status).toBe(401)
        expect(proxy.lines).toEqual([`CONNECT ${authority(target)}`])
        expect(proxy.authorizations).toEqual(['Basic dXNlcjpwYXNz'])
        expect(jamf.requests.at(-1)?.headers['proxy-authorization']).toBeUndefined()
      } finally {
        transport.close()
        await proxy.close()
      }
    }
  )

  it('a refused tunnel fails as the proxy refusal it is', async () => {
    const { proxy, transport } = await throughProxy({ refuse: 407 }, 'http://jamf.test')
    try {
      const failure = await transport.send(version('http://jamf.test')).catch((error: unknown) => error)

      expect(proxyFailure(failure)).toBe('HTTP 407')
    } finally {
      transport.close()
      await proxy.close()
    }
  })

  it("a tunnel never answered ends with the attempt, named as the proxy's failure", async () => {
    const { proxy, transport } = await throughProxy({ stall: true }, 'http://jamf.test', 300)
    const started = performance.now()
    try {
      const failure = await transport.send(version('http://jamf.test')).catch((error: unknown) => error)

      expect(performance.now() - started).toBeLessThan(1500)
      expect(proxyFailure(failure)).toBe('no answer within 0.3 s')
    } finally {
      transport.close()
      await proxy.close()
    }
  })
})
