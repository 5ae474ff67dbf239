// Plain HTTP requests to the simulator with node:http(s), for the simulator's own tests: no nock, no
// client code of the action, so what is checked is what the simulator really sends.
import http from 'node:http'
import https from 'node:https'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../../simulator/server.mjs'

export interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
}

export interface CallOptions {
  headers?: Record<string, string>
  body?: string | Buffer
  agent?: http.Agent
  ca?: string
}

/** Where to send: a simulator, or any server at a URL (e.g. one started by the command line). */
export type Server = Pick<Simulator, 'url'>

/** One request; `path` is sent as is, so a doubled slash stays doubled. */
export function call(
  server: Server,
  method: string,
  path: string,
  options: CallOptions = {}
): Promise<Reply> {
  const base = new URL(server.url)
  const transport = base.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = transport.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method,
        headers: options.headers,
        agent: options.agent ?? false,
        ca: options.ca
      },
      res => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

export const JAMF_JSON = 'application/json;charset=UTF-8'
export const HTML = 'text/html;charset=UTF-8'

/** Status, content type and parsed JSON body. */
export const answer = (reply: Reply) => [reply.status, reply.headers['content-type'], JSON.parse(reply.body)]
/** Status and content type, for an HTML answer. */
export const htmlAnswer = (reply: Reply) => [reply.status, reply.headers['content-type']]

export const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }
export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
export const clientForm = (extra: Record<string, string> = {}) =>
  form({
    grant_type: 'client_credentials',
    client_id: DEFAULT_CREDENTIALS.clientId,
    client_secret: DEFAULT_CREDENTIALS.clientSecret,
    ...extra
  })
export const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })

/** POST the demo client's credentials to an OAuth token path. */
export const askClientToken = (
  server: Server,
  path = '/api/oauth/token',
  extra: Record<string, string> = {}
) => call(server, 'POST', path, { headers: FORM, body: clientForm(extra) })

/** POST the demo account's Basic credentials to /api/v1/auth/token. */
export const askUserToken = (server: Server) =>
  call(server, 'POST', '/api/v1/auth/token', {
    headers: { Authorization: basic(DEFAULT_CREDENTIALS.username, DEFAULT_CREDENTIALS.password) }
  })

export async function clientToken(server: Server): Promise<string> {
  return JSON.parse((await askClientToken(server)).body).access_token
}

export async function userToken(server: Server): Promise<string> {
  return JSON.parse((await askUserToken(server)).body).token
}

/** A JWT's header and claims, and its signature as sent. */
export function decodeJwt(token: string): {
  header: object
  claims: Record<string, unknown>
  signature: string
} {
  const [header, claims, signature] = token.split('.')
  const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
  return { header: decode(header), claims: decode(claims), signature }
}

/** A simulator with its own options, closed afterwards. */
export async function withSimulator(
  options: Parameters<typeof startSimulator>[0],
  test: (sim: Simulator) => Promise<void>
): Promise<void> {
  const own = await startSimulator(options)
  try {
    await test(own)
  } finally {
    await own.close()
  }
}
