// The relay's HTTP server on 127.0.0.1: token endpoints answered locally, then the key, then the method
// filter, then forwarding. It stops on request, at its deadline, or on a signal (relay-entry.ts).
import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Clock } from '../net/retry.js'
import { sendJamfError, sendJson } from './answers.js'
import { Audit, type RelayReport } from './audit.js'
import { STOP_PATH, type RelayConfig } from './config.js'
import { forward, type Upstream } from './forward.js'
import { answerLocally, bearer, type LocalAuth } from './local-auth.js'
import { Lane } from './lane.js'
import { collectorWhileBusy } from './memory.js'
import { isTokenEndpoint, routedPath } from './paths.js'
import type { TokenKeeper } from './tokens.js'

/**
 * Jamf asks for at most 5 connections: 3 for forwarded requests (the rest wait, before they take a token,
 * so that each starts with a fresh one), 1 for new tokens and 1 for invalidating old ones (build.ts).
 */
export const FORWARD_CONNECTIONS = 3
/** Time allowed to invalidate the tokens when stopping: the post step has 5 s in all. */
const STOP_INVALIDATION_MS = 2000

/** A comparison of the whole key in constant time, whatever the candidate's length. */
export function keyMatcher(key: string): (candidate: string) => boolean {
  const digest = (text: string): Buffer => createHash('sha256').update(text).digest()
  const expected = digest(key)
  return candidate => timingSafeEqual(digest(candidate), expected)
}

export class Relay {
  /** Settles once close() was called and the port is closed: after stop(), so the tokens are done with. */
  readonly closed: Promise<void>
  #closing: (() => void) | undefined
  readonly #server: Server
  readonly #audit = new Audit()
  readonly #auth: LocalAuth
  readonly #methods: Set<string>
  readonly #inFlight = new Set<ServerResponse>()
  readonly #slots = new Lane(FORWARD_CONNECTIONS)
  readonly #collector = collectorWhileBusy()
  readonly #deadline: NodeJS.Timeout
  #stopping: Promise<RelayReport> | undefined

  constructor(
    config: RelayConfig,
    private readonly keeper: TokenKeeper,
    private readonly upstream: Upstream,
    clock: Clock
  ) {
    this.#auth = {
      key: config.key,
      isKey: keyMatcher(config.key),
      deadline: config.deadline,
      scope: config.token.scope,
      now: () => clock.now()
    }
    this.#methods = new Set(config.methods)
    // requestTimeout 0: an upload may take longer than Node's default of 5 minutes.
    this.#server = createServer({ requestTimeout: 0 }, (req, res) => this.#handle(req, res))
    const portClosed = new Promise(resolve => this.#server.on('close', resolve))
    this.closed = new Promise<void>(resolve => (this.#closing = resolve))
      .then(() => portClosed)
      .then(() => {})
    this.#deadline = setTimeout(
      () => void this.stop().then(() => this.close()),
      config.deadline - clock.now()
    )
    this.#deadline.unref() // the server keeps the process alive; the timer alone should not
  }

  /** Listens on a free port of 127.0.0.1, which it returns. */
  async listen(): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(0, '127.0.0.1', resolve)
    })
    return (this.#server.address() as AddressInfo).port
  }

  /** Refuses new requests, ends those in flight, invalidates the tokens; the same report each call. */
  stop(): Promise<RelayReport> {
    this.#stopping ??= (async () => {
      clearTimeout(this.#deadline)
      this.#server.close()
      for (const res of this.#inFlight) res.destroy()
      const tokens = await this.keeper.stop(STOP_INVALIDATION_MS)
      this.upstream.connections.destroyAll()
      return this.#audit.report(tokens)
    })()
    return this.#stopping
  }

  /** After stop(): drops every connection, so that `closed` settles. */
  close(): void {
    this.#server.closeAllConnections()
    this.#closing?.()
  }

  #handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now()
    const url = req.url ?? ''
    const query = url.indexOf('?')
    // Decided on, recorded and forwarded as Jamf Pro would route it.
    const path = url.startsWith('/') ? routedPath(query < 0 ? url : url.slice(0, query)) : undefined
    const method = req.method ?? ''
    if (this.#stopping) {
      sendJamfError(res, 503, 'RELAY_STOPPED', 'The relay has stopped: the job is ending.')
    } else if (path === undefined) {
      sendJamfError(res, 400, 'RELAY_BAD_REQUEST', 'Send requests to a path of the relay, as to Jamf Pro.')
    } else if (answerLocally(req, res, path, this.#auth)) {
      return
    } else if (!this.#auth.isKey(bearer(req.headers.authorization))) {
      this.#audit.refuse('withoutKey')
      sendJamfError(res, 401, 'INVALID_TOKEN', 'Unauthorized: use JAMF_TOKEN as the Bearer token.')
    } else if (method === 'POST' && path === STOP_PATH) {
      void this.stop().then(report => {
        res.on('finish', () => this.close())
        sendJson(res, 200, report, { Connection: 'close' })
      })
    } else if (isTokenEndpoint(path)) {
      this.#audit.record(method, path, 403, performance.now() - started)
      sendJamfError(
        res,
        403,
        'RELAY_TOKEN_ENDPOINT',
        "Forbidden: the relay answers Jamf Pro's token endpoints itself (POST, with the key) and never forwards them."
      )
    } else if (this.#methods.size > 0 && !this.#methods.has(method)) {
      this.#audit.refuse('method')
      sendJamfError(
        res,
        403,
        'RELAY_METHOD_NOT_ALLOWED',
        `Forbidden: this job's relay forwards only ${[...this.#methods].join(', ')} (relay-methods).`
      )
    } else {
      void this.#forward(req, res, method, path, query < 0 ? path : `${path}${url.slice(query)}`, started)
    }
  }

  async #forward(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
    target: string,
    started: number
  ): Promise<void> {
    const done = (status: number): void => {
      this.#inFlight.delete(res)
      this.#collector.end()
      this.#audit.record(method, path, status, performance.now() - started)
    }
    this.#inFlight.add(res)
    this.#collector.begin()
    await this.#slots.run(async () => {
      if (res.destroyed) return done(0) // the client left, or the relay stopped, while it waited
      const acquired = await this.keeper.acquire()
      if ('unavailable' in acquired) {
        sendJamfError(res, 503, 'RELAY_TOKEN_UNAVAILABLE', acquired.unavailable)
        return done(503)
      }
      await new Promise<void>(resolve =>
        forward(req, res, target, this.upstream, acquired.lease, status => {
          done(status)
          resolve()
        })
      )
    })
  }
}
