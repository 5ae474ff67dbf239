// @ts-check
/**
 * Routing as Jamf Pro does it: authentication first, then the route. Areas plug in as route tables
 * (auth.mjs, profiles.mjs, classic.mjs, packages.mjs, inventory.mjs, categories.mjs, scripts.mjs); a route is public (reached without a token, like the token
 * endpoints) or takes a valid bearer token.
 *
 * Inferred, strongly (docs/jamf-pro-api.md): an unauthenticated request to an /api/ path the server
 * lacks gets 401 `{"httpStatus":401,"errors":[]}`, not 404 (jamf-upload#19: a GET without credentials on
 * a POST-only route); the same request with a valid token gets the HTML 404 (BIG-RAT/Prune#53). So a
 * token path that this server's version does not have answers 401 to a client asking for a token.
 * Confirmed: a token the server does not accept gets 401 with code INVALID_TOKEN; the web root
 * unauthenticated gets 401 and a login page (jamf/PPPC-Utility#68); the Classic API's 401 is HTML.
 * Unconfirmed: other paths outside /api/ and /JSSResource/ (e.g. a context path the server does not
 * have, /jamf/api/...) are taken to reach the router and get the HTML 404; web pages (`/`, `*.html`) get
 * the login page even with a bearer token, which is not a web session.
 * Dropped paths (option droppedPaths) model a future server that no longer serves a path. The fallback
 * rule of docs/jamf-pro-api.md (try /api/v1/oauth/token only when /api/oauth/token answers 404)
 * presumes such a server answers 404; a path that needed no authentication is taken to stay open, so the
 * router answers it: the HTML 404, with or without a token. A dropped path that needs a token answers
 * like any missing path (401 without a valid token, 404 with one). Unconfirmed: no server has dropped one.
 */
import { classicPage, LOGIN_PAGE, notFoundPage } from './pages.mjs'

/** @typedef {import('./reply.mjs').Reply} Reply */

/**
 * @typedef {object} Route
 * @property {Record<string, (ctx: Context) => void>} methods handlers by HTTP method
 * @property {'public'} [access] public: its methods need no token (they check credentials themselves)
 * @property {(options: import('./options.mjs').RuntimeOptions) => boolean} [when] the route exists only
 *   when this says so, e.g. from the server's version
 * @property {boolean} [streamed] its handlers read the request body themselves, as it streams in (uploads):
 *   the server neither reads nor records it
 */
/**
 * Keyed by path; a `{name}` segment matches any one segment, given to the handler as `params.name`.
 * @typedef {Record<string, Route>} RouteTable
 */

/**
 * What a route's handler gets.
 * @typedef {object} Context
 * @property {import('node:http').IncomingMessage} req
 * @property {import('./recording.mjs').RecordedRequest} request
 * @property {Reply} reply
 * @property {import('./options.mjs').RuntimeOptions & { credentials: import('./options.mjs').Credentials }} options
 * @property {import('./tokens.mjs').TokenStore} tokens
 * @property {string} url the server's base URL (a client token's `iss`)
 * @property {import('./tokens.mjs').TokenRecord} [caller] the valid bearer token (routes that need one)
 * @property {Record<string, string>} [params] the path's `{name}` segments
 * @property {import('./store.mjs').Stores} stores the objects clients have written (packages, categories, scripts)
 */

/** How each part of Jamf Pro answers a request it refuses. */
const AREAS = {
  api: {
    /** @param {Reply} reply @param {'none' | 'invalid'} state */
    unauthorized: (reply, state) => reply.jamfError(401, state === 'invalid' ? 'INVALID_TOKEN' : null),
    notFound: (/** @type {Reply} */ reply, /** @type {string} */ path) => reply.html(404, notFoundPage(path)),
    /** @param {Reply} reply @param {string} allow */
    methodNotAllowed: (reply, allow) => reply.jamfError(405, null, { Allow: allow })
  },
  classic: {
    unauthorized: (/** @type {Reply} */ reply) => reply.html(401, classicPage(401)),
    notFound: (/** @type {Reply} */ reply) => reply.html(404, classicPage(404)),
    /** @param {Reply} reply @param {string} allow */
    methodNotAllowed: (reply, allow) => reply.html(405, classicPage(405), { Allow: allow })
  }
}

/** @param {string} path */
function areaOf(path) {
  if (path.startsWith('/api/')) return 'api'
  if (path.startsWith('/JSSResource/')) return 'classic'
  if (path === '/' || path.endsWith('.html')) return 'web'
  return 'other'
}

/**
 * The route for a path, exact paths first, and the values of its `{name}` segments.
 * @param {RouteTable} routes @param {string} path
 * @returns {{ route: Route, params: Record<string, string> } | undefined}
 */
export function findRoute(routes, path) {
  if (Object.hasOwn(routes, path)) return { route: routes[path], params: {} }
  for (const [template, route] of Object.entries(routes)) {
    /** @type {string[]} */
    const names = []
    if (!template.includes('{')) continue
    const pattern = template.replace(/\{(\w+)\}/g, (_, name) => (names.push(name), '([^/]+)'))
    const match = new RegExp(`^${pattern}$`).exec(path)
    if (match) return { route, params: Object.fromEntries(names.map((name, i) => [name, match[i + 1]])) }
  }
  return undefined
}

/**
 * Answer one request: authenticate, then route.
 * @param {Context} ctx
 * @param {RouteTable} routes
 */
export function route(ctx, routes) {
  const { request, reply, options, tokens } = ctx
  const area = areaOf(request.path)
  if (area === 'web') return reply.html(401, LOGIN_PAGE)
  if (area === 'other') return reply.html(404, notFoundPage(request.path))

  const answers = AREAS[area]
  const found = findRoute(routes, request.path)
  const route = found && (found.route.when?.(options) ?? true) ? found.route : undefined
  const dropped = options.droppedPaths.includes(request.path)
  const handler =
    route && Object.hasOwn(route.methods, request.method) ? route.methods[request.method] : undefined
  if (route?.access === 'public' && handler)
    return dropped ? answers.notFound(reply, request.path) : handler(ctx)

  const caller = tokens.check(request.headers.authorization)
  if (caller.state !== 'valid') return answers.unauthorized(reply, caller.state)
  if (!route || dropped) return answers.notFound(reply, request.path)
  if (!handler) return answers.methodNotAllowed(reply, Object.keys(route.methods).join(', '))
  handler({ ...ctx, caller: caller.record, params: found?.params ?? {} })
}
