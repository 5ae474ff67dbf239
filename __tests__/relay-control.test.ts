// The steps' side of the relay (src/relay-control.ts, src/relay-launch.ts): starting a process that
// answers on fd 3, handing it the settings, and the post step's stop, with its fallbacks, within 5 s.
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Inputs, RelayInputs } from '../src/inputs.js'
import type { Token } from '../src/jamf/client.js'
import { createHttpTransport } from '../src/net/http.js'
import type { RelayReport } from '../src/relay/audit.js'
import { decodeConfig } from '../src/relay/config.js'
import { startRelay, stopRelay } from '../src/relay-control.js'
import { relayEnvironment, relayLauncher } from '../src/relay-launch.js'
import type { RelayState } from '../src/state.js'
import { recordingClock } from './support/clocks.js'
import { fakeCore } from './support/fake-core.js'
import { alive, kill } from './support/processes.js'

const TOKEN: Token = {
  token: 'eyJhbGciOiJIUzI1NiJ9.e30.first-token',
  method: 'client-credentials',
  expiresAt: new Date(Date.now() + 60_000),
  expiresIn: 59,
  lifetime: 60,
  scope: 'api-role:1'
}
const INPUTS: Inputs & { relay: RelayInputs } = {
  url: 'https://yourorg.jamfcloud.com',
  urlSuffix: '',
  credentials: { kind: 'client-credentials', clientId: 'id', clientSecret: 'the-secret', scope: '' },
  invalidateToken: true,
  exportEnv: true,
  verify: true,
  minLifetime: 0,
  timeoutSeconds: 30,
  retries: 3,
  relay: { methods: ['GET'], lifetimeSeconds: 600 }
}

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** A script in place of dist/relay/index.js. */
function entry(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'relay-entry-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  const file = join(dir, 'index.mjs')
  writeFileSync(file, source)
  return file
}

function killLater(pid: number): void {
  cleanups.push(() => kill(pid))
}

describe('starting the relay', () => {
  it('masks a 256-bit key before anything else, hands over the settings, and saves what the post step needs', async () => {
    const core = fakeCore()
    let settings = ''
    const started = await startRelay(
      core,
      INPUTS,
      TOKEN,
      async given => {
        settings = given
        return { port: 4321, pid: 999 }
      },
      recordingClock()
    )

    expect(started.key).toMatch(/^[\w-]{43}$/)
    expect(core.calls[0]).toEqual({ fn: 'setSecret', value: started.key })
    expect(started).toMatchObject({ url: 'http://127.0.0.1:4321', lifetimeSeconds: 600 })
    expect(decodeConfig(settings)).toEqual({
      url: INPUTS.url,
      credentials: INPUTS.credentials,
      token: TOKEN,
      key: started.key,
      methods: ['GET'],
      deadline: started.deadline.getTime(),
      timeoutMs: 30_000,
      retries: 3
    })
    expect(core.saved).toEqual({
      'relay-port': '4321',
      'relay-pid': '999',
      'relay-key': started.key,
      'relay-deadline': started.deadline.toISOString()
    })
  })

  it("gives the relay the step's environment without the inputs or the runner's tokens", () => {
    expect(
      relayEnvironment({
        INPUT_CLIENT_SECRET: 'the-secret',
        'INPUT_CLIENT-SECRET': 'the-secret',
        ACTIONS_RUNTIME_TOKEN: 'runner',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
        RUNNER_TRACKING_ID: 'github_1',
        HTTPS_PROXY: 'http://proxy:3128',
        no_proxy: 'localhost',
        NODE_EXTRA_CA_CERTS: '/ca.pem',
        PATH: '/bin'
      })
    ).toEqual({
      RUNNER_TRACKING_ID: 'github_1',
      HTTPS_PROXY: 'http://proxy:3128',
      no_proxy: 'localhost',
      NODE_EXTRA_CA_CERTS: '/ca.pem',
      PATH: '/bin'
    })
  })

  it('waits for "ready <port>" on fd 3, with the settings on stdin only, and leaves the process running', async () => {
    const script = entry(`
      import { createWriteStream } from 'node:fs'
      let input = ''
      process.stdin.on('data', chunk => (input += chunk))
      process.stdin.on('end', () => {
        const clean = !process.argv.join(' ').includes('the-settings') && !JSON.stringify(process.env).includes('the-settings')
        createWriteStream('', { fd: 3 }).end(input === 'the-settings' && clean ? 'ready 4321\\n' : 'failed wrong\\n')
        setInterval(() => {}, 1000)
      })
    `)
    const { port, pid } = await relayLauncher(script)('the-settings')
    killLater(pid)

    expect(port).toBe(4321)
    expect(alive(pid)).toBe(true)
  })

  it.each([
    [
      'says it failed',
      `createWriteStream('', { fd: 3 }).end('failed relay settings: key is missing\\n')`,
      /\(relay settings: key is missing\)/
    ],
    ['exits first', `process.exit(3)`, /\(it exited before it was ready\)/],
    ['never answers', `setInterval(() => {}, 1000)`, /\(no answer within 0\.5 s\)/]
  ])('fails with one line when the relay %s', async (_, body, message) => {
    const script = entry(`import { createWriteStream } from 'node:fs'\n${body}`)
    const launch = relayLauncher(script, 500)
    await expect(launch('{}')).rejects.toThrow(message)
    await expect(launch('{}')).rejects.toThrow(/^The relay did not start .*remove relay: true/)
  })
})

/** A stand-in for the relay's stop endpoint; `answer` decides what it does. */
async function fakeRelay(
  answer: (res: import('node:http').ServerResponse) => void
): Promise<{ server: Server; port: number; stops: string[] }> {
  const stops: string[] = []
  const server = createServer((req, res) => {
    stops.push(`${req.method} ${req.url} ${req.headers.authorization}`)
    answer(res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  cleanups.push(() => {
    server.closeAllConnections()
    server.close()
  })
  return { server, port: (server.address() as AddressInfo).port, stops }
}

const REPORT: RelayReport = {
  calls: [{ method: 'GET', path: '/api/v1/auth', count: 4, statuses: { 200: 4 }, totalMs: 20 }],
  refused: { withoutKey: 0, method: 0 },
  tokens: { held: 3, invalid: 3 }
}

function relayState(port: number, changes: Partial<RelayState> = {}): RelayState {
  return { port, pid: 0, key: 'k'.repeat(43), deadline: new Date(Date.now() + 600_000), ...changes }
}

describe('stopping the relay', () => {
  it('asks with the key, reports, and writes the record to the summary', async () => {
    const relay = await fakeRelay(res => {
      res
        .writeHead(200, { 'Content-Type': 'application/json', Connection: 'close' })
        .end(JSON.stringify(REPORT))
      relay.server.close()
    })
    const core = fakeCore()
    const fallbacks: number[] = []
    await stopRelay(core, relayState(relay.port), createHttpTransport, recordingClock(), async ms => {
      fallbacks.push(ms)
    })

    expect(relay.stops).toEqual([`POST /.relay/stop Bearer ${'k'.repeat(43)}`])
    expect(core.masks).toEqual(['k'.repeat(43)])
    expect(core.infos).toEqual([
      'Stopped the relay after 4 API calls; none of the 3 Jamf Pro tokens it held is valid any more.'
    ])
    expect(core.summaryText).toContain('| GET | `/api/v1/auth` | 200 ×4 | 4 | 0.0 s |')
    expect(fallbacks).toEqual([])
  })

  it('warns when some tokens stay valid, and until when', async () => {
    const relay = await fakeRelay(res => {
      res.end(
        JSON.stringify({ ...REPORT, tokens: { held: 3, invalid: 2, validUntil: '2030-01-01T00:00:00.000Z' } })
      )
      relay.server.close()
    })
    const core = fakeCore()
    await stopRelay(core, relayState(relay.port), createHttpTransport, recordingClock(), async () => {})

    expect(core.warnings).toEqual([
      'Stopped the relay after 4 API calls, but 1 of its 3 Jamf Pro tokens could not be invalidated; they expire on their own by 2030-01-01T00:00:00.000Z.'
    ])
  })

  it('invalidates the first token itself when the relay is gone, and warns that later ones expire on their own', async () => {
    const gone = await fakeRelay(() => {})
    const port = gone.port
    gone.server.close()
    const core = fakeCore()
    const fallbacks: number[] = []
    await stopRelay(core, relayState(port), createHttpTransport, recordingClock(), async ms => {
      fallbacks.push(ms)
    })

    expect(core.warnings).toEqual([
      expect.stringMatching(/^The relay was not running at the end of the job.*expire/)
    ])
    expect(fallbacks).toHaveLength(1)
    expect(fallbacks[0]).toBeGreaterThan(3000)
    expect(core.summaryText).toBe('')
  })

  it('says the relay stopped at its deadline when that has passed', async () => {
    const gone = await fakeRelay(() => {})
    gone.server.close()
    const core = fakeCore()
    const deadline = new Date(Date.now() - 1000)
    await stopRelay(
      core,
      relayState(gone.port, { deadline }),
      createHttpTransport,
      recordingClock(),
      async () => {}
    )

    expect(core.warnings).toEqual([])
    expect(core.infos).toEqual([
      expect.stringContaining(`The relay stopped at its deadline (${deadline.toISOString()}`)
    ])
  })

  it('ends a relay that does not answer by its PID, and still finishes within 5 s', async () => {
    const hung = await fakeRelay(() => {})
    const stuck = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
    killLater(stuck.pid ?? 0)
    const exited = new Promise(resolve => stuck.on('exit', resolve))
    const core = fakeCore()
    const fallbacks: number[] = []
    const started = Date.now()
    await stopRelay(
      core,
      relayState(hung.port, { pid: stuck.pid }),
      createHttpTransport,
      recordingClock(),
      async ms => {
        fallbacks.push(ms)
        await new Promise(resolve => setTimeout(resolve, ms))
      }
    )

    expect(Date.now() - started).toBeLessThan(5000)
    await exited
    expect(fallbacks).toHaveLength(1)
    expect(core.failures).toEqual([])
  })
})
