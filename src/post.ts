// The post step: invalidate the token the main step got. It warns, never fails, and ends within seconds:
// a cancelled job kills it soon after it starts.
import type { Core } from './core.js'
import { isServerUrl } from './inputs.js'
import { failureMessage } from './jamf/errors.js'
import type { CreateTransport } from './net/http.js'
import { JamfClient } from './jamf/client.js'
import { ProxySettingError, readProxy } from './net/proxy.js'
import { systemClock, type Clock } from './net/retry.js'
import { stopRelay } from './relay-control.js'
import { loadRelayState, loadTokenState, type TokenState } from './state.js'

/** All attempts end within 3.5 s of the step's start, which keeps the whole post step, start-up included, under 5 s. */
const POST_BUDGET_MS = 3500

export async function post(
  core: Core,
  createTransport: CreateTransport,
  clock: Clock = systemClock,
  env: NodeJS.ProcessEnv = process.env
): Promise<void> {
  const deadline = clock.now() + POST_BUDGET_MS
  const state = loadTokenState(name => core.getState(name))
  if (!state) return
  core.setSecret(state.token)
  const relay = loadRelayState(name => core.getState(name))
  if (relay) {
    const invalidateFirst = (timeoutMs: number): Promise<void> =>
      invalidate(core, state, createTransport, { clock, env, deadline: clock.now() + timeoutMs })
    return stopRelay(core, relay, createTransport, clock, invalidateFirst)
  }
  return invalidate(core, state, createTransport, { clock, env, deadline })
}

async function invalidate(
  core: Core,
  state: TokenState,
  createTransport: CreateTransport,
  { clock, env, deadline }: { clock: Clock; env: NodeJS.ProcessEnv; deadline: number }
): Promise<void> {
  const validUntil = state.expiresAt.toISOString()
  if (state.expiresAt.getTime() <= clock.now()) {
    core.info(`The Jamf Pro token expired at ${validUntil}: nothing to invalidate.`)
    return
  }
  const notInvalidated = `Could not invalidate the Jamf Pro token; it stays valid until ${validUntil}.`
  // The state is the main step's own, but a token is never sent where the main step would not send it.
  if (!isServerUrl(state.url)) {
    core.warning(
      `${notInvalidated} The saved server address is not an https:// URL, so the token was not sent.`
    )
    return
  }
  const secrets = [state.token]
  let proxy
  try {
    const read = readProxy(state.url, env, secret => core.setSecret(secret))
    secrets.push(...read.secrets)
    proxy = read.proxy
  } catch (error) {
    if (!(error instanceof ProxySettingError)) throw error
    core.warning(`${notInvalidated} ${error.message}`)
    return
  }
  const timeoutMs = Math.min(state.timeoutMs, deadline - clock.now())
  const transport = createTransport(timeoutMs, proxy)
  try {
    // One retry (of a 429, a 503, a dropped connection...) when the budget leaves time for it.
    const client = new JamfClient(state.url, transport, {
      retries: 1,
      timeoutMs,
      clock,
      deadline,
      debug: m => core.debug(m)
    })
    const result = await client.invalidate(state.token)
    core.info(
      result === 'invalidated'
        ? 'Invalidated the Jamf Pro token.'
        : 'The Jamf Pro token was already invalid or expired: nothing to invalidate.'
    )
  } catch (error) {
    core.warning(`${notInvalidated} ${failureMessage(error, secrets, m => core.debug(m))}`)
  } finally {
    transport.close()
  }
}
