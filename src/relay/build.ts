// The relay's parts, put together from its settings: the Jamf client for its own token calls (one
// connection, Jamf Cloud's affinity kept), the token keeper, and the connections for forwarded requests,
// through the same proxy as the main step's (the relay's environment is the step's).
import { JamfClient } from '../jamf/client.js'
import { createHttpTransport } from '../net/http.js'
import { readProxy } from '../net/proxy.js'
import type { Clock } from '../net/retry.js'
import { createConnections } from '../net/tunnel.js'
import { AffinityJar, withAffinity } from './affinity.js'
import type { RelayConfig } from './config.js'
import { FORWARD_CONNECTIONS, Relay } from './server.js'
import { jamfTokenSource, TokenKeeper } from './tokens.js'

export function buildRelay(config: RelayConfig, clock: Clock, env: NodeJS.ProcessEnv): Relay {
  // The main step has checked and masked the proxy variables already; the relay prints nothing.
  const { proxy } = readProxy(config.url, env, () => {})
  const jar = new AffinityJar()
  const transport = withAffinity(createHttpTransport(config.timeoutMs, proxy), jar)
  const client = new JamfClient(config.url, transport, {
    retries: config.retries,
    timeoutMs: config.timeoutMs,
    clock,
    debug: () => {}
  })
  const keeper = new TokenKeeper(jamfTokenSource(client, config.credentials), config.token, clock)
  const url = new URL(config.url)
  const connections = createConnections(url.protocol, proxy, FORWARD_CONNECTIONS)
  return new Relay(config, keeper, { url, connections, jar }, clock)
}
