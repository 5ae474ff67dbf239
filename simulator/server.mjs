// @ts-check
/**
 * A local Jamf Pro simulator for tests, the demo and CI: it listens, records every request and the TCP
 * connection it came on, applies injected faults, and answers like a real server of a chosen version
 * (router.mjs, then the areas' route tables). It models the real server from docs/jamf-pro-api.md;
 * each module says which of its behaviours are confirmed, inferred or unconfirmed, and where the
 * evidence leaves a choice an option lets tests make it. Node built-ins only; loopback unless told.
 */
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import { authRoutes } from './auth.mjs'
import { classicRoutes } from './classic.mjs'
import { applyFault, Faults } from './faults.mjs'
import { checkedOption, RUNTIME_DEFAULTS } from './options.mjs'
import { categoryRoutes } from './categories.mjs'
import { inventoryRoutes } from './inventory.mjs'
import { packageRoutes } from './packages.mjs'
import { versionRoutes } from './profiles.mjs'
import { Reply } from './reply.mjs'
import { readRequest } from './recording.mjs'
import { findRoute, route } from './router.mjs'
import { scriptRoutes } from './scripts.mjs'
import { createStores } from './store.mjs'
import { TokenStore } from './tokens.mjs'

export { DEFAULT_CREDENTIALS } from './options.mjs'

/** Every area's routes; a new area adds its table here. @type {import('./router.mjs').RouteTable} */
const ROUTES = {
  ...authRoutes,
  ...versionRoutes,
  ...classicRoutes,
  ...packageRoutes,
  ...inventoryRoutes,
  ...categoryRoutes,
  ...scriptRoutes
}

/**
 * @typedef {import('./options.mjs').RuntimeOptions} RuntimeOptions
 * @typedef {import('./router.mjs').Context} Context
 * @typedef {import('./faults.mjs').Fault} Fault
 * @typedef {import('./recording.mjs').RecordedRequest} RecordedRequest
 */

/**
 * @typedef {object} StartOptions
 * @property {string} [host] default 127.0.0.1
 * @property {number} [port] default 0 (any free port)
 * @property {false | { cert: string, key: string }} [https] PEM strings; default plain HTTP
 * @property {Record<string, Fault>} [faults] initial faults, keyed like setFault()
 */

/** @typedef {StartOptions & Partial<RuntimeOptions>} SimulatorOptions */

const START_OPTIONS = ['host', 'port', 'https', 'faults']

export class Simulator {
  /** @type {string} base URL without a trailing slash */
  url = ''
  port = 0

  /** @type {RecordedRequest[]} */
  requests = []
  #options = /** @type {Context['options']} */ ({ ...RUNTIME_DEFAULTS })
  #tokens = new TokenStore()
  #stores = createStores()
  #faults = new Faults()
  #server
  #secure
  #connections = 0
  /** @type {Set<import('node:net').Socket>} */
  #sockets = new Set()
  /** @type {WeakMap<object, number>} */
  #connectionIds = new WeakMap()
  // Cancels delayMs faults on close() so no timer outlives the server.
  #closing = new AbortController()
  // Jamf Cloud's load balancer pins a client to one web node with these cookies (one node here).
  // Unconfirmed: their values' form and attributes.
  #cookies

  /** Use startSimulator(), which also starts listening. @param {SimulatorOptions} options */
  constructor(options) {
    for (const [name, value] of Object.entries(options)) {
      if (START_OPTIONS.includes(name)) continue
      if (value === undefined) continue
      this.setOption(
        /** @type {keyof RuntimeOptions} */ (name),
        /** @type {RuntimeOptions[keyof RuntimeOptions]} */ (value)
      )
    }
    for (const [key, fault] of Object.entries(options.faults ?? {})) this.setFault(key, fault)
    const tls = options.https
    this.#secure = Boolean(tls)
    const attributes = `; Path=/; HttpOnly${tls ? '; Secure' : ''}`
    this.#cookies = {
      APBALANCEID: `aws.sim-node-1${attributes}`,
      'jpro-ingress': `${randomBytes(8).toString('hex')}${attributes}`
    }

    const handler = (/** @type {http.IncomingMessage} */ req, /** @type {http.ServerResponse} */ res) => {
      this.#handle(req, res).catch(error => {
        this.#log(`internal error: ${error}`)
        if (!res.headersSent) res.destroy()
      })
    }
    this.#server = tls
      ? https.createServer({ cert: tls.cert, key: tls.key }, handler)
      : http.createServer(handler)
    this.#server.on('connection', socket => {
      this.#sockets.add(socket)
      socket.on('close', () => this.#sockets.delete(socket))
      if (!tls) this.#connectionIds.set(socket, ++this.#connections)
    })
    // With TLS, requests arrive on the TLS socket, not the raw one; count once the handshake is done.
    this.#server.on('secureConnection', socket => this.#connectionIds.set(socket, ++this.#connections))
  }

  /** TCP connections accepted so far (TLS: handshakes completed). */
  get connections() {
    return this.#connections
  }

  /** Every token issued, in order. */
  get tokens() {
    return this.#tokens.records
  }

  /** Every package record created, with its uploaded file (size and SHA-256) once there is one. */
  get packages() {
    return this.#stores.packages.records
  }

  /** Every category created, as last written. */
  get categories() {
    return this.#stores.categories.records
  }

  /** Every script created, as last written. */
  get scripts() {
    return this.#stores.scripts.records
  }

  /** Called by startSimulator(). @param {string} host @param {number} port */
  async listen(host, port) {
    await new Promise((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(port, host, () => resolve(undefined))
    })
    const address = /** @type {import('node:net').AddressInfo} */ (this.#server.address())
    this.port = address.port
    const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host
    this.url = `${this.#secure ? 'https' : 'http'}://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${this.port}`
  }

  /**
   * Set (or with a null fault, remove) the fault for "METHOD /path" or, for any method, "/path".
   * @param {string} pathOrMethodPath @param {Fault | null | undefined} fault
   */
  setFault(pathOrMethodPath, fault) {
    this.#faults.set(pathOrMethodPath, fault)
  }

  clearFaults() {
    this.#faults.clear()
  }

  /**
   * @template {keyof RuntimeOptions} K
   * @param {K} name @param {RuntimeOptions[K]} value
   */
  setOption(name, value) {
    this.#options[name] = /** @type {Context['options'][K]} */ (checkedOption(name, value))
  }

  /** Forget requests, tokens, stored objects and faults; options and the connection count stay. */
  reset() {
    this.requests.length = 0
    this.#tokens.records.length = 0
    for (const store of Object.values(this.#stores)) store.clear()
    this.#faults.clear()
  }

  /** Stop listening and destroy every open connection, including hung ones. @returns {Promise<void>} */
  close() {
    this.#closing.abort()
    return new Promise(resolve => {
      this.#server.close(() => resolve())
      for (const socket of this.#sockets) socket.destroy()
    })
  }

  /** @param {string} line */
  #log(line) {
    if (!this.#options.quiet) console.log(`${new Date().toISOString()} ${line}`)
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async #handle(req, res) {
    const streamed = findRoute(ROUTES, (req.url ?? '/').split('?')[0])?.route.streamed ?? false
    const request = await readRequest(req, this.#connectionIds.get(req.socket) ?? 0, streamed)
    if (!request) return // the client went away mid-request
    this.requests.push(request)
    const line = `${request.method} ${request.path}`
    res.on('finish', () => this.#log(`${line} ${res.statusCode}`))

    const reply = new Reply(req, res, this.#cookies)
    const ctx = {
      req,
      request,
      reply,
      options: this.#options,
      tokens: this.#tokens,
      stores: this.#stores,
      url: this.url
    }
    const fault = this.#faults.take(request.method, request.path)
    const outcome = fault ? await applyFault(ctx, fault, this.#closing.signal) : 'continue'
    if (outcome === 'hang' || outcome === 'reset') this.#log(`${line} (${outcome}: no answer)`)
    if (outcome === 'continue') route(ctx, ROUTES)
  }
}

/**
 * Start a simulator; resolves once it is listening.
 * @param {SimulatorOptions} [options]
 * @returns {Promise<Simulator>}
 */
export async function startSimulator(options = {}) {
  const simulator = new Simulator(options)
  await simulator.listen(options.host ?? '127.0.0.1', options.port ?? 0)
  return simulator
}
