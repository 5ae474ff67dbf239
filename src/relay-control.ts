// The steps' side of the relay: the main step starts it and hands it the credentials and the first token;
// the post step asks its record, stops it, and makes sure no token it held stays valid.
import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'
import type { Core } from './core.js'
import type { Inputs, RelayInputs } from './inputs.js'
import type { Token } from './jamf/client.js'
import { parseJson } from './jamf/answers.js'
import type { CreateTransport } from './net/http.js'
import type { Clock } from './net/retry.js'
import type { RelayReport } from './relay/audit.js'
import { encodeConfig, STOP_PATH } from './relay/config.js'
import type { LaunchRelay } from './relay-launch.js'
import { saveRelayState, type RelayState } from './state.js'
import { relayCallsMarkdown, writeSummary } from './summary.js'

/** The whole post step stays within 5 s: the stop, then the port closing, then any fallback. */
const POST_BUDGET_MS = 4000
const STOP_REQUEST_MS = 3000
const PORT_CLOSE_MS = 300

export interface StartedRelay {
  url: string
  key: string
  deadline: Date
  lifetimeSeconds: number
}

/** Masks a new key before anything can print it, starts the relay, and saves what the post step needs. */
export async function startRelay(
  core: Core,
  inputs: Inputs & { relay: RelayInputs },
  token: Token,
  launch: LaunchRelay,
  clock: Clock
): Promise<StartedRelay> {
  const key = randomBytes(32).toString('base64url')
  core.setSecret(key)
  const { methods, lifetimeSeconds } = inputs.relay
  const deadline = new Date(clock.now() + lifetimeSeconds * 1000)
  const { port, pid } = await launch(
    encodeConfig({
      url: inputs.url,
      credentials: inputs.credentials,
      token,
      key,
      methods,
      deadline: deadline.getTime(),
      timeoutMs: inputs.timeoutSeconds * 1000,
      retries: inputs.retries
    })
  )
  saveRelayState((name, value) => core.saveState(name, value), { port, pid, key, deadline })
  return { url: `http://127.0.0.1:${port}`, key, deadline, lifetimeSeconds }
}

/**
 * Stops the relay and reports. When it cannot be asked (it died, or stopped at its deadline), the post
 * step falls back to `invalidateFirst`, which gets the time that is left.
 */
export async function stopRelay(
  core: Core,
  relay: RelayState,
  createTransport: CreateTransport,
  clock: Clock,
  invalidateFirst: (timeoutMs: number) => Promise<void>
): Promise<void> {
  core.setSecret(relay.key)
  const started = clock.now()
  const report = await askToStop(relay, createTransport)
  if (!(await portClosed(relay.port, PORT_CLOSE_MS))) killRelay(relay.pid)
  if (report === undefined) {
    if (clock.now() >= relay.deadline.getTime()) {
      core.info(
        `The relay stopped at its deadline (${relay.deadline.toISOString()}, relay-lifetime) and invalidated its tokens then; its record of calls ended with it.`
      )
    } else {
      core.warning(
        'The relay was not running at the end of the job, so its record of calls is lost. The first Jamf Pro token is invalidated now. ' +
          'If the relay was stopped by a signal it invalidated its tokens; if it died, those it got later stay valid until they expire ' +
          "(the API client's Access Token Lifetime, or 30 minutes for user accounts)."
      )
    }
    await invalidateFirst(Math.max(500, POST_BUDGET_MS - (clock.now() - started)))
    return
  }
  const { held, invalid, validUntil } = report.tokens
  const calls = report.calls.reduce((sum, call) => sum + call.count, 0)
  if (invalid === held) {
    core.info(
      `Stopped the relay after ${calls} API calls; none of the ${held} Jamf Pro tokens it held is valid any more.`
    )
  } else {
    core.warning(
      `Stopped the relay after ${calls} API calls, but ${held - invalid} of its ${held} Jamf Pro tokens could not be invalidated; they expire on their own by ${validUntil}.`
    )
  }
  await writeSummary(core, relayCallsMarkdown(report))
}

/** The relay's report, or undefined when it did not answer as a relay does. */
async function askToStop(
  relay: RelayState,
  createTransport: CreateTransport
): Promise<RelayReport | undefined> {
  const transport = createTransport(STOP_REQUEST_MS)
  try {
    const response = await transport.send({
      method: 'POST',
      url: `http://127.0.0.1:${relay.port}${STOP_PATH}`,
      headers: { Authorization: `Bearer ${relay.key}` },
      body: ''
    })
    const report = parseJson(response.body) as RelayReport | undefined
    const valid =
      response.status === 200 &&
      Array.isArray(report?.calls) &&
      typeof report?.tokens?.held === 'number' &&
      typeof report?.tokens?.invalid === 'number'
    return valid ? report : undefined
  } catch {
    return undefined
  } finally {
    transport.close()
  }
}

/** True once nothing accepts connections on the port, polled until `withinMs`. */
async function portClosed(port: number, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs
  for (;;) {
    const open = await new Promise<boolean>(resolve => {
      const socket = connect({ port, host: '127.0.0.1' })
      const settle = (listening: boolean): void => {
        socket.destroy()
        resolve(listening)
      }
      socket.once('connect', () => settle(true))
      socket.once('error', () => settle(false))
    })
    if (!open) return true
    if (Date.now() >= until) return false
    await new Promise(resolve => setTimeout(resolve, 50))
  }
}

/** Only for a relay that still listens after it was asked to stop: its PID is then still its own. */
function killRelay(pid: number): void {
  try {
    if (pid > 0) process.kill(pid)
  } catch {
    // already gone
  }
}
