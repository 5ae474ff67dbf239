// The relay's parts, put together from its settings: the Jamf client for its own token calls (one
// connection, Jamf Cloud's affinity kept), the token keeper, and the pool for forwarded requests.
import { JamfClient } from '../jamf/client.js'
import { streamingAgent } from '../net/agent.js'
import { createHttpTransport } from '../net/http.js'
import type { Clock } from '../net/retry.js'
import { AffinityJar, withAffinity } from './affinity.js'
import type { RelayConfig } from './config.js'
import { FORWARD_CONNECTIONS, Relay } from './server.js'
import { jamfTokenSource, TokenKeeper } from './tokens.js'

export function buildRelay(config: RelayConfig, clock: Clock): Relay {
  const jar = new AffinityJar()
  const client = new JamfClient(config.url, withAffinity(createHttpTransport(config.timeoutMs), jar), {
    retries: config.retries,
    timeoutMs: config.timeoutMs,
    clock,
    debug: () => {}
  })
  const keeper = new TokenKeeper(jamfTokenSource(client, config.credentials), config.token, clock)
  const upstream = { url: new URL(config.url), agent: streamingAgent(config.url, FORWARD_CONNECTIONS), jar }
  return new Relay(config, keeper, upstream, clock)
}
