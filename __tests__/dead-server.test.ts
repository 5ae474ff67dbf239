/**
 * With action.yml's default inputs, a Jamf Pro server that accepts connections and never answers fails the
 * main step within a minute (it used to hold the job for over two), while a slow but live one still gives a
 * token. Runs the built dist/; the first test takes about 47 s, the time it measures (`npm run dead-server`
 * prints the same figure).
 */
import { describe, expect, it } from '@jest/globals'
import { DEFAULT_CREDENTIALS, startSimulator } from '../simulator/server.mjs'
import { runStep } from '../test-support/runner.mjs'
import { startRawServer } from './support/raw-server.js'

const BOUND_MS = 60_000

describe('a dead server, default inputs', () => {
  it(
    'fails the main step within 60 s, with one error line',
    async () => {
      const silent = await startRawServer(() => {})
      const main = await runStep('main', {
        inputs: { url: silent.url, 'client-id': 'id', 'client-secret': 'secret' },
        timeoutMs: 2 * BOUND_MS
      })
      await silent.close()

      expect(main.exitCode).toBe(1)
      expect(main.elapsedMs).toBeLessThan(BOUND_MS)
      expect(main.commands.filter(line => line.command === 'error').map(line => line.message)).toEqual([
        'No answer from Jamf Pro to POST /api/oauth/token within 10 s after 4 attempts: ' +
          'check url, the network and any firewall; raise timeout if the server is slow.'
      ])
      expect(silent.requests).toHaveLength(4)
    },
    2 * BOUND_MS
  )
})

describe('a slow server, default inputs', () => {
  it(
    'still gives a token when each answer takes 4 s',
    async () => {
      const slow = { delayMs: 4000 }
      const jamf = await startSimulator({
        faults: { 'POST /api/oauth/token': slow, 'GET /api/v1/jamf-pro-version': slow }
      })
      const main = await runStep('main', {
        inputs: {
          url: jamf.url,
          'client-id': DEFAULT_CREDENTIALS.clientId,
          'client-secret': DEFAULT_CREDENTIALS.clientSecret
        }
      })
      await jamf.close()

      expect(main.commands.filter(line => line.command === 'error')).toEqual([])
      expect(main.exitCode).toBe(0)
      expect(main.outputs['jamf-pro-version']).toBe('11.16.0')
      expect(jamf.requests).toHaveLength(2)
    },
    BOUND_MS
  )
})
