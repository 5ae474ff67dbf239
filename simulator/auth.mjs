// @ts-check
/**
 * The authentication endpoints: OAuth client credentials, user tokens, keep-alive, invalidation and the
 * token's details. Facts from docs/jamf-pro-api.md and Jamf's OpenAPI (specs/Authentication.yaml in
 * Jamf-Concepts/jamf-cli):
 *
 * Confirmed: a form body with grant_type, client_id, client_secret and an optional space-separated
 * scope; no scope grants all of the client's roles, a role it lacks is `invalid_scope` (400); the 200 body
 * has access_token, scope, token_type and expires_in; `expires_in` is the lifetime minus one (Jamf's
 * example token: exp - iat = 600, expires_in 599: whole seconds left once the token is made).
 * Confirmed: user tokens come from Basic credentials; wrong ones get 401 `{"httpStatus":401,"errors":[]}`,
 * an expired password 401 with USER_EXPIRED_PASSWORD; `expires` is a Java Instant; invalidate-token
 * answers 204 and works for both kinds of token; GET /api/v1/auth takes an API client's token too.
 * Inferred: the client is authenticated before anything else is read, so a body that is not a form (no
 * client_id to read) is `invalid_client`; a parameter sent twice is `invalid_request` (RFC 6749 3.2).
 * Unconfirmed: the status of `invalid_client`: clients (jamf-cli, ruby-jss) take 401 as bad credentials
 * and the doc says 401, while the OpenAPI file lists only a 400 for this path: option badClientStatus,
 * 401 by default. Unconfirmed: which errors carry error_description and error_uri; the OpenAPI example
 * has both (`OAuth 2.0 Parameter: grant_type` and RFC 6749 section 5.2), so the grant_type errors do.
 * Unconfirmed: keep-alive with an API client's token; refusing it keeps clients honest (they ask anew).
 */
import { javaInstant } from './jwt.mjs'
import { OAUTH_PATH, OAUTH_V1_PATH, oauthPaths } from './profiles.mjs'

/** @typedef {import('./router.mjs').Context} Context */

const PARAMETERS = ['grant_type', 'client_id', 'client_secret', 'scope']
const RFC_6749_ERRORS = 'https://datatracker.ietf.org/doc/html/rfc6749#section-5.2'
const parameterError = (/** @type {string} */ name) => ({
  error_description: `OAuth 2.0 Parameter: ${name}`,
  error_uri: RFC_6749_ERRORS
})

/** POST /api/oauth/token and /api/v1/oauth/token @param {Context} ctx */
function oauthToken({ request, reply, options, tokens, url }) {
  const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  const params = new URLSearchParams(mediaType === 'application/x-www-form-urlencoded' ? request.body : '')
  const repeated = PARAMETERS.find(name => params.getAll(name).length > 1)
  if (repeated) return reply.oauthError(400, 'invalid_request', parameterError(repeated))

  const { credentials, badClientStatus, clientRoles, clientTokenLifetime } = options
  if (
    params.get('client_id') !== credentials.clientId ||
    params.get('client_secret') !== credentials.clientSecret
  )
    return reply.oauthError(badClientStatus, 'invalid_client')
  const grantType = params.get('grant_type')
  if (!grantType) return reply.oauthError(400, 'invalid_request', parameterError('grant_type'))
  if (grantType !== 'client_credentials')
    return reply.oauthError(400, 'unsupported_grant_type', parameterError('grant_type'))
  const asked = [...new Set((params.get('scope') ?? '').split(' ').filter(Boolean))]
  if (asked.some(role => !clientRoles.includes(role))) return reply.oauthError(400, 'invalid_scope')

  const roles = asked.length > 0 ? asked : clientRoles
  const record = tokens.issueClient({
    clientId: credentials.clientId,
    roles,
    issuer: url,
    lifetime: clientTokenLifetime
  })
  reply.json(
    200,
    {
      access_token: record.token,
      scope: roles.join(' '),
      token_type: 'Bearer',
      expires_in: clientTokenLifetime - 1
    },
    { 'Cache-Control': 'no-store' }
  )
}

/** POST /api/v1/auth/token with Basic credentials @param {Context} ctx */
function userToken({ request, reply, options, tokens }) {
  const match = /^Basic\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')
  const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : ''
  const colon = decoded.indexOf(':') // only the first colon separates; passwords may contain more
  const { username, password } = options.credentials
  if (colon < 0 || decoded.slice(0, colon) !== username || decoded.slice(colon + 1) !== password)
    return reply.jamfError(401, null)
  if (options.expiredPassword) return reply.jamfError(401, 'USER_EXPIRED_PASSWORD')
  sendUserToken(reply, tokens.issueUser({ username, lifetime: options.userTokenLifetime }))
}

/** @param {Context['reply']} reply @param {import('./tokens.mjs').TokenRecord} record */
function sendUserToken(reply, record) {
  reply.json(200, { token: record.token, expires: javaInstant(record.expiresAt) })
}

/** POST /api/v1/auth/keep-alive: a user token for a new one. @param {Context} ctx */
function keepAlive({ reply, options, tokens, caller }) {
  if (caller?.kind !== 'user') return reply.jamfError(401, 'INVALID_TOKEN')
  caller.invalidated = true
  sendUserToken(reply, tokens.issueUser({ username: caller.subject, lifetime: options.userTokenLifetime }))
}

/** GET /api/v1/auth (AuthorizationV1) @param {Context} ctx */
function authDetails({ reply, caller }) {
  const user = caller?.kind === 'user'
  reply.json(200, {
    account: {
      id: '1',
      username: caller?.subject,
      realName: user ? 'Demo Admin' : '',
      email: '',
      multiSiteAdmin: true,
      accessLevel: 'FullAccess',
      privilegeSet: 'ADMINISTRATOR',
      groupIds: [],
      currentSiteId: '-1'
    },
    accountGroups: [],
    sites: [],
    authenticationType: user ? 'JSS' : 'CLIENT_CREDENTIALS'
  })
}

/** @param {string} path @returns {import('./router.mjs').Route} */
const oauthRoute = path => ({
  access: 'public',
  when: options => oauthPaths(options.jamfVersion).includes(path),
  methods: { POST: oauthToken }
})

/** @type {import('./router.mjs').RouteTable} */
export const authRoutes = {
  [OAUTH_PATH]: oauthRoute(OAUTH_PATH),
  [OAUTH_V1_PATH]: oauthRoute(OAUTH_V1_PATH),
  '/api/v1/auth/token': { access: 'public', methods: { POST: userToken } },
  '/api/v1/auth/keep-alive': { methods: { POST: keepAlive } },
  '/api/v1/auth/invalidate-token': {
    methods: {
      POST: ({ reply, caller }) => {
        if (caller) caller.invalidated = true
        reply.send(204, '', '')
      }
    }
  },
  '/api/v1/auth': { methods: { GET: authDetails } }
}
