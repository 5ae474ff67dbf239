// @ts-check
/**
 * The simulator's options: what it starts with and what setOption() may change while it runs.
 * Defaults are those of a real server where the evidence gives one (docs/jamf-pro-api.md).
 */
import { DEFAULT_JAMF_VERSION, parseJamfVersion } from './profiles.mjs'

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
 * Options that can be changed at run time with setOption().
 * @typedef {object} RuntimeOptions
 * @property {Partial<Credentials>} credentials merged over DEFAULT_CREDENTIALS
 * @property {string} jamfVersion e.g. '10.49.0': which token paths exist, and what the version endpoint says
 * @property {number} clientTokenLifetime seconds (a new API client's default Access Token Lifetime: 60)
 * @property {number} userTokenLifetime seconds (Jamf's default: 30 minutes)
 * @property {string[]} clientRoles roles the API client holds: granted when it asks for none; asking
 *   for another is invalid_scope
 * @property {string[]} droppedPaths paths this server no longer serves (see the router in server.mjs)
 * @property {number} badClientStatus status of invalid_client: 401 or 400 (unconfirmed, see auth.mjs)
 * @property {boolean} expiredPassword good user credentials get 401 USER_EXPIRED_PASSWORD
 * @property {boolean} quiet true (default): no log; false: one line per request on stdout
 * @property {number} computerCount how many computers the inventory has (generated, see computers.mjs):
 *   a few hundred by default, not a multiple of 100, so that paging ends on a partial page
 */

/** @type {Readonly<RuntimeOptions>} */
export const RUNTIME_DEFAULTS = Object.freeze({
  credentials: DEFAULT_CREDENTIALS,
  jamfVersion: DEFAULT_JAMF_VERSION,
  clientTokenLifetime: 60,
  userTokenLifetime: 1800,
  clientRoles: ['api-role:1'],
  droppedPaths: [],
  badClientStatus: 401,
  expiredPassword: false,
  quiet: true,
  computerCount: 321
})

/** @param {string} name @param {unknown} value */
function lifetime(name, value) {
  if (!Number.isInteger(value) || /** @type {number} */ (value) < 1)
    throw new Error(`${name} must be a whole number of seconds, 1 or more`)
  return value
}

/** @type {{ [K in keyof RuntimeOptions]?: (value: RuntimeOptions[K]) => unknown }} */
const CHECKS = {
  credentials: value => ({ ...DEFAULT_CREDENTIALS, ...value }),
  jamfVersion: value => (parseJamfVersion(value), value),
  clientTokenLifetime: value => lifetime('clientTokenLifetime', value),
  userTokenLifetime: value => lifetime('userTokenLifetime', value),
  droppedPaths: value => [...value],
  computerCount: value => {
    if (!Number.isInteger(value) || value < 0 || value > 100_000)
      throw new Error('computerCount must be a whole number from 0 to 100000')
    return value
  },
  badClientStatus: value => {
    if (value !== 400 && value !== 401) throw new Error('badClientStatus must be 400 or 401')
    return value
  }
}

/**
 * The value to store for an option, checked; throws for an unknown name.
 * @template {keyof RuntimeOptions} K @param {K} name @param {RuntimeOptions[K]} value
 * @returns {RuntimeOptions[K]}
 */
export function checkedOption(name, value) {
  if (!Object.hasOwn(RUNTIME_DEFAULTS, name))
    throw new Error(`Unknown option, or one fixed at start: ${name}`)
  const check = CHECKS[name]
  return /** @type {RuntimeOptions[K]} */ (check ? check(value) : value)
}
