// The connection pool for requests whose bodies are streamed rather than read whole (the relay's).
import type { Agent } from 'node:http'
import { HttpClient } from '@actions/http-client'
import { USER_AGENT } from './http.js'

/**
 * An agent for `url` that honours https_proxy/no_proxy as the rest of the action does (through a proxy,
 * @actions/http-client's tunnel agent; otherwise a plain one), keeps connections alive, and opens at most
 * `maxSockets` at a time: further requests wait for a free one.
 */
export function streamingAgent(url: string, maxSockets: number): Agent {
  return new HttpClient(USER_AGENT, [], { keepAlive: true, maxSockets }).getAgent(url)
}
