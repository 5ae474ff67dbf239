// Entry point of the relay process (dist/relay/index.js), started by the main step (relay-control.ts).
// It reads its settings from stdin, says "ready <port>" (or "failed <reason>") on fd 3, and prints
// nothing anywhere else: its stdout and stderr lead nowhere, and it writes no file.
import { createWriteStream } from 'node:fs'
import { text } from 'node:stream/consumers'
import { JamfClient } from './jamf/client.js'
import { createHttpTransport } from './net/http.js'
import { streamingAgent } from './net/agent.js'
import { systemClock } from './net/retry.js'
import { AffinityJar, withAffinity } from './relay/affinity.js'
import { decodeConfig } from './relay/config.js'
import { FORWARD_CONNECTIONS, Relay } from './relay/server.js'
import { jamfTokenSource, TokenKeeper } from './relay/tokens.js'

const channel = createWriteStream('', { fd: 3 })
try {
  const config = decodeConfig(await text(process.stdin))
  const jar = new AffinityJar()
  const client = new JamfClient(config.url, withAffinity(createHttpTransport(config.timeoutMs), jar), {
    retries: config.retries,
    timeoutMs: config.timeoutMs,
    clock: systemClock,
    debug: () => {}
  })
  const keeper = new TokenKeeper(jamfTokenSource(client, config.credentials), config.token, systemClock)
  const upstream = { url: new URL(config.url), agent: streamingAgent(config.url, FORWARD_CONNECTIONS), jar }
  const relay = new Relay(config, keeper, upstream, systemClock)
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.once(signal, () => void relay.stop().then(() => relay.close()))
  }
  channel.end(`ready ${await relay.listen()}\n`)
  await relay.closed
  process.exit(0)
} catch (error) {
  channel.end(`failed ${error instanceof Error ? error.message : String(error)}\n`, () => process.exit(1))
}
