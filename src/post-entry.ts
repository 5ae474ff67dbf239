// Entry point of runs.post.
import * as core from '@actions/core'
import { createHttpTransport } from './net/http.js'
import { post } from './post.js'

await post(core, createHttpTransport)
