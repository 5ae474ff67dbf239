/**
 * A local Jamf Pro simulator for tests and CI: the authentication endpoints, two read endpoints and
 * injectable faults. It follows docs/jamf-pro-auth-api.md; where that says "unconfirmed" an option
 * lets tests choose. Node built-ins only, and it listens on loopback unless told otherwise.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import http, { STATUS_CODES } from 'node:http'
import https from 'node:https'
import { setTimeout as delay } from 'node:timers/promises'

/** Demo credentials; harmless to print. */
export const DEFAULT_CREDENTIALS = Object.freeze({
  clientId: 'demo-client',
  clientSecret: 'demo-client-secret',
  username: 'demo-admin',
  password: 'demo-password'
})

/**
 * @typedef {object} Credentials
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {string} username
 * @property {string} password
 */

/**
 * What to do instead of (or on top of) the normal answer. Fields that answer, in priority order:
 * hang, reset, redirect, html, malformedJson, json, status/body. With none of them the normal answer is
 * sent, after `delayMs` and with `headers`/`retryAfter` added.
 * @typedef {object} Fault
 * @property {number} [status] answer this status; the body is a Jamf error JSON unless `body` is given
 * @property {string} [body] answer this body (status 200 unless `status` is given)
 * @property {Record<string, string>} [headers] extra response headers
 * @property {number | string} [retryAfter] sets the Retry-After header
 * @property {boolean} [html] answer an HTML login page (status 200 unless `status`), like SSO or a proxy
 * @property {boolean} [malformedJson] answer truncated JSON (status 200 unless `status`)
 * @property {unknown} [json] answer this value as JSON (status 200 unless `status`)
 * @property {boolean} [hang] never answer (close() still ends the connection)
 * @property {boolean} [reset] destroy the connection without answering
 * @property {string} [redirect] answer 302 with this Location
 * @property {number} [delayMs] wait this long before answering
 * @property {number} [times] apply to the first N matching requests only (default: always)
 */

/**
 * Options that can be changed at run time with setOption().
 * @typedef {object} RuntimeOptions
 * @property {Partial<Credentials>} credentials merged over DEFAULT_CREDENTIALS
 * @property {number} clientTokenLifetime seconds
 * @property {number} userTokenLifetime seconds
 * @property {string} grantedScope scope granted when the client asks for none
 * @property {string[]} clientRoles roles the API client holds; asking for another is invalid_scope
 * @property {boolean} oauthV1 serve POST /api/v1/oauth/token (false: HTML 404)
 * @property {boolean} oauthLegacy serve POST /api/oauth/token (false: HTML 404)
 * @property {number} badClientStatus status for invalid_client: 400 or 401 (real servers: unconfirmed)
 * @property {boolean} expiredPassword good user credentials get 401 USER_EXPIRED_PASSWORD
 * @property {string} version answered by /api/v1/jamf-pro-version
 * @property {boolean} quiet true (default): no log; false: one line per request on stdout
 */

/**
 * @typedef {object} StartOptions
 * @property {string} [host] default 127.0.0.1
 * @property {number} [port] default 0 (any free port)
 * @property {false | { cert: string, key: string }} [https] PEM strings; default plain HTTP
 * @property {Record<string, Fault>} [faults] initial faults, keyed like setFault()
 */

/** @typedef {StartOptions & Partial<RuntimeOptions>} SimulatorOptions */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path without the query string, exactly as sent (so `//api` stays doubled)
 * @property {Record<string, string>} query
 * @property {http.IncomingHttpHeaders} headers lower-case names
 * @property {string} body decoded as UTF-8
 * @property {number} connection id of the TCP connection, counting from 1
 * @property {number} at Date.now() when the request was complete
 */

/**
 * @typedef {object} TokenRecord
 * @property {string} token
 * @property {'client' | 'user'} kind
 * @property {string} subject client ID or username
 * @property {number} issuedAt epoch milliseconds
 * @property {number} expiresAt epoch milliseconds
 * @property {string | null} scope granted scope; null for user tokens
 * @property {number} used valid Bearer uses
 * @property {boolean} invalidated
 */

/**
 * @typedef {object} Context
 * @property {http.IncomingMessage} req
 * @property {http.ServerResponse} res
 * @property {RecordedRequest} request
 * @property {Record<string, string>} extraHeaders added to whatever is answered (from a fault)
 */

/** @type {RuntimeOptions} */
const RUNTIME_DEFAULTS = {
  credentials: DEFAULT_CREDENTIALS,
  clientTokenLifetime: 599,
  userTokenLifetime: 1800,
  grantedScope: 'api-role:1',
  clientRoles: ['api-role:1', 'api-role:2'],
  oauthV1: true,
  oauthLegacy: true,
  badClientStatus: 401,
  expiredPassword: false,
  version: '11.16.0-t1730123456789',
  quiet: true
}

const START_OPTIONS = ['host', 'port', 'https', 'faults']

const JSON_TYPE = 'application/json;charset=UTF-8'
const HTML_TYPE = 'text/html;charset=UTF-8'
const XML_TYPE = 'text/xml;charset=UTF-8'

const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`)

const notFoundPage = (/** @type {string} */ path) =>
  '<!doctype html><html lang="en"><head><title>HTTP Status 404 – Not Found</title></head><body>' +
  '<h1>HTTP Status 404 – Not Found</h1><hr class="line" /><p><b>Type</b> Status Report</p>' +
  `<p><b>Message</b> The requested resource [${escapeHtml(path)}] is not available</p>` +
  '<p><b>Description</b> The origin server did not find a current representation for the target ' +
  'resource or is not willing to disclose that one exists.</p><hr class="line" /><h3>Jamf Pro</h3></body></html>'

// The Classic API's status page (it is served by a different framework from the Jamf Pro API).
const CLASSIC_UNAUTHORIZED_PAGE =
  '<html><head><title>Status page</title></head><body style="font-family: sans-serif;">' +
  '<p style="font-size: 1.2em;font-weight: bold;margin: 1em 0px;">Unauthorized</p>' +
  '<p>The request requires user authentication</p><p>Please continue your visit at our ' +
  '<a href="/">home page</a>.</p></body></html>'

const LOGIN_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><h1>Sign in to continue</h1>' +
  '<form method="post" action="/login"><input name="username" /><input name="password" type="password" />' +
  '<button type="submit">Sign in</button></form></body></html>'

/** @type {Record<string, { xml: (user: string) => string, json: (user: string) => unknown }>} */
const CLASSIC_RESOURCES = {
  '/JSSResource/computers': {
    xml: () =>
      '<?xml version="1.0" encoding="UTF-8"?><computers><size>1</size>' +
      '<computer><id>1</id><name>Demo-Mac</name></computer></computers>',
    json: () => ({ computers: [{ id: 1, name: 'Demo-Mac' }] })
  },
  '/JSSResource/accounts': {
    xml: user =>
      '<?xml version="1.0" encoding="UTF-8"?><accounts><users>' +
      `<user><id>1</id><name>${escapeHtml(user)}</name></user></users><groups/></accounts>`,
    json: user => ({ accounts: { users: [{ id: 1, name: user }], groups: [] } })
  }
}

/** @param {'client' | 'user'} kind @param {string} subject @param {number} expiresAt */
function makeJwt(kind, subject, expiresAt) {
  const part = (/** @type {object} */ value) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const payload = {
    'token-uuid': randomUUID(),
    sub: subject,
    'authentication-type': kind === 'client' ? 'CLIENT_CREDENTIALS' : 'JSS',
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(expiresAt / 1000)
  }
  return [part({ alg: 'HS256', typ: 'JWT' }), part(payload), randomBytes(32).toString('base64url')].join('.')
}

/** @param {string} key "METHOD /path" or "/path" */
function normalizeFaultKey(key) {
  const match = /^(?:([A-Za-z]+) )?(\/\S*)$/.exec(key.trim())
  if (!match) throw new Error(`Fault key must be "/path" or "METHOD /path", got "${key}"`)
  return match[1] ? `${match[1].toUpperCase()} ${match[2]}` : match[2]
}

export class Simulator {
  /** @type {string} base URL without a trailing slash */
  url = ''
  port = 0
  /** @type {RecordedRequest[]} */
  requests = []
  /** @type {TokenRecord[]} */
  tokens = []

  /** @type {RuntimeOptions & { credentials: Credentials }} */
  #options
  /** @type {http.Server} */
  #server
  #secure
  #connections = 0
  /** @type {Set<import('node:net').Socket>} */
  #sockets = new Set()
  /** @type {WeakMap<object, number>} */
  #connectionIds = new WeakMap()
  /** @type {Map<string, { fault: Fault, remaining: number }>} */
  #faults = new Map()
  // Cancels delayMs faults on close() so no timer outlives the server.
  #closing = new AbortController()
  // Jamf Cloud pins a client to one web node with this cookie; one node here.
  #ingress = randomBytes(8).toString('hex')
  /** @type {Record<string, { enabledBy?: 'oauthV1' | 'oauthLegacy', methods: Record<string, (ctx: Context) => void> }>} */
  #routes

  /** Use startSimulator(), which also starts listening. @param {SimulatorOptions} options */
  constructor(options) {
    for (const name of Object.keys(options)) {
      if (!START_OPTIONS.includes(name) && !(name in RUNTIME_DEFAULTS))
        throw new Error(`Unknown simulator option: ${name}`)
    }
    this.#options = { ...RUNTIME_DEFAULTS }
    for (const [name, value] of Object.entries(options)) {
      if (name in RUNTIME_DEFAULTS && value !== undefined)
        this.setOption(/** @type {keyof RuntimeOptions} */ (name), value)
    }
    for (const [key, fault] of Object.entries(options.faults ?? {})) this.setFault(key, fault)
    const tls = options.https
    this.#secure = Boolean(tls)

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

    const oauth = (/** @type {Context} */ ctx) => this.#oauthToken(ctx)
    const classic = (/** @type {Context} */ ctx) => this.#classic(ctx)
    this.#routes = {
      '/api/v1/oauth/token': { enabledBy: 'oauthV1', methods: { POST: oauth } },
      '/api/oauth/token': { enabledBy: 'oauthLegacy', methods: { POST: oauth } },
      '/api/v1/auth/token': { methods: { POST: ctx => this.#userToken(ctx) } },
      '/api/v1/auth/keep-alive': { methods: { POST: ctx => this.#keepAlive(ctx) } },
      '/api/v1/auth/invalidate-token': { methods: { POST: ctx => this.#invalidate(ctx) } },
      '/api/v1/auth': { methods: { GET: ctx => this.#authDetails(ctx) } },
      '/api/v1/jamf-pro-version': { methods: { GET: ctx => this.#version(ctx) } },
      '/JSSResource/computers': { methods: { GET: classic } },
      '/JSSResource/accounts': { methods: { GET: classic } }
    }
  }

  /** TCP connections accepted so far (TLS: handshakes completed). */
  get connections() {
    return this.#connections
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
    const key = normalizeFaultKey(pathOrMethodPath)
    if (fault) this.#faults.set(key, { fault, remaining: fault.times ?? Infinity })
    else this.#faults.delete(key)
  }

  clearFaults() {
    this.#faults.clear()
  }

  /**
   * @template {keyof RuntimeOptions} K
   * @param {K} name @param {RuntimeOptions[K]} value
   */
  setOption(name, value) {
    if (!(name in RUNTIME_DEFAULTS)) throw new Error(`Unknown option, or one fixed at start: ${name}`)
    this.#options[name] =
      name === 'credentials' ? { ...DEFAULT_CREDENTIALS, .../** @type {Credentials} */ (value) } : value
  }

  /** Forget requests, tokens and faults; options and the connection count stay. */
  reset() {
    this.requests.length = 0
    this.tokens.length = 0
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
    const url = req.url ?? '/'
    const queryStart = url.indexOf('?')
    const path = queryStart < 0 ? url : url.slice(0, queryStart)
    const chunks = []
    try {
      for await (const chunk of req) chunks.push(chunk)
    } catch {
      return // the client went away mid-request
    }

    /** @type {RecordedRequest} */
    const request = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(new URLSearchParams(queryStart < 0 ? '' : url.slice(queryStart + 1))),
      headers: { ...req.headers },
      body: Buffer.concat(chunks).toString('utf8'),
      connection: this.#connectionIds.get(req.socket) ?? 0,
      at: Date.now()
    }
    this.requests.push(request)
    res.on('finish', () => this.#log(`${request.method} ${path} ${res.statusCode}`))

    /** @type {Context} */
    const ctx = { req, res, request, extraHeaders: {} }
    const fault = this.#takeFault(request.method, path)
    if (fault && (await this.#applyFault(ctx, fault))) return

    const route = this.#routes[path]
    if (!route || (route.enabledBy && !this.#options[route.enabledBy])) {
      return this.#send(ctx, 404, notFoundPage(path), HTML_TYPE)
    }
    const handler = route.methods[request.method]
    if (!handler) return this.#jamfError(ctx, 405, null, { Allow: Object.keys(route.methods).join(', ') })
    handler(ctx)
  }

  /** @param {string} method @param {string} path */
  #takeFault(method, path) {
    for (const key of [`${method} ${path}`, path]) {
      const entry = this.#faults.get(key)
      if (!entry) continue
      if (--entry.remaining <= 0) this.#faults.delete(key)
      return entry.fault
    }
    return undefined
  }

  /** @param {Context} ctx @param {Fault} fault @returns {Promise<boolean>} true when the fault replaced the answer */
  async #applyFault(ctx, fault) {
    const { request } = ctx
    if (fault.delayMs) {
      try {
        await delay(fault.delayMs, undefined, { signal: this.#closing.signal })
      } catch {
        return true // closing
      }
    }
    if (fault.hang) {
      this.#log(`${request.method} ${request.path} (hang: no answer)`)
      return true
    }
    if (fault.reset) {
      this.#log(`${request.method} ${request.path} (connection reset)`)
      ctx.req.socket.destroy()
      return true
    }
    ctx.extraHeaders = { ...fault.headers }
    if (fault.retryAfter !== undefined) ctx.extraHeaders['Retry-After'] = String(fault.retryAfter)

    const status = fault.status ?? 200
    if (fault.redirect) this.#send(ctx, 302, '', '', { Location: fault.redirect })
    else if (fault.html) this.#send(ctx, status, LOGIN_PAGE, HTML_TYPE)
    else if (fault.malformedJson)
      this.#send(ctx, status, '{"token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi', JSON_TYPE)
    else if (fault.json !== undefined) this.#sendJson(ctx, status, fault.json)
    else if (fault.body !== undefined)
      this.#send(ctx, status, fault.body, looksLikeJson(fault.body) ? JSON_TYPE : 'text/plain;charset=UTF-8')
    else if (fault.status !== undefined) this.#jamfError(ctx, fault.status, null)
    else return false // only a delay or headers: answer normally
    return true
  }

  /**
   * @param {Context} ctx @param {number} status @param {string} body @param {string} contentType
   * @param {Record<string, string>} [headers]
   */
  #send(ctx, status, body, contentType, headers = {}) {
    const { req, res } = ctx
    if (res.destroyed || res.headersSent) return
    res.statusCode = status
    if (body) res.setHeader('Content-Type', contentType)
    if (!/(?:^|;\s*)jpro-ingress=/.test(req.headers.cookie ?? '')) {
      res.setHeader(
        'Set-Cookie',
        `jpro-ingress=${this.#ingress}; Path=/; HttpOnly${this.#secure ? '; Secure' : ''}`
      )
    }
    for (const [name, value] of Object.entries({ ...headers, ...ctx.extraHeaders }))
      res.setHeader(name, value)
    if (status !== 204) res.setHeader('Content-Length', Buffer.byteLength(body))
    res.end(body)
  }

  /** @param {Context} ctx @param {number} status @param {unknown} value @param {Record<string, string>} [headers] */
  #sendJson(ctx, status, value, headers) {
    this.#send(ctx, status, JSON.stringify(value), JSON_TYPE, headers)
  }

  /**
   * The usual Jamf Pro API error body; `errors` is empty when no code applies.
   * @param {Context} ctx @param {number} status @param {string | null} code @param {Record<string, string>} [headers]
   */
  #jamfError(ctx, status, code, headers) {
    const errors = code ? [{ code, description: STATUS_CODES[status] ?? 'Error', id: '0', field: null }] : []
    this.#sendJson(ctx, status, { httpStatus: status, errors }, headers)
  }

  /** @param {'client' | 'user'} kind @param {string} subject @param {string | null} scope */
  #issue(kind, subject, scope) {
    const lifetime = kind === 'client' ? this.#options.clientTokenLifetime : this.#options.userTokenLifetime
    const issuedAt = Date.now()
    const expiresAt = issuedAt + lifetime * 1000
    /** @type {TokenRecord} */
    const record = {
      token: makeJwt(kind, subject, expiresAt),
      kind,
      subject,
      issuedAt,
      expiresAt,
      scope,
      used: 0,
      invalidated: false
    }
    this.tokens.push(record)
    return record
  }

  /** The valid token in the Authorization header, counted as used; undefined if none. @param {Context} ctx */
  #bearer(ctx) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.request.headers.authorization ?? '')
    const record = match && this.tokens.find(t => t.token === match[1])
    if (!record || record.invalidated || Date.now() >= record.expiresAt) return undefined
    record.used++
    return record
  }

  /** POST /api/v1/oauth/token and /api/oauth/token @param {Context} ctx */
  #oauthToken(ctx) {
    const { request } = ctx
    const oauthError = (/** @type {number} */ status, /** @type {string} */ error) =>
      this.#sendJson(ctx, status, { error })
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
    if (mediaType !== 'application/x-www-form-urlencoded') return oauthError(415, 'invalid_request')

    const params = new URLSearchParams(request.body)
    const names = [...params.keys()]
    // RFC 6749: a parameter sent twice makes the request invalid.
    if (!params.get('grant_type') || new Set(names).size !== names.length)
      return oauthError(400, 'invalid_request')
    if (params.get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type')

    const { credentials, clientRoles, grantedScope, clientTokenLifetime, badClientStatus } = this.#options
    if (
      params.get('client_id') !== credentials.clientId ||
      params.get('client_secret') !== credentials.clientSecret
    ) {
      return oauthError(badClientStatus, 'invalid_client')
    }
    const asked = (params.get('scope') ?? '').split(/\s+/).filter(Boolean)
    if (asked.some(role => !clientRoles.includes(role))) return oauthError(400, 'invalid_scope')

    const scope = asked.length > 0 ? asked.join(' ') : grantedScope
    const record = this.#issue('client', credentials.clientId, scope)
    this.#sendJson(
      ctx,
      200,
      { access_token: record.token, scope, token_type: 'Bearer', expires_in: clientTokenLifetime },
      { 'Cache-Control': 'no-store' }
    )
  }

  /** POST /api/v1/auth/token with Basic credentials @param {Context} ctx */
  #userToken(ctx) {
    const match = /^Basic\s+(\S+)\s*$/i.exec(ctx.request.headers.authorization ?? '')
    const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : ''
    const colon = decoded.indexOf(':') // only the first colon separates; passwords may contain more
    const { username, password } = this.#options.credentials
    if (colon < 0 || decoded.slice(0, colon) !== username || decoded.slice(colon + 1) !== password) {
      return this.#jamfError(ctx, 401, 'INVALID_CREDENTIALS')
    }
    if (this.#options.expiredPassword) return this.#jamfError(ctx, 401, 'USER_EXPIRED_PASSWORD')
    this.#sendUserToken(ctx, this.#issue('user', username, null))
  }

  /** @param {Context} ctx @param {TokenRecord} record */
  #sendUserToken(ctx, record) {
    this.#sendJson(ctx, 200, { token: record.token, expires: new Date(record.expiresAt).toISOString() })
  }

  /** POST /api/v1/auth/keep-alive: user tokens only (API clients ask for a new token). @param {Context} ctx */
  #keepAlive(ctx) {
    const old = this.#bearer(ctx)
    // What a real server answers for a client token is unconfirmed; refusing keeps clients honest.
    if (!old || old.kind !== 'user') return this.#jamfError(ctx, 401, 'INVALID_TOKEN')
    old.invalidated = true
    this.#sendUserToken(ctx, this.#issue('user', old.subject, null))
  }

  /** POST /api/v1/auth/invalidate-token @param {Context} ctx */
  #invalidate(ctx) {
    const record = this.#bearer(ctx)
    if (!record) return this.#jamfError(ctx, 401, 'INVALID_TOKEN')
    record.invalidated = true
    this.#send(ctx, 204, '', '')
  }

  /** GET /api/v1/auth @param {Context} ctx */
  #authDetails(ctx) {
    const record = this.#bearer(ctx)
    if (!record) return this.#jamfError(ctx, 401, 'INVALID_TOKEN')
    this.#sendJson(ctx, 200, {
      account: {
        id: '1',
        username: record.subject,
        realName: record.kind === 'user' ? 'Demo Admin' : '',
        email: '',
        multiSiteAdmin: true,
        accessLevel: 'FullAccess',
        privilegeSet: 'ADMINISTRATOR',
        groupIds: [],
        currentSiteId: -1
      },
      accountGroups: [],
      sites: [],
      authenticationType: record.kind === 'client' ? 'CLIENT_CREDENTIALS' : 'JSS'
    })
  }

  /** GET /api/v1/jamf-pro-version @param {Context} ctx */
  #version(ctx) {
    if (!this.#bearer(ctx)) return this.#jamfError(ctx, 401, 'INVALID_TOKEN')
    this.#sendJson(ctx, 200, { version: this.#options.version })
  }

  /** GET /JSSResource/...: XML unless JSON is asked for; 401 is an HTML page. @param {Context} ctx */
  #classic(ctx) {
    const record = this.#bearer(ctx)
    if (!record) return this.#send(ctx, 401, CLASSIC_UNAUTHORIZED_PAGE, HTML_TYPE)
    const resource = CLASSIC_RESOURCES[ctx.request.path]
    if ((ctx.request.headers.accept ?? '').includes('application/json')) {
      this.#sendJson(ctx, 200, resource.json(record.subject))
    } else {
      this.#send(ctx, 200, resource.xml(record.subject), XML_TYPE)
    }
  }
}

/** @param {string} text */
function looksLikeJson(text) {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
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
