// Entry point of runs.main.
import * as core from '@actions/core'
import { exitWhenDone } from './exit.js'
import { createHttpTransport } from './net/http.js'
import { run } from './main.js'

await run(core, createHttpTransport)
await exitWhenDone()
