// @ts-check
/**
 * Injected faults: what to answer instead of (or on top of) the server's own answer, for tests of how a
 * client copes with outages, proxies, SSO pages and broken answers. Applied before authentication and
 * routing, to any path, even one the server does not have.
 */
import { setTimeout as delay } from 'node:timers/promises'
import { LOGIN_PAGE } from './pages.mjs'
import { JSON_TYPE } from './reply.mjs'

/**
 * Fields that answer, in priority order: hang, reset, redirect, html, malformedJson, json, body, status.
 * With none of them the normal answer is sent, after `delayMs` and with `headers`/`retryAfter` added.
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

/** @param {string} key "METHOD /path" or "/path" */
function normalizeKey(key) {
  const match = /^(?:([A-Za-z]+) )?(\/\S*)$/.exec(key.trim())
  if (!match) throw new Error(`Fault key must be "/path" or "METHOD /path", got "${key}"`)
  return match[1] ? `${match[1].toUpperCase()} ${match[2]}` : match[2]
}

export class Faults {
  /** @type {Map<string, { fault: Fault, remaining: number }>} */
  #entries = new Map()

  /** @param {string} key "METHOD /path" or "/path" @param {Fault | null | undefined} fault null removes it */
  set(key, fault) {
    const normalized = normalizeKey(key)
    if (fault) this.#entries.set(normalized, { fault, remaining: fault.times ?? Infinity })
    else this.#entries.delete(normalized)
  }

  clear() {
    this.#entries.clear()
  }

  /** The fault for this request, counted as used; a method-specific one first. @param {string} method @param {string} path */
  take(method, path) {
    for (const key of [`${method} ${path}`, path]) {
      const entry = this.#entries.get(key)
      if (!entry) continue
      if (--entry.remaining <= 0) this.#entries.delete(key)
      return entry.fault
    }
    return undefined
  }
}

/**
 * @param {{ req: import('node:http').IncomingMessage, reply: import('./reply.mjs').Reply }} ctx
 * @param {Fault} fault
 * @param {AbortSignal} closing aborts a delay when the server closes
 * @returns {Promise<'answered' | 'continue' | 'hang' | 'reset' | 'closed'>} continue: answer normally;
 *   hang, reset, closed: no answer
 */
export async function applyFault({ req, reply }, fault, closing) {
  if (fault.delayMs) {
    try {
      await delay(fault.delayMs, undefined, { signal: closing })
    } catch {
      return 'closed'
    }
  }
  if (fault.hang) return 'hang'
  if (fault.reset) {
    req.socket.destroy()
    return 'reset'
  }
  reply.extraHeaders = { ...fault.headers }
  if (fault.retryAfter !== undefined) reply.extraHeaders['Retry-After'] = String(fault.retryAfter)

  const status = fault.status ?? 200
  if (fault.redirect) reply.send(302, '', '', { Location: fault.redirect })
  else if (fault.html) reply.html(status, LOGIN_PAGE)
  else if (fault.malformedJson) reply.send(status, '{"token":"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi', JSON_TYPE)
  else if (fault.json !== undefined) reply.json(status, fault.json)
  else if (fault.body !== undefined) reply.text(status, fault.body)
  else if (fault.status !== undefined) reply.jamfError(fault.status, null)
  else return 'continue' // only a delay or headers
  return 'answered'
}
