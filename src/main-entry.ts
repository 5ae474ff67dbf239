// Entry point of runs.main.
import * as core from '@actions/core'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { exitWhenDone } from './exit.js'
import { createHttpTransport } from './net/http.js'
import { run } from './main.js'
import { systemClock } from './net/retry.js'
import { relayLauncher } from './relay-launch.js'

// dist/main/index.js starts dist/relay/index.js.
const relayEntry = join(dirname(fileURLToPath(import.meta.url)), '..', 'relay', 'index.js')

await run(core, createHttpTransport, systemClock, process.env, relayLauncher(relayEntry))
await exitWhenDone()
