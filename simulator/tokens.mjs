// @ts-check
/**
 * The tokens the simulator has issued, and the check of a request's bearer token.
 * A token is valid until its lifetime ends or it is invalidated, on every path that takes a token.
 */
import { clientJwt, userJwt } from './jwt.mjs'

/**
 * @typedef {object} TokenRecord
 * @property {string} token
 * @property {'client' | 'user'} kind
 * @property {string} subject client ID or username
 * @property {number} issuedAt epoch milliseconds
 * @property {number} expiresAt epoch milliseconds: issuedAt + the lifetime
 * @property {string | null} scope granted scope; null for user tokens
 * @property {number} used valid Bearer uses
 * @property {boolean} invalidated
 */

/**
 * What the Authorization header showed: no bearer token at all, one the server does not accept, or a
 * valid one (counted as used).
 * @typedef {{ state: 'none' } | { state: 'invalid' } | { state: 'valid', record: TokenRecord }} Caller
 */

// The one account the simulator has; Jamf puts the account's ID in a user token's `sub`.
const ACCOUNT_ID = '1'

export class TokenStore {
  /** @type {TokenRecord[]} */
  records = []

  /**
   * @param {{ clientId: string, roles: string[], issuer: string, lifetime: number }} client
   *   lifetime in seconds
   */
  issueClient({ clientId, roles, issuer, lifetime }) {
    const issuedAt = Date.now()
    const expiresAt = issuedAt + lifetime * 1000
    const token = clientJwt({ clientId, roles, issuer, issuedAt, expiresAt })
    return this.#add({
      token,
      kind: 'client',
      subject: clientId,
      issuedAt,
      expiresAt,
      scope: roles.join(' ')
    })
  }

  /** @param {{ username: string, lifetime: number }} user lifetime in seconds */
  issueUser({ username, lifetime }) {
    const issuedAt = Date.now()
    const expiresAt = issuedAt + lifetime * 1000
    const token = userJwt({ accountId: ACCOUNT_ID, expiresAt })
    return this.#add({ token, kind: 'user', subject: username, issuedAt, expiresAt, scope: null })
  }

  /** @param {string | undefined} authorization the request's Authorization header @returns {Caller} */
  check(authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
    if (!match) return { state: 'none' }
    const record = this.records.find(issued => issued.token === match[1])
    if (!record || record.invalidated || Date.now() >= record.expiresAt) return { state: 'invalid' }
    record.used++
    return { state: 'valid', record }
  }

  /** @param {Omit<TokenRecord, 'used' | 'invalidated'>} fields */
  #add(fields) {
    /** @type {TokenRecord} */
    const record = { ...fields, used: 0, invalidated: false }
    this.records.push(record)
    return record
  }
}
