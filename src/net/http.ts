// One HTTP exchange, bounded in time, never following a redirect. Retrying is decided in retry.ts.
import type { IncomingHttpHeaders } from 'node:http'
import { HttpClient } from '@actions/http-client'

export interface HttpRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body?: string
}

export interface HttpResponse {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

export interface HttpTransport {
  send(request: HttpRequest): Promise<HttpResponse>
  close(): void
}

/** Made once the inputs are read: the timeout is an input. */
export type CreateTransport = (timeoutMs: number) => HttpTransport

/** An attempt that got no complete answer in time. */
class AttemptTimeoutError extends Error {
  readonly code = 'ATTEMPT_TIMEOUT'
  constructor(readonly timeoutMs: number) {
    super(`no complete answer within ${timeoutMs} ms`)
    this.name = 'AttemptTimeoutError'
  }
}

export const USER_AGENT = 'jamf-pro-auth-action/1'

/**
 * @actions/http-client brings proxy support (https_proxy, no_proxy) and keep-alive, so the token and the
 * verify request share one connection. Its own redirects and retries are off: credentials must never
 * follow a redirect, and retry.ts alone decides what is tried again.
 */
export function createHttpTransport(timeoutMs: number): HttpTransport {
  const newClient = (): HttpClient =>
    new HttpClient(USER_AGENT, [], {
      allowRedirects: false,
      allowRetries: false,
      keepAlive: true,
      socketTimeout: timeoutMs
    })
  let client = newClient()

  return {
    async send(request) {
      const current = client
      let timer: NodeJS.Timeout | undefined
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AttemptTimeoutError(timeoutMs)), timeoutMs)
      })
      try {
        return await Promise.race([exchange(current, request), deadline])
      } catch (error) {
        if (error instanceof AttemptTimeoutError) {
          // Destroying the agent drops the stuck socket; later attempts get a fresh client.
          current.dispose()
          client = newClient()
        }
        throw error
      } finally {
        clearTimeout(timer)
      }
    },
    close() {
      client.dispose()
    }
  }
}

async function exchange(client: HttpClient, request: HttpRequest): Promise<HttpResponse> {
  const response = await client.request(request.method, request.url, request.body ?? null, request.headers)
  const body = await response.readBody()
  return { status: response.message.statusCode ?? 0, headers: response.message.headers, body }
}

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name]
  return Array.isArray(value) ? value[0] : value
}

export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : ''
}

/**
 * Why the proxy did not open a tunnel (`HTTP 407`, or the underlying cause), for an error of the proxy
 * agent; undefined for any other error. Those errors all carry ECONNRESET, whatever went wrong.
 */
export function proxyFailure(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : ''
  if (!/tunneling socket/i.test(message)) return undefined
  return message.replace(/^.*statusCode=/, 'HTTP ').replace(/^.*cause=/, '')
}
