// The connections a transport opens: direct, or through a tunnel that an HTTP CONNECT proxy opens. Every
// socket is tracked, the proxy's included, so that the transport can end all of them whatever state they
// are in: @actions/http-client's tunnel agent keeps no handle on a CONNECT that was never answered, and a
// stalled proxy would then hold the process open.
import http from 'node:http'
import https from 'node:https'
import { isIPv6 } from 'node:net'
import type { Duplex } from 'node:stream'
import { connect as tlsConnect, type ConnectionOptions } from 'node:tls'
import type { Proxy } from './proxy.js'

/** The proxy did not open the tunnel; `reason` is `HTTP 407` or what went wrong. */
export class ProxyTunnelError extends Error {
  constructor(
    readonly reason: string,
    readonly code: string
  ) {
    super(`the proxy did not open a tunnel: ${reason}`)
    this.name = 'ProxyTunnelError'
  }
}

/** Why the proxy did not open a tunnel, for a ProxyTunnelError; undefined for any other error. */
export function proxyFailure(error: unknown): string | undefined {
  return error instanceof ProxyTunnelError ? error.reason : undefined
}

export interface Connections {
  agent: http.Agent
  /** True while a CONNECT has been sent and not answered. */
  tunnelPending(): boolean
  /** Destroys every socket opened so far: proxy, tunnel, TLS and kept-alive ones. */
  destroyAll(): void
}

/**
 * Connections to servers of one scheme (`https:` or `http:`), through `proxy` when there is one; at most
 * `maxSockets` at a time (the relay's forwarded requests), the rest waiting for a free one.
 */
export function createConnections(
  protocol: string,
  proxy: Proxy | undefined,
  maxSockets = Infinity
): Connections {
  const sockets = new Set<Duplex>()
  let pending = 0
  const track = <T extends Duplex>(socket: T): T => {
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    return socket
  }
  const secure = protocol === 'https:'
  const Base: typeof http.Agent = secure ? https.Agent : http.Agent

  class TrackingAgent extends Base {
    override createConnection(
      options: http.ClientRequestArgs,
      callback?: (error: Error | null, socket: Duplex) => void
    ): Duplex | null | undefined {
      if (proxy === undefined) {
        const socket = super.createConnection(options, callback)
        return socket ? track(socket) : socket
      }
      pending++
      openTunnel(proxy, options, track).then(
        socket => {
          pending--
          // Over the tunnel, TLS to the server, checked against its name as a direct connection is.
          callback?.(null, secure ? track(tlsConnect({ ...options, socket } as ConnectionOptions)) : socket)
        },
        (error: Error) => {
          pending--
          callback?.(error, undefined as unknown as Duplex)
        }
      )
      return undefined
    }
  }

  const agent = new TrackingAgent({ keepAlive: true, maxSockets })
  return {
    agent,
    tunnelPending: () => pending > 0,
    destroyAll() {
      for (const socket of sockets) socket.destroy()
      agent.destroy()
    }
  }
}

function openTunnel(
  proxy: Proxy,
  options: http.ClientRequestArgs,
  track: (socket: Duplex) => Duplex
): Promise<Duplex> {
  const host = options.host ?? 'localhost'
  const authority = `${isIPv6(host) ? `[${host}]` : host}:${options.port}`
  const { url } = proxy
  const request = (url.protocol === 'https:' ? https : http).request({
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port || (url.protocol === 'https:' ? 443 : 80),
    method: 'CONNECT',
    path: authority,
    agent: false,
    headers: {
      host: authority,
      ...(proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {})
    }
  })
  request.on('socket', track)
  request.end()
  return new Promise((resolve, reject) => {
    request.once('connect', (response: http.IncomingMessage, socket: Duplex, head: Buffer) => {
      if (response.statusCode === 200 && head.length === 0) return resolve(socket)
      socket.destroy()
      reject(
        response.statusCode === 200
          ? new ProxyTunnelError('it sent data before the tunnel was open', 'ECONNRESET')
          : new ProxyTunnelError(`HTTP ${response.statusCode}`, 'EPROXY')
      )
    })
    request.once('error', (cause: NodeJS.ErrnoException) =>
      reject(new ProxyTunnelError(cause.message, cause.code ?? 'ECONNRESET'))
    )
  })
}
