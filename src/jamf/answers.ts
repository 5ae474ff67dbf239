// How the body of a Jamf Pro answer is read. A status alone says little: Jamf Pro authenticates before it
// routes, so a 401 can mean "wrong credentials" or "no such endpoint here"; only the body tells them apart.
import { header, type HttpResponse } from '../net/http.js'

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function jsonObject(response: HttpResponse): Record<string, unknown> | undefined {
  const body = parseJson(response.body)
  return body !== null && typeof body === 'object' && !Array.isArray(body)
    ? (body as Record<string, unknown>)
    : undefined
}

export function looksLikeHtml(response: HttpResponse): boolean {
  return /html/i.test(header(response, 'content-type') ?? '') || /^\s*</.test(response.body)
}

/**
 * The `error` of an OAuth token-endpoint error body (`{"error": "invalid_client"}`), the only answer that
 * is a verdict on client credentials; '' for any other body. RFC 6749 codes are lower-case words joined by
 * `_`; a web framework's own error page (`{"status": 401, "error": "Unauthorized", …}`) is not one.
 */
export function oauthErrorCode(response: HttpResponse): string {
  const body = jsonObject(response)
  if (body === undefined || 'status' in body || 'httpStatus' in body || 'timestamp' in body) return ''
  return typeof body.error === 'string' && /^[a-z_]{1,64}$/.test(body.error) ? body.error : ''
}

/** The codes of a Jamf Pro API error body, checked so that server text cannot reach the log as it is. */
export function jamfErrorCodes(response: HttpResponse): string[] {
  const errors = jsonObject(response)?.errors
  return (Array.isArray(errors) ? errors : [])
    .map(error => (error as { code?: unknown } | null)?.code)
    .filter((code): code is string => typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code))
}

/** The claims of a JWT, or undefined when the token is not one: Jamf Pro's tokens are JWTs, but nothing relies on it. */
export function jwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1]
  if (payload === undefined || !/^[\w-]+$/.test(payload)) return undefined
  const claims = parseJson(Buffer.from(payload, 'base64url').toString('utf8'))
  return claims !== null && typeof claims === 'object' && !Array.isArray(claims)
    ? (claims as Record<string, unknown>)
    : undefined
}
