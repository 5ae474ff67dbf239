// One HTTP exchange, bounded in time, never following a redirect. Retrying is decided in retry.ts.
import type { Agent, IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { HttpClient } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import type { Proxy } from './proxy.js'
import { createConnections, ProxyTunnelError, type Connections } from './tunnel.js'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
  /** Allow this attempt less time than the transport's timeout (a step with a time budget). */
  timeoutMs?: number
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface HttpTransport {
  send(request: HttpRequest): Promise<HttpResponse>
  /** Ends every connection the transport opened. */
  close(): void
}

/** Made once the inputs and the proxy variables are read: the timeout is an input. */
export type CreateTransport = (timeoutMs: number, proxy?: Proxy) => HttpTransport

/** An attempt that got no complete answer in time. */
class AttemptTimeoutError extends Error {
  readonly code = 'ATTEMPT_TIMEOUT'
  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`)
    this.name = 'AttemptTimeoutError'
  }
}

const USER_AGENT = 'jamf-pro-auth-action/1'

/**
 * Requests go through @actions/http-client with its redirects and retries off: credentials must never
 * follow a redirect, and retry.ts alone decides what is tried again. Connections are the transport's own
 * (tunnel.ts), kept alive so that the token and verify requests share one, and all ended on close() or
 * when an attempt runs out of time, whatever state they are in.
 */
export function createHttpTransport(timeoutMs: number, proxy?: Proxy): HttpTransport {
  const byScheme = new Map<string, Connections>()
  const connectionsFor = (protocol: string): Connections => {
    const existing = byScheme.get(protocol) ?? createConnections(protocol, proxy)
    byScheme.set(protocol, existing)
    return existing
  }

  return {
    async send(request) {
      const limit = Math.min(timeoutMs, request.timeoutMs ?? Infinity)
      const connections = connectionsFor(new URL(request.url).protocol)
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const seconds = `no answer within ${secondsText(limit)} s`
          // Everything is ended at once, so that nothing of this attempt outlives it.
          const pending = connections.tunnelPending()
          connections.destroyAll()
          reject(pending ? new ProxyTunnelError(seconds, 'ATTEMPT_TIMEOUT') : new AttemptTimeoutError(limit))
        }, limit)
      })
      try {
        return await Promise.race([exchange(request, connections.agent, limit), deadline])
      } finally {
        clearTimeout(timer)
      }
    },
    close() {
      for (const connections of byScheme.values()) connections.destroyAll()
    }
  }
}

async function exchange(request: HttpRequest, agent: Agent, timeoutMs: number): Promise<HttpResponse> {
  // The deadline above bounds the attempt; http-client's idle timeout only backs it up.
  const client = new HttpClient(USER_AGENT, [useAgent(agent)], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: true,
    socketTimeout: timeoutMs + 1000
  })
  const response = await client.request(request.method, request.url, request.body ?? null, request.headers)
  const body = await readBody(response.message)
  return { status: response.message.statusCode ?? 0, headers: response.message.headers, body }
}

/**
 * Makes every request use the transport's agent. Node connects to `host` as it is, so an IPv6 literal
 * loses the brackets URL.hostname keeps (Node puts them back in the Host header).
 */
function useAgent(agent: Agent): RequestHandler {
  return {
    prepareRequest(options) {
      options.agent = agent
      options.host = options.host?.replace(/^\[(.*)\]$/, '$1')
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('not used'))
  }
}

/**
 * The whole body, or a dropped-connection error as soon as the connection closes before the body is
 * complete: a cut-off answer must not wait out the timeout.
 */
function readBody(message: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    message.on('data', (chunk: Buffer) => chunks.push(chunk))
    message.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    message.once('error', reject)
    message.once('close', () => {
      if (!message.complete) reject(Object.assign(new Error('answer cut off'), { code: 'ECONNRESET' }))
    })
  })
}

/** The value of a Basic Authorization header: UTF-8, so that any character in a password survives. */
export function basicCredentials(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`, 'utf8').toString('base64')
}

/** Milliseconds as seconds for a message: `3.5`, `10`. */
export function secondsText(ms: number): string {
  return String(Math.round(ms / 100) / 10)
}

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}
