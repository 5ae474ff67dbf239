// The main step: read inputs, mask, get a token, check it, hand it to later steps.
import type { Core } from './core.js'
import { failureMessage, JamfError } from './jamf/errors.js'
import type { CreateTransport } from './net/http.js'
import { InputError, readInputs, type Inputs } from './inputs.js'
import { JamfClient, type Token } from './jamf/client.js'
import { readProxy, ProxySettingError, type Proxy } from './net/proxy.js'
import { systemClock, type Clock } from './net/retry.js'
import { startRelay, type StartedRelay } from './relay-control.js'
import type { LaunchRelay } from './relay-launch.js'
import { maskCredentials } from './secrets.js'
import { ReceivedToken } from './received-token.js'
import { saveTokenState } from './state.js'
import { summaryMarkdown, whoLabel, writeSummary } from './summary.js'

const SHORT_LIFETIME_SECONDS = 300
/** A token the action refuses gets one attempt at invalidation, of at most this long. */
const REFUSED_INVALIDATION_MS = 4000
const CLIENT_LIFETIME_SETTING =
  "the API client's Access Token Lifetime in Jamf Pro (Settings > System > API roles and clients > API Clients)"

export async function run(
  core: Core,
  createTransport: CreateTransport,
  clock: Clock = systemClock,
  env: NodeJS.ProcessEnv = process.env,
  launchRelay: LaunchRelay = () => Promise.reject(new Error('no way to start the relay was given'))
): Promise<void> {
  let inputs: Inputs
  try {
    inputs = readInputs(name => core.getInput(name, { trimWhitespace: false }))
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    for (const problem of error.problems) core.setFailed(problem)
    return
  }

  const setSecret = (secret: string): void => core.setSecret(secret)
  const secrets = maskCredentials(inputs.credentials, setSecret)
  let proxy: Proxy | undefined
  try {
    const read = readProxy(inputs.url, env, setSecret)
    secrets.push(...read.secrets)
    proxy = read.proxy
  } catch (error) {
    if (!(error instanceof ProxySettingError)) throw error
    core.setFailed(error.message)
    return
  }
  if (inputs.urlSuffix !== '') {
    core.notice(
      `Removed ${inputs.urlSuffix} from url: the action adds Jamf Pro's API paths itself. Using the server's root, ${inputs.url}.`
    )
  }

  const timeoutMs = inputs.timeoutSeconds * 1000
  const transport = createTransport(timeoutMs, proxy)
  const options = {
    retries: inputs.retries,
    timeoutMs,
    clock,
    debug: (message: string) => core.debug(message)
  }
  const received = new ReceivedToken(core, secrets)
  try {
    const client = new JamfClient(inputs.url, transport, {
      ...options,
      warning: message => core.warning(message),
      onToken: received.receive
    })
    const token = await getToken(client, inputs)
    if (inputs.invalidateToken) {
      saveTokenState((name, value) => core.saveState(name, value), {
        token: token.token,
        url: inputs.url,
        expiresAt: token.expiresAt,
        timeoutMs
      })
      received.saved = true
    }
    checkLifetime(core, inputs, token)
    const version = inputs.verify ? await verify(core, client, token) : ''
    const relay = inputs.relay
      ? await startRelay(core, { ...inputs, relay: inputs.relay }, token, launchRelay, clock)
      : undefined
    await publish(core, inputs, token, version, relay)
  } catch (error) {
    const message = failureMessage(error, secrets, options.debug)
    const deadline = clock.now() + REFUSED_INVALIDATION_MS
    const refusal = new JamfClient(inputs.url, transport, { ...options, retries: 0, deadline })
    core.setFailed(message + (await received.refuse(refusal)))
  } finally {
    transport.close()
  }
}

function getToken(client: JamfClient, { credentials }: Inputs): Promise<Token> {
  return credentials.kind === 'client-credentials'
    ? client.clientToken(credentials.clientId, credentials.clientSecret, credentials.scope)
    : client.userToken(credentials.username, credentials.password)
}

function checkLifetime(core: Core, inputs: Inputs, token: Token): void {
  const longer =
    token.method === 'client-credentials'
      ? `raise ${CLIENT_LIFETIME_SETTING}`
      : 'use an API client instead, whose Access Token Lifetime you set (user tokens last 30 minutes by default)'
  if (token.lifetime < inputs.minLifetime) {
    throw new JamfError(
      `The Jamf Pro token lives ${token.lifetime} s, less than min-lifetime (${inputs.minLifetime} s): ${longer}, or lower min-lifetime.`
    )
  }
  // The relay renews the token: its lifetime no longer limits the job.
  if (token.lifetime < SHORT_LIFETIME_SECONDS && !inputs.relay) {
    const defaults = token.method === 'client-credentials' ? ' (API clients default to 60 s)' : ''
    core.notice(
      `The Jamf Pro token expires in ${token.expiresIn} s${defaults}. For longer jobs, ${longer}, ` +
        'or run this action again right before the step that needs the token.'
    )
  }
}

/** A 401 means the server does not take its own token; a 403 only that this token may not read the version. */
async function verify(core: Core, client: JamfClient, token: Token): Promise<string> {
  try {
    return await client.version(token)
  } catch (error) {
    if (error instanceof JamfError && error.status === 403) {
      core.warning(
        'The new token may not read the Jamf Pro version (HTTP 403 on GET /api/v1/jamf-pro-version), so jamf-pro-version is empty. ' +
          'The token itself works; set verify: false to skip this check.'
      )
      return ''
    }
    throw error
  }
}

/** With a relay, later steps get its address and key, valid until its deadline, instead of the token. */
async function publish(
  core: Core,
  inputs: Inputs,
  token: Token,
  version: string,
  relay: StartedRelay | undefined
): Promise<void> {
  const url = relay?.url ?? inputs.url
  const secret = relay?.key ?? token.token
  core.setOutput('token', secret)
  core.setOutput('url', url)
  core.setOutput('server-url', inputs.url)
  core.setOutput('expires-at', (relay?.deadline ?? token.expiresAt).toISOString())
  core.setOutput('expires-in', String(relay?.lifetimeSeconds ?? token.expiresIn))
  core.setOutput('scope', token.scope)
  core.setOutput('auth-method', token.method)
  core.setOutput('jamf-pro-version', version)
  if (inputs.exportEnv) {
    core.exportVariable('JAMF_URL', url)
    core.exportVariable('JAMF_TOKEN', secret)
  }
  core.info(
    `Got a Jamf Pro token for ${whoLabel(inputs.credentials)} from ${inputs.url}${version ? ` (Jamf Pro ${version})` : ''}; ` +
      `it expires at ${token.expiresAt.toISOString()}, in ${token.expiresIn} s.`
  )
  if (relay) {
    core.info(
      `Started the relay at ${relay.url}: it renews the token and forwards requests to ${inputs.url} until the job ends, ` +
        `at the latest ${relay.deadline.toISOString()} (relay-lifetime).`
    )
  }
  if (inputs.exportEnv) core.info('JAMF_URL and JAMF_TOKEN are set for the later steps of this job.')
  await writeSummary(core, summaryMarkdown(inputs, token, version, relay?.deadline))
}
