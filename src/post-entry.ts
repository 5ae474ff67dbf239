// Entry point of runs.post.
import * as core from '@actions/core'
import { exitWhenDone } from './exit.js'
import { createHttpTransport } from './net/http.js'
import { post } from './post.js'

await post(core, createHttpTransport)
await exitWhenDone()
