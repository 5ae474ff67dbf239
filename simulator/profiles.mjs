// @ts-check
/**
 * Server versions: which OAuth token paths a Jamf Pro of a given version serves, and the version
 * endpoint that reports it.
 *
 * Confirmed: API clients and POST /api/oauth/token arrived in 10.49.0 (developer.jamf.com "Client
 * Credentials"), and every later server has that documented path (learn.jamf.com 11.16 still documents it).
 * Confirmed: recent servers also have POST /api/v1/oauth/token (Jamf's OpenAPI file; clients moved to it
 * in 2025, e.g. jamf-pro-sdk-python#66). Unconfirmed: the first version with it; 11.16.0 is taken here.
 * Confirmed: GET /api/v1/jamf-pro-version answers `{"version": "11.30.2-t1785446884863"}`: the version,
 * `-t` and a build time stamp. Any valid token may read it.
 */
export const OAUTH_PATH = '/api/oauth/token'
export const OAUTH_V1_PATH = '/api/v1/oauth/token'
/** A current server: both token paths. */
export const DEFAULT_JAMF_VERSION = '11.16.0'

const API_CLIENTS_FROM = '10.49.0'
const OAUTH_V1_FROM = '11.16.0'
const BUILD_STAMP = 't1785446884863'

/** @param {unknown} text @returns {number[]} major, minor, patch */
export function parseJamfVersion(text) {
  const match = typeof text === 'string' ? /^(\d+)\.(\d+)\.(\d+)$/.exec(text) : null
  if (!match) throw new Error(`jamfVersion must look like 11.16.0, got ${JSON.stringify(text)}`)
  return match.slice(1).map(Number)
}

/** @param {string} a @param {string} b @returns {boolean} a >= b */
export function atLeast(a, b) {
  const [x, y] = [parseJamfVersion(a), parseJamfVersion(b)]
  const differs = x.findIndex((part, i) => part !== y[i])
  return differs < 0 || x[differs] > y[differs]
}

/** The OAuth token paths a server of this version has: none before API clients existed. @param {string} version */
export function oauthPaths(version) {
  if (!atLeast(version, API_CLIENTS_FROM)) return []
  return atLeast(version, OAUTH_V1_FROM) ? [OAUTH_PATH, OAUTH_V1_PATH] : [OAUTH_PATH]
}

/** @type {import('./router.mjs').RouteTable} */
export const versionRoutes = {
  '/api/v1/jamf-pro-version': {
    methods: {
      GET: ({ reply, options }) => reply.json(200, { version: `${options.jamfVersion}-${BUILD_STAMP}` })
    }
  }
}
