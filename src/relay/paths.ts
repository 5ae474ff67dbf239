// Which path a request really names. Jamf Pro's web server routes `//api/./v1/auth/keep%2Dalive;x/` as
// `/api/v1/auth/keep-alive`, so the relay reads paths the same way before it decides anything on them: a
// variant of a token endpoint must never reach Jamf Pro with the relay's real token.

const UNRESERVED_ESCAPE = /%(2[DE]|3\d|[46][1-9A-F]|[57][0-9A]|5F|7E)/gi

/**
 * The path as the server routes it: escapes of unreserved characters decoded, `;parameters` dropped,
 * repeated slashes collapsed, `.` and `..` resolved, no trailing slash. Undefined for a `..` above the root.
 */
export function routedPath(path: string): string | undefined {
  const segments: string[] = []
  const decoded = path.replace(UNRESERVED_ESCAPE, escape =>
    String.fromCharCode(parseInt(escape.slice(1), 16))
  )
  for (const raw of decoded.split('/')) {
    const segment = raw.split(';')[0]
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (segments.pop() === undefined) return undefined
      continue
    }
    segments.push(segment)
  }
  return `/${segments.join('/')}`
}

// Jamf Pro's endpoints that issue, renew or end a token, in any API version, and the older /uapi ones.
const TOKEN_ENDPOINT =
  /^\/(?:api\/(?:v\d+\/)?oauth(?:\/.*)?|api\/v\d+\/auth\/(?:token|keep-alive|invalidate-token)(?:\/.*)?|uapi\/auth(?:\/.*)?)$/i

/** A path only the relay may answer: forwarded, it would hand out or end a real token. */
export function isTokenEndpoint(routed: string): boolean {
  return TOKEN_ENDPOINT.test(routed)
}
