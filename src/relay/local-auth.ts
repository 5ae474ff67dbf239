// Jamf Pro's token endpoints, answered by the relay for tools that insist on logging in: the "token" they
// get is the relay's key, valid until the relay's deadline. Nothing here reaches Jamf Pro.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { PATHS } from '../jamf/client.js'
import { sendJson } from './answers.js'

const KEEP_ALIVE = '/api/v1/auth/keep-alive'
const MAX_FORM_BYTES = 16 * 1024

export interface LocalAuth {
  key: string
  isKey(candidate: string): boolean
  /** Epoch milliseconds at which the relay stops. */
  deadline: number
  /** The scope of the relay's Jamf Pro tokens, as an OAuth answer gives it. */
  scope: string
  now(): number
}

/** Answers `POST <path>` (a routed path, any case) when it is a token endpoint; false when it is not one. */
export function answerLocally(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  auth: LocalAuth
): boolean {
  if (req.method !== 'POST') return false
  const endpoint = path.toLowerCase()
  switch (endpoint) {
    case PATHS.oauthToken:
    case PATHS.oauthTokenV1:
      oauthToken(req, res, auth).catch(() => res.destroy()) // the client went away mid-request
      return true
    case PATHS.userToken:
      req.resume()
      if (auth.isKey(basicPassword(req.headers.authorization))) sendUserToken(res, auth)
      else sendJson(res, 401, { httpStatus: 401, errors: [] })
      return true
    case KEEP_ALIVE:
    case PATHS.invalidate:
      req.resume()
      if (!auth.isKey(bearer(req.headers.authorization))) return false
      // Tools invalidate "their" token when they finish; later steps of the job still need the relay.
      if (endpoint === KEEP_ALIVE) sendUserToken(res, auth)
      else res.writeHead(204).end()
      return true
    default:
      return false
  }
}

/** OAuth client credentials with the key as client_secret (in the form, or as client_secret_basic). */
async function oauthToken(req: IncomingMessage, res: ServerResponse, auth: LocalAuth): Promise<void> {
  const form = new URLSearchParams(await readSmall(req))
  const secret = form.get('client_secret') ?? basicPassword(req.headers.authorization)
  if (!auth.isKey(secret)) {
    sendJson(res, 401, { error: 'invalid_client' })
    return
  }
  if (form.get('grant_type') !== 'client_credentials') {
    sendJson(res, 400, { error: 'unsupported_grant_type' })
    return
  }
  sendJson(res, 200, {
    access_token: auth.key,
    scope: auth.scope,
    token_type: 'Bearer',
    expires_in: secondsLeft(auth)
  })
}

function sendUserToken(res: ServerResponse, auth: LocalAuth): void {
  sendJson(res, 200, { token: auth.key, expires: new Date(auth.deadline).toISOString() })
}

function secondsLeft(auth: LocalAuth): number {
  return Math.max(0, Math.floor((auth.deadline - auth.now()) / 1000))
}

export function bearer(authorization: string | undefined): string {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? ''
}

function basicPassword(authorization: string | undefined): string {
  const encoded = /^Basic\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1]
  if (encoded === undefined) return ''
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  return colon < 0 ? '' : decoded.slice(colon + 1)
}

/** A form body; anything larger than a token request's is cut (the secret will not match). */
async function readSmall(req: IncomingMessage): Promise<string> {
  let text = ''
  for await (const chunk of req) {
    if (text.length < MAX_FORM_BYTES) text += String(chunk)
  }
  return text.slice(0, MAX_FORM_BYTES)
}
