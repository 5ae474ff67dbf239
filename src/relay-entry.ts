// Entry point of the relay process (dist/relay/index.js), started by the main step (relay-launch.ts).
// It reads its settings from stdin, says "ready <port>" (or "failed <reason>") on fd 3, and prints
// nothing anywhere else: its stdout and stderr lead nowhere, and it writes no file.
import { createWriteStream } from 'node:fs'
import { text } from 'node:stream/consumers'
import { systemClock } from './net/retry.js'
import { buildRelay } from './relay/build.js'
import { decodeConfig } from './relay/config.js'

const channel = createWriteStream('', { fd: 3 })
try {
  const relay = buildRelay(decodeConfig(await text(process.stdin)), systemClock, process.env)
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.once(signal, () => void relay.stop().then(() => relay.close()))
  }
  channel.end(`ready ${await relay.listen()}\n`)
  await relay.closed
  process.exit(0)
} catch (error) {
  channel.end(`failed ${error instanceof Error ? error.message : String(error)}\n`, () => process.exit(1))
}
