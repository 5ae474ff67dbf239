// @ts-check
/**
 * Writing an answer as Jamf Pro does: its content types, its two error shapes (the Jamf Pro API's
 * `{httpStatus, errors}` and OAuth's `{error}` on the token paths), and Jamf Cloud's affinity cookies.
 */
import { STATUS_CODES } from 'node:http'

export const JSON_TYPE = 'application/json;charset=UTF-8'
export const HTML_TYPE = 'text/html;charset=UTF-8'
export const XML_TYPE = 'text/xml;charset=UTF-8'

/** @param {string} text */
const looksLikeJson = text => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

export class Reply {
  /** Added to whatever is answered (from a fault). @type {Record<string, string>} */
  extraHeaders = {}
  #req
  #res
  #cookies

  /**
   * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
   * @param {Record<string, string>} cookies name → value and attributes, set when the client lacks them
   */
  constructor(req, res, cookies) {
    this.#req = req
    this.#res = res
    this.#cookies = cookies
  }

  /** @param {number} status @param {string} body @param {string} contentType @param {Record<string, string>} [headers] */
  send(status, body, contentType, headers = {}) {
    const res = this.#res
    if (res.destroyed || res.headersSent) return
    res.statusCode = status
    if (body) res.setHeader('Content-Type', contentType)
    const sent = this.#req.headers.cookie ?? ''
    const missing = Object.entries(this.#cookies).filter(
      ([name]) => !new RegExp(`(?:^|;\\s*)${name}=`).test(sent)
    )
    if (missing.length > 0)
      res.setHeader(
        'Set-Cookie',
        missing.map(([name, value]) => `${name}=${value}`)
      )
    for (const [name, value] of Object.entries({ ...headers, ...this.extraHeaders }))
      res.setHeader(name, value)
    if (status !== 204) res.setHeader('Content-Length', Buffer.byteLength(body))
    res.end(body)
  }

  /** @param {number} status @param {unknown} value @param {Record<string, string>} [headers] */
  json(status, value, headers) {
    this.send(status, JSON.stringify(value), JSON_TYPE, headers)
  }

  /** Text given as is: JSON's content type when it parses as JSON. @param {number} status @param {string} body */
  text(status, body) {
    this.send(status, body, looksLikeJson(body) ? JSON_TYPE : 'text/plain;charset=UTF-8')
  }

  /** @param {number} status @param {string} page @param {Record<string, string>} [headers] */
  html(status, page, headers) {
    this.send(status, page, HTML_TYPE, headers)
  }

  /**
   * The usual Jamf Pro API error body; `errors` is empty when no code applies.
   * @param {number} status @param {string | null} code @param {Record<string, string>} [headers]
   */
  jamfError(status, code, headers) {
    const errors = code ? [{ code, description: STATUS_CODES[status] ?? 'Error', id: '0', field: null }] : []
    this.json(status, { httpStatus: status, errors }, headers)
  }

  /**
   * An OAuth error (RFC 6749 section 5.2; Jamf's OAuthTokenEndpointErrorResponse).
   * @param {number} status @param {string} error @param {{ error_description: string, error_uri: string }} [details]
   */
  oauthError(status, error, details) {
    this.json(status, { error, ...details })
  }
}
