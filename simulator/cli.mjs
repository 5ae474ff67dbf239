#!/usr/bin/env node
// @ts-check
/**
 * Run the Jamf Pro simulator until SIGINT/SIGTERM:
 *   node simulator/cli.mjs [--port 8080] [--host 127.0.0.1] [--https] [--jamf-version 11.16.0]
 *     [--client-token-lifetime 60] [--user-token-lifetime 1800] [--drop-path PATH]... [--ready-file PATH]
 * Logs one line per request (method, path, status; never headers or bodies).
 */
import { rename, rm, writeFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { DEFAULT_JAMF_VERSION } from './profiles.mjs'
import { DEFAULT_CREDENTIALS, startSimulator } from './server.mjs'
import { generateCertificate } from './tls.mjs'

const USAGE = `Usage: node simulator/cli.mjs [options]
  --port N                    port to listen on (default 8080; 0 = any free port)
  --host HOST                 address to listen on (default 127.0.0.1)
  --https                     serve HTTPS with a fresh self-signed certificate
  --jamf-version X.Y.Z        the Jamf Pro version to behave as (default ${DEFAULT_JAMF_VERSION}):
                              10.48.0 has no API clients, 10.49.0 only POST /api/oauth/token,
                              11.16.0 and later also POST /api/v1/oauth/token
  --client-token-lifetime S   API client token lifetime in seconds (default 60, as Jamf Pro's)
  --user-token-lifetime S     user token lifetime in seconds (default 1800)
  --drop-path PATH            behave as a future server without PATH (repeatable): a token path
                              such as /api/oauth/token then answers an HTML 404
  --ready-file PATH           write the URL to PATH once listening
  --help                      show this help`

/** @param {string} name @param {string} value */
function integer(name, value) {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`--${name} must be a whole number, got "${value}"`)
  return number
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      https: { type: 'boolean', default: false },
      'jamf-version': { type: 'string', default: DEFAULT_JAMF_VERSION },
      'client-token-lifetime': { type: 'string', default: '60' },
      'user-token-lifetime': { type: 'string', default: '1800' },
      'drop-path': { type: 'string', multiple: true, default: [] },
      'ready-file': { type: 'string' },
      help: { type: 'boolean', default: false }
    }
  })
  if (values.help) {
    console.log(USAGE)
    return
  }

  const certificate = values.https
    ? await generateCertificate({ hosts: [...new Set(['localhost', '127.0.0.1', values.host])], days: 30 })
    : undefined
  const simulator = await startSimulator({
    host: values.host,
    port: integer('port', values.port),
    https: certificate ? { cert: certificate.cert, key: certificate.key } : false,
    jamfVersion: values['jamf-version'],
    clientTokenLifetime: integer('client-token-lifetime', values['client-token-lifetime']),
    userTokenLifetime: integer('user-token-lifetime', values['user-token-lifetime']),
    droppedPaths: values['drop-path'],
    quiet: false
  })

  const { clientId, clientSecret, username, password } = DEFAULT_CREDENTIALS
  console.log(`Jamf Pro simulator (Jamf Pro ${values['jamf-version']}) listening on ${simulator.url}`)
  console.log(`  API client:    client ID "${clientId}", client secret "${clientSecret}"`)
  console.log(`  User account:  username "${username}", password "${password}"`)
  if (certificate)
    console.log(`  Certificate:   ${certificate.certPath} (set NODE_EXTRA_CA_CERTS to this path)`)
  console.log('Press Ctrl+C to stop.')

  const readyFile = values['ready-file']
  if (readyFile) {
    // Write then rename, so a waiting job never reads a half-written file.
    await writeFile(`${readyFile}.tmp`, `${simulator.url}\n`)
    await rename(`${readyFile}.tmp`, readyFile)
  }

  const stop = async () => {
    await simulator.close()
    if (certificate) await rm(certificate.dir, { recursive: true, force: true })
    if (readyFile) await rm(readyFile, { force: true }) // a stale file would fool the next waiter
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch(error => {
  console.error(`jamf-pro-simulator: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
