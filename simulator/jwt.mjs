// @ts-check
/**
 * Tokens as Jamf Pro issues them: JWTs (header.payload.signature, base64url) signed with HS256, with
 * Jamf's claims in Jamf's order.
 *
 * API client tokens, confirmed by Jamf's own example (learn.jamf.com "Generating a Client Secret") and a
 * decoded token on community.jamf.com: `sub` and `aud` (the client ID), `nbf`, `token-uuid`,
 * `subject-type: REGISTERED_CLIENT_ID`, `authentication-type: CLIENT_CREDENTIALS`, `scope` (an array of
 * roles), `iss` (the server's URL), `exp`, `iat`; `nbf` = `iat`, `exp - iat` = the lifetime.
 * User tokens, confirmed by Jamf's OpenAPI example and a real token from 2025 (autopkg/grahampugh-recipes#163):
 * `authenticated-app: GENERIC`, `authentication-type: JSS`, `groups`, `subject-type: JSS_USER_ID`,
 * `token-uuid`, `ldap-server-id` (-1: a local account), `sub` (the account's ID as a string), `exp`;
 * no `iat`, `nbf` or `iss`. Unconfirmed: what an LDAP account's token says (presumably `LDAP` and the
 * server's ID); the simulator has one local account.
 * Each token has its own `token-uuid` (strongly indicated). The key signs only so the token looks real:
 * the simulator recognises tokens by their whole text.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto'

const KEY = randomBytes(32)
const HEADER = { alg: 'HS256' }

const part = (/** @type {object} */ value) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** @param {object} claims */
function sign(claims) {
  const unsigned = `${part(HEADER)}.${part(claims)}`
  return `${unsigned}.${createHmac('sha256', KEY).update(unsigned).digest('base64url')}`
}

const seconds = (/** @type {number} */ ms) => Math.floor(ms / 1000)

/**
 * @param {{ clientId: string, roles: string[], issuer: string, issuedAt: number, expiresAt: number }} token
 *   times in epoch milliseconds
 */
export function clientJwt({ clientId, roles, issuer, issuedAt, expiresAt }) {
  return sign({
    sub: clientId,
    aud: clientId,
    nbf: seconds(issuedAt),
    'token-uuid': randomUUID(),
    'subject-type': 'REGISTERED_CLIENT_ID',
    'authentication-type': 'CLIENT_CREDENTIALS',
    scope: roles,
    iss: issuer,
    exp: seconds(expiresAt),
    iat: seconds(issuedAt)
  })
}

/** @param {{ accountId: string, expiresAt: number }} token expiresAt in epoch milliseconds */
export function userJwt({ accountId, expiresAt }) {
  return sign({
    'authenticated-app': 'GENERIC',
    'authentication-type': 'JSS',
    groups: [],
    'subject-type': 'JSS_USER_ID',
    'token-uuid': randomUUID(),
    'ldap-server-id': -1,
    sub: accountId,
    exp: seconds(expiresAt)
  })
}

/**
 * A time as Java's Instant.toString() writes it, as Jamf's `expires` does: no fraction when the
 * milliseconds are zero, else three digits (`2025-02-14T15:27:40.586Z`, `2025-02-14T15:27:40Z`).
 * @param {number} ms epoch milliseconds
 */
export function javaInstant(ms) {
  const iso = new Date(ms).toISOString()
  return ms % 1000 === 0 ? iso.replace('.000Z', 'Z') : iso
}
