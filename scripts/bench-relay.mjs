// @ts-check
/**
 * The relay's part of `npm run bench`: a relay started by the built main step in front of the simulator on
 * loopback, measured against the same requests sent to the simulator directly:
 *   - the median time a small request (GET /api/v1/jamf-pro-version) takes, one at a time over a kept-alive
 *     connection, through the relay and directly: the relay may add at most 1 ms;
 *   - a package upload of --upload-mib MiB (default 1024) through the relay and directly, best of three each:
 *     through the relay at least 80 % of the direct throughput;
 *   - the relay's peak memory (VmHWM of /proc/PID/status, Linux only): under 100 MB.
 *
 *   node scripts/bench-relay.mjs [--requests N] [--upload-mib N]
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { Readable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { DEFAULT_CREDENTIALS, startSimulator } from '../simulator/server.mjs'
import { runStep } from '../test-support/runner.mjs'
import { PACKAGE } from '../test-support/package-record.mjs'

export const RELAY_BUDGET = { addedLatencyMs: 1, uploadRatio: 0.8, peakRssMb: 100 }

/** @param {number[]} values */
const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * One request; resolves with its status once the answer has been read.
 * @param {string} base @param {{ method?: string, path: string, token: string, agent?: http.Agent,
 *   headers?: Record<string, string>, body?: Readable }} request
 * @returns {Promise<number>}
 */
function send(base, { method = 'GET', path, token, agent, headers = {}, body }) {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        agent,
        headers: { Authorization: `Bearer ${token}`, ...headers }
      },
      res => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      }
    )
    req.on('error', reject)
    if (body) body.pipe(req)
    else req.end()
  })
}

/** Milliseconds per request, one at a time over one kept-alive connection. @param {string} base @param {string} token @param {number} count */
async function latencies(base, token, count) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const times = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    const status = await send(base, { path: '/api/v1/jamf-pro-version', token, agent })
    if (status !== 200) throw new Error(`GET /api/v1/jamf-pro-version answered ${status} at ${base}`)
    times.push(performance.now() - started)
  }
  agent.destroy()
  return times
}

/** MiB/s of one multipart upload of `mib` MiB, generated as it is sent. @param {string} base @param {string} token @param {number} mib */
async function upload(base, token, mib) {
  const boundary = 'bench-boundary-5f0d1c'
  const chunk = Buffer.alloc(1024 * 1024, 7)
  const body = Readable.from(
    (function* () {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Bench.pkg"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n'
      )
      for (let i = 0; i < mib; i++) yield chunk
      yield Buffer.from(`\r\n--${boundary}--\r\n`)
    })()
  )
  const started = performance.now()
  const status = await send(base, {
    method: 'POST',
    path: '/api/v1/packages/1/upload',
    token,
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body
  })
  if (status !== 201) throw new Error(`the upload answered ${status} at ${base}`)
  return mib / ((performance.now() - started) / 1000)
}

/** Peak resident memory of a process in MB, from Linux's /proc; undefined elsewhere. @param {number} pid */
function peakRssMb(pid) {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb === undefined ? undefined : Number(kb) / 1000
  } catch {
    return undefined
  }
}

/**
 * Runs the measurements; returns the lines to print and the budgets broken.
 * @param {{ requests: number, uploadMib: number }} options
 */
export async function benchRelay({ requests, uploadMib }) {
  const jamf = await startSimulator()
  const inputs = {
    url: jamf.url,
    'client-id': DEFAULT_CREDENTIALS.clientId,
    'client-secret': DEFAULT_CREDENTIALS.clientSecret,
    relay: 'true'
  }
  const main = await runStep('main', { inputs, timeoutMs: 20_000 })
  const pid = Number(main.state['relay-pid'])
  try {
    if (main.exitCode !== 0) throw new Error(`the main step failed:\n${main.stdout}${main.stderr}`)
    const relay = { url: main.outputs.url, token: main.outputs.token }
    const direct = { url: jamf.url, token: jamf.tokens[0].token }
    const created = await send(direct.url, {
      method: 'POST',
      path: '/api/v1/packages',
      token: direct.token,
      headers: { 'Content-Type': 'application/json' },
      body: Readable.from([JSON.stringify({ ...PACKAGE, packageName: 'Bench', fileName: 'Bench.pkg' })])
    })
    if (created !== 201) throw new Error(`creating the package answered ${created}`)

    // Warm up both paths, then alternate blocks so that drift in the machine's load hits both alike.
    await latencies(direct.url, direct.token, 200)
    await latencies(relay.url, relay.token, 200)
    const times = { direct: /** @type {number[]} */ ([]), relay: /** @type {number[]} */ ([]) }
    for (let done = 0; done < requests; done += 100) {
      times.direct.push(...(await latencies(direct.url, direct.token, 100)))
      times.relay.push(...(await latencies(relay.url, relay.token, 100)))
    }
    const added = median(times.relay) - median(times.direct)

    const beforeUpload = peakRssMb(pid)
    const speeds = { direct: /** @type {number[]} */ ([]), relay: /** @type {number[]} */ ([]) }
    for (let round = 0; round < 3; round++) {
      speeds.direct.push(await upload(direct.url, direct.token, uploadMib))
      speeds.relay.push(await upload(relay.url, relay.token, uploadMib))
    }
    const ratio = Math.max(...speeds.relay) / Math.max(...speeds.direct)
    const rss = peakRssMb(pid)
    const post = await runStep('post', { inputs, state: main.state, env: main.exported, timeoutMs: 20_000 })

    const lines = [
      `Relay (Node ${process.version}, HTTP on loopback):`,
      `  request   median ${median(times.direct).toFixed(3)} ms direct, ${median(times.relay).toFixed(3)} ms through the relay: +${added.toFixed(3)} ms (${requests} requests each)`,
      `  upload    ${uploadMib} MiB: ${Math.max(...speeds.direct).toFixed(0)} MiB/s direct, ${Math.max(...speeds.relay).toFixed(0)} MiB/s through the relay: ${(ratio * 100).toFixed(0)} % (best of 3)`,
      `  memory    relay peak RSS ${rss === undefined ? 'not measured (Linux only)' : `${rss.toFixed(1)} MB (${beforeUpload?.toFixed(1)} MB before the uploads)`}`,
      `  post step ${post.elapsedMs.toFixed(0)} ms, exit ${post.exitCode}`
    ]
    const problems = [
      added > RELAY_BUDGET.addedLatencyMs
        ? `relay: +${added.toFixed(3)} ms per request, over the budget of ${RELAY_BUDGET.addedLatencyMs} ms`
        : '',
      ratio < RELAY_BUDGET.uploadRatio
        ? `relay: upload at ${(ratio * 100).toFixed(0)} % of direct, under the budget of ${RELAY_BUDGET.uploadRatio * 100} %`
        : '',
      rss !== undefined && rss >= RELAY_BUDGET.peakRssMb
        ? `relay: peak RSS ${rss.toFixed(1)} MB, over the budget of ${RELAY_BUDGET.peakRssMb} MB`
        : '',
      post.exitCode !== 0 ? 'relay: the post step failed' : ''
    ].filter(Boolean)
    return { lines, problems }
  } finally {
    try {
      if (pid > 0) process.kill(pid, 'SIGKILL')
    } catch {
      // stopped by the post step
    }
    await jamf.close()
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '2000' },
      'upload-mib': { type: 'string', default: '1024' }
    }
  })
  const { lines, problems } = await benchRelay({
    requests: Number(values.requests),
    uploadMib: Number(values['upload-mib'])
  })
  for (const line of lines) console.log(line)
  for (const problem of problems) console.error(`::error::${problem}`)
  process.exitCode = problems.length === 0 ? 0 : 1
}
