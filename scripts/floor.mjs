#!/usr/bin/env node
// @ts-check
/**
 * The floor that `npm run bench` holds the action to: the same protocol work as the action's steps with
 * Node built-ins only: no input checks, no retries, no error messages beyond the HTTP status. Run like the
 * bundles, with a runner's INPUT_*, STATE_* and GITHUB_* variables (API client inputs only):
 *
 *   node scripts/floor.mjs main   POST /api/oauth/token (form), GET /api/v1/jamf-pro-version with the
 *                                 bearer, over one kept-alive connection; outputs, env and state to files
 *   node scripts/floor.mjs post   POST /api/v1/auth/invalidate-token with the token from STATE_token
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'

const step = process.argv[2]
/** @param {string} name */
const input = name => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim()

/**
 * @param {string} base
 * @returns {((method: string, path: string, headers: Record<string, string>, body?: string) => Promise<{ status: number, body: string }>) & { close: () => void }}
 */
function client(base) {
  // Only the module the URL needs (node:https costs a cold process ~25 ms), and not through `import`:
  // an ES module namespace of node:http reads its lazy WebSocket getter, which loads Node's own undici.
  const transport = process.getBuiltinModule(base.startsWith('https:') ? 'node:https' : 'node:http')
  const agent = new transport.Agent({ keepAlive: true, maxSockets: 1 })
  /** @param {string} method @param {string} path @param {Record<string, string>} headers */
  const send = (method, path, headers, body = '') =>
    new Promise((resolve, reject) => {
      const req = transport.request(
        `${base}${path}`,
        { method, agent, headers: { Accept: 'application/json', ...headers } },
        res => {
          let text = ''
          res.setEncoding('utf8')
          res.on('data', chunk => (text += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
        }
      )
      req.on('error', reject)
      req.end(body)
    })
  send.close = () => agent.destroy()
  return send
}

/** @param {string} variable @param {Record<string, string>} values */
function fileCommands(variable, values) {
  const delimiter = `ghadelimiter_${randomUUID()}`
  const text = Object.entries(values)
    .map(([name, value]) => `${name}<<${delimiter}\n${value}\n${delimiter}\n`)
    .join('')
  appendFileSync(/** @type {string} */ (process.env[variable]), text)
}

/** @param {string} message */
function fail(message) {
  process.stdout.write(`::error::${message}\n`)
  process.exitCode = 1
}

if (step === 'main') {
  const url = input('url').replace(/\/+$/, '')
  process.stdout.write(`::add-mask::${input('client-secret')}\n`)
  const send = client(url)
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: input('client-id'),
    client_secret: input('client-secret')
  })
  const token = await send(
    'POST',
    '/api/oauth/token',
    { 'Content-Type': 'application/x-www-form-urlencoded' },
    form.toString()
  )
  if (token.status !== 200) fail(`token: HTTP ${token.status}`)
  else {
    const { access_token: accessToken, expires_in: expiresIn, scope } = JSON.parse(token.body)
    const expiresAt = new Date(Date.now() + expiresIn * 1000).toISOString()
    process.stdout.write(`::add-mask::${accessToken}\n`)
    fileCommands('GITHUB_STATE', { token: accessToken, url, 'expires-at': expiresAt, 'timeout-ms': '30000' })
    const version = await send('GET', '/api/v1/jamf-pro-version', { Authorization: `Bearer ${accessToken}` })
    if (version.status !== 200) fail(`version: HTTP ${version.status}`)
    else {
      fileCommands('GITHUB_OUTPUT', {
        token: accessToken,
        url,
        'expires-at': expiresAt,
        'expires-in': String(expiresIn),
        scope,
        'auth-method': 'client-credentials',
        'jamf-pro-version': JSON.parse(version.body).version.split('-')[0]
      })
      fileCommands('GITHUB_ENV', { JAMF_URL: url, JAMF_TOKEN: accessToken })
      appendFileSync(
        /** @type {string} */ (process.env.GITHUB_STEP_SUMMARY),
        `Jamf Pro token from ${url}, expires at ${expiresAt}\n`
      )
      process.stdout.write(`Got a Jamf Pro token from ${url}; it expires at ${expiresAt}.\n`)
    }
  }
  send.close()
} else if (step === 'post') {
  const token = process.env.STATE_token ?? ''
  process.stdout.write(`::add-mask::${token}\n`)
  const send = client(process.env.STATE_url ?? '')
  const answer = await send('POST', '/api/v1/auth/invalidate-token', { Authorization: `Bearer ${token}` })
  if (answer.status !== 204) fail(`invalidate: HTTP ${answer.status}`)
  else process.stdout.write('Invalidated the Jamf Pro token.\n')
  send.close()
} else {
  fail('usage: node scripts/floor.mjs main|post')
}
