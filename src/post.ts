// The post step: invalidate the token the main step got. It warns, never fails, and ends within seconds:
// a cancelled job kills it soon after it starts.
import type { Core } from './core.js'
import { failureMessage } from './jamf/errors.js'
import type { CreateTransport } from './net/http.js'
import { JamfClient } from './jamf/client.js'
import { systemClock, type Clock } from './net/retry.js'
import { stopRelay } from './relay-control.js'
import { loadRelayState, loadTokenState, type TokenState } from './state.js'

/** One attempt of at most 4 s keeps the whole post step under 5 s. */
const POST_TIMEOUT_MS = 4000

export async function post(
  core: Core,
  createTransport: CreateTransport,
  clock: Clock = systemClock
): Promise<void> {
  const state = loadTokenState(name => core.getState(name))
  if (!state) return
  core.setSecret(state.token)
  const relay = loadRelayState(name => core.getState(name))
  if (relay) {
    const invalidateFirst = (timeoutMs: number): Promise<void> =>
      invalidate(core, { ...state, timeoutMs: Math.min(state.timeoutMs, timeoutMs) }, createTransport, clock)
    return stopRelay(core, relay, createTransport, clock, invalidateFirst)
  }
  return invalidate(core, state, createTransport, clock)
}

async function invalidate(
  core: Core,
  state: TokenState,
  createTransport: CreateTransport,
  clock: Clock
): Promise<void> {
  if (state.expiresAt.getTime() <= clock.now()) {
    core.info(`The Jamf Pro token expired at ${state.expiresAt.toISOString()}: nothing to invalidate.`)
    return
  }
  const timeoutMs = Math.min(state.timeoutMs, POST_TIMEOUT_MS)
  const transport = createTransport(timeoutMs)
  try {
    const client = new JamfClient(state.url, transport, {
      retries: 0,
      timeoutMs,
      clock,
      debug: m => core.debug(m)
    })
    const result = await client.invalidate(state.token)
    core.info(
      result === 'invalidated'
        ? 'Invalidated the Jamf Pro token.'
        : 'The Jamf Pro token was already invalid or expired: nothing to invalidate.'
    )
  } catch (error) {
    core.warning(
      `Could not invalidate the Jamf Pro token; it stays valid until ${state.expiresAt.toISOString()}. ` +
        failureMessage(error, [state.token], m => core.debug(m))
    )
  } finally {
    transport.close()
  }
}
