// The relay's parts, put together from its settings: a Jamf client for new tokens and one for invalidating
// old ones (one connection each, so that a slow invalidation never delays a renewal; Jamf Cloud's affinity
// kept), the token keeper, and the connections for forwarded requests, through the same proxy as the main
// step's (the relay's environment is the step's).
import { JamfClient } from '../jamf/client.js'
import { createHttpTransport } from '../net/http.js'
import { readProxy } from '../net/proxy.js'
import type { Clock } from '../net/retry.js'
import { createConnections } from '../net/tunnel.js'
import { AffinityJar, withAffinity } from './affinity.js'
import type { RelayConfig } from './config.js'
import { FORWARD_CONNECTIONS, Relay } from './server.js'
import { jamfTokenSource, TokenKeeper } from './tokens.js'

/** One attempt, this short, to invalidate a replaced token; one that fails is tried again when the relay stops. */
const INVALIDATION_TIMEOUT_MS = 2000

export function buildRelay(config: RelayConfig, clock: Clock, env: NodeJS.ProcessEnv): Relay {
  // The main step has checked and masked the proxy variables already; the relay prints nothing.
  const { proxy } = readProxy(config.url, env, () => {})
  const jar = new AffinityJar()
  const client = (timeoutMs: number, retries: number): JamfClient =>
    new JamfClient(config.url, withAffinity(createHttpTransport(timeoutMs, proxy), jar), {
      retries,
      timeoutMs,
      clock,
      debug: () => {}
    })
  const source = jamfTokenSource(
    client(config.timeoutMs, config.retries),
    client(INVALIDATION_TIMEOUT_MS, 0),
    config.credentials
  )
  const keeper = new TokenKeeper(source, config.token, clock)
  const url = new URL(config.url)
  const connections = createConnections(url.protocol, proxy, FORWARD_CONNECTIONS)
  return new Relay(config, keeper, { url, connections, jar }, clock)
}
