// Jamf Cloud pins a client to one web node with load-balancer cookies. The relay keeps them itself and
// sends them on every upstream request, forwarded or its own, so that one job talks to one node.
import type { HttpTransport } from '../net/http.js'

const AFFINITY_COOKIES = new Set(['apbalanceid', 'jpro-ingress'])

function cookieName(pair: string): string {
  return pair.split('=')[0].trim().toLowerCase()
}

export class AffinityJar {
  #cookies = new Map<string, string>()

  /** The Cookie header value for upstream requests: the affinity cookies only. */
  header(): string {
    return [...this.#cookies.values()].join('; ')
  }

  /** Keeps the affinity cookies of an upstream answer; returns the other Set-Cookie lines. */
  take(setCookie: string | string[] | undefined): string[] {
    const lines = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie]
    return lines.filter(line => {
      const pair = line.split(';')[0]
      const name = cookieName(pair)
      if (!AFFINITY_COOKIES.has(name)) return true
      this.#cookies.set(name, pair.trim())
      return false
    })
  }

  /**
   * A client's Cookie header with any affinity cookie of its own removed and the relay's added: the
   * relay's pin wins, so the relay's token calls and the client's calls reach the same node.
   */
  merge(clientCookie: string | undefined): string {
    const own = (clientCookie ?? '')
      .split(';')
      .map(pair => pair.trim())
      .filter(pair => pair !== '' && !AFFINITY_COOKIES.has(cookieName(pair)))
    return [...own, this.header()].filter(Boolean).join('; ')
  }
}

/** The Jamf client's transport with the jar's cookies on each request and its answers' cookies kept. */
export function withAffinity(transport: HttpTransport, jar: AffinityJar): HttpTransport {
  return {
    async send(request) {
      const cookie = jar.header()
      const response = await transport.send(
        cookie === '' ? request : { ...request, headers: { ...request.headers, Cookie: cookie } }
      )
      jar.take(response.headers['set-cookie'])
      return response
    },
    close: () => transport.close()
  }
}
