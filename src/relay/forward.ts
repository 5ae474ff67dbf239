// Forwards one request to Jamf Pro with the relay's token, both bodies streamed (a multi-GB upload in
// constant memory), and never follows a redirect: a 3xx goes back to the client as it came.
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'
import { pipeline } from 'node:stream'
import type { Connections } from '../net/tunnel.js'
import type { AffinityJar } from './affinity.js'
import { sendJamfError } from './answers.js'
import type { Lease } from './tokens.js'

// Hop-by-hop headers (RFC 9110 7.6.1) belong to one connection. Host is the server's; the client's
// Authorization holds the relay's key; the relay answered any Expect: 100-continue itself.
const REQUEST_DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'authorization',
  'expect',
  'cookie'
])
// Jamf Cloud's affinity cookies are the relay's (affinity.ts); other cookies pass through.
/** A Jamf Pro node silent this long, mid-exchange, must not hold a connection slot and a token any longer. */
const SILENCE_MS = 15 * 60_000
const RESPONSE_DROPPED = new Set([...REQUEST_DROPPED, 'set-cookie'].filter(name => name !== 'authorization'))

export interface Upstream {
  /** The Jamf Pro server's root, a path prefix included. */
  url: URL
  /** At most 4 at a time (server.ts), through the proxy when there is one. */
  connections: Connections
  jar: AffinityJar
}

/**
 * Sends `req` to `target` (path and query, as routed) on Jamf Pro; calls `done` once with the status the
 * client got (0: none) when the exchange is over.
 */
export function forward(
  req: IncomingMessage,
  res: ServerResponse,
  target: string,
  upstream: Upstream,
  lease: Lease,
  done: (status: number) => void
): void {
  const { url, connections, jar } = upstream
  let status = 0
  let finished = false
  const finish = (): void => {
    if (finished) return
    finished = true
    lease.release()
    done(status)
  }

  const headers: http.OutgoingHttpHeaders = {
    ...kept(req.headers, REQUEST_DROPPED),
    authorization: `Bearer ${lease.token}`
  }
  const cookie = jar.merge(req.headers.cookie)
  if (cookie !== '') headers.cookie = cookie

  const outgoing = (url.protocol === 'https:' ? https : http).request({
    protocol: url.protocol,
    hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port,
    method: req.method,
    path: `${url.pathname.replace(/\/$/, '')}${target}`,
    headers,
    agent: connections.agent
  })
  outgoing.setTimeout(SILENCE_MS, () => outgoing.destroy(new Error('Jamf Pro went silent')))
  outgoing.on('response', incoming => {
    status = incoming.statusCode ?? 502
    const answer = kept(incoming.headers, RESPONSE_DROPPED)
    const cookies = jar.take(incoming.headers['set-cookie'])
    if (cookies.length > 0) answer['set-cookie'] = cookies
    res.writeHead(status, answer)
    pipeline(incoming, res, finish)
  })
  outgoing.on('error', () => {
    if (!res.headersSent) {
      status = 502
      sendJamfError(
        res,
        502,
        'RELAY_UPSTREAM_ERROR',
        'The relay could not reach Jamf Pro, or the connection broke before an answer.'
      )
    } else {
      res.destroy()
    }
    finish()
  })
  // A client that goes away ends the upstream exchange too.
  res.on('close', () => {
    if (!res.writableFinished) outgoing.destroy()
    finish()
  })
  pipeline(req, outgoing, error => {
    if (error) outgoing.destroy()
  })
}

/** The headers without those in `dropped` or named by the Connection header. */
function kept(headers: IncomingHttpHeaders, dropped: Set<string>): http.OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map(name => name.trim().toLowerCase())
  )
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name, value]) => value !== undefined && !dropped.has(name) && !named.has(name)
    )
  )
}
