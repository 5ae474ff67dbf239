#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: the built bundles' cold main and post steps against the simulator on loopback, beside
 * the floor (scripts/floor.mjs: the same protocol work with Node built-ins only). Every step is a fresh
 * `node` process with a runner's environment, as test-support/runner.mjs runs it, timed from spawn to exit;
 * action and floor jobs alternate, with an empty `node` each round for reference. Prints the medians, their
 * ratio, the requests and TCP connections of each step (from the simulator's records) and the bundle sizes,
 * and exits 1 when a budget is broken:
 *   - main step: median at most 1.5x the floor's; token and verify requests over one kept-alive connection;
 *   - post step: one request;
 *   - the relay (scripts/bench-relay.mjs): at most 1 ms added per request, an upload of 1 GiB at 80 % of
 *     the direct throughput or more, and a peak memory under 100 MB.
 *
 *   node scripts/bench.mjs [--rounds N] [--warmup N] [--dist DIR] [--https]
 *
 * Defaults: 21 rounds after 2 warm-ups (about 10 s), the bundles in dist/, plain HTTP. --dist times another
 * build (e.g. a copy of the old dist/). --https serves a self-signed certificate, trusted through
 * NODE_EXTRA_CA_CERTS, as a real Jamf Pro would: the floor then loads node:https too, which
 * @actions/http-client loads whatever the URL. Needs Node 24, as `npm run` puts node_modules/.bin first.
 */
import { rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEFAULT_CREDENTIALS, startSimulator } from '../simulator/server.mjs'
import { generateCertificate } from '../simulator/tls.mjs'
import { ROOT, runStep } from '../test-support/runner.mjs'
import { benchRelay } from './bench-relay.mjs'

const BUDGET = { mainRatio: 1.5, mainRequests: 2, mainConnections: 1, postRequests: 1 }

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '21' },
    warmup: { type: 'string', default: '2' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
    https: { type: 'boolean', default: false }
  }
})
const rounds = Number(args.rounds)
const warmup = Number(args.warmup)
const dist = resolve(args.dist)
if (process.versions.node.split('.')[0] !== '24') {
  console.error(`bench: the action runs on Node 24, this is Node ${process.version}: use npm run bench.`)
  process.exit(1)
}

const tls = args.https ? await generateCertificate() : undefined
const jamf = await startSimulator({ https: tls ? { cert: tls.cert, key: tls.key } : false })
const inputs = {
  url: jamf.url,
  'client-id': DEFAULT_CREDENTIALS.clientId,
  'client-secret': DEFAULT_CREDENTIALS.clientSecret
}
const floor = join(ROOT, 'scripts', 'floor.mjs')
const commands = {
  action: { main: [join(dist, 'main', 'index.js')], post: [join(dist, 'post', 'index.js')] },
  floor: { main: [floor, 'main'], post: [floor, 'post'] }
}

/** One step in a fresh process, as a runner starts it. @param {string[]} args @param {Record<string, string>} [state] */
async function runOnce(args, state = {}) {
  const requestsBefore = jamf.requests.length
  const connectionsBefore = jamf.connections
  /** @type {Record<string, string>} */
  const env = tls ? { NODE_EXTRA_CA_CERTS: tls.certPath } : {}
  const step = await runStep('main', { args, inputs, state, env, timeoutMs: 20_000 })
  return {
    ms: step.elapsedMs,
    exitCode: step.exitCode,
    output: step.stdout + step.stderr,
    requests: jamf.requests.length - requestsBefore,
    connections: jamf.connections - connectionsBefore,
    outputs: step.outputs,
    state: step.state
  }
}

/** Each problem once, with the output of the first run that showed it. @type {Map<string, string>} */
const problems = new Map()
/** @param {boolean} ok @param {string} problem @param {string} [output] */
const check = (ok, problem, output = '') => ok || problems.has(problem) || problems.set(problem, output)
/** @param {string} token */
const invalidated = token => jamf.tokens.some(record => record.token === token && record.invalidated)

/** Per subject ('action main', …): the counted times, and every request and connection count seen. */
/** @type {Record<string, { times: number[], requests: Set<number>, connections: Set<number> }>} */
const runs = {}
/** @param {string} name @param {{ ms: number, requests: number, connections: number }} result @param {boolean} counted */
const record = (name, result, counted) => {
  runs[name] ??= { times: [], requests: new Set(), connections: new Set() }
  if (counted) runs[name].times.push(result.ms)
  runs[name].requests.add(result.requests)
  runs[name].connections.add(result.connections)
}

const started = performance.now()
for (let round = 0; round < warmup + rounds; round++) {
  const counted = round >= warmup
  for (const who of /** @type {const} */ (['action', 'floor'])) {
    const main = await runOnce(commands[who].main)
    const token = main.outputs.token ?? ''
    check(main.exitCode === 0 && token !== '', `${who} main step failed`, main.output)
    check(main.state.token === token, `${who} main step saved no token for its post step`, main.output)
    record(`${who} main`, main, counted)
    const post = await runOnce(commands[who].post, main.state)
    check(post.exitCode === 0 && invalidated(token), `${who} post step invalidated no token`, post.output)
    record(`${who} post`, post, counted)
  }
  record('node', await runOnce(['-e', '']), counted)
}
await jamf.close()
if (tls) rmSync(tls.dir, { recursive: true, force: true })
const seconds = (performance.now() - started) / 1000

/** @param {number[]} values */
const median = values => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
/** @param {string} name */
const ms = name => median(runs[name].times)
/** @param {string} name @param {'requests' | 'connections'} what */
const seen = (name, what) => [...runs[name][what]].join('/') // several values: they varied between runs
/** @param {string} step */
const ratio = step => ms(`action ${step}`) / ms(`floor ${step}`)
/** @param {string} step */
const size = step => statSync(join(dist, step, 'index.js')).size

const table = [
  ['step', 'action', 'floor', 'ratio', 'requests', 'connections', 'bundle'],
  ...['main', 'post'].map(step => [
    step,
    `${ms(`action ${step}`).toFixed(1)} ms`,
    `${ms(`floor ${step}`).toFixed(1)} ms`,
    `${ratio(step).toFixed(2)}x`,
    seen(`action ${step}`, 'requests'),
    seen(`action ${step}`, 'connections'),
    `${size(step)} B`
  ])
]
const widths = table[0].map((_, column) => Math.max(...table.map(row => row[column].length)))
console.log(
  `Node ${process.version}, ${tls ? 'HTTPS' : 'HTTP'} on loopback, ${rounds} rounds after ${warmup} warm-ups ` +
    `(${seconds.toFixed(1)} s); medians from spawn to exit:`
)
for (const row of table)
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  )
console.log(
  `An empty node process: ${ms('node').toFixed(1)} ms. Per job (main + post), requests/connections: ` +
    `action ${seen('action main', 'requests')}+${seen('action post', 'requests')}/` +
    `${seen('action main', 'connections')}+${seen('action post', 'connections')}, ` +
    `floor ${seen('floor main', 'requests')}+${seen('floor post', 'requests')}/` +
    `${seen('floor main', 'connections')}+${seen('floor post', 'connections')}.`
)

check(
  ratio('main') <= BUDGET.mainRatio,
  `main step: ${ratio('main').toFixed(2)}x the floor, over the budget of ${BUDGET.mainRatio}x`
)
check(
  seen('action main', 'requests') === String(BUDGET.mainRequests),
  `main step: ${seen('action main', 'requests')} requests, expected ${BUDGET.mainRequests} (token, verify)`
)
check(
  seen('action main', 'connections') === String(BUDGET.mainConnections),
  `main step: ${seen('action main', 'connections')} TCP connections, expected ${BUDGET.mainConnections}: ` +
    'the token and verify requests share one kept-alive connection'
)
check(
  seen('action post', 'requests') === String(BUDGET.postRequests),
  `post step: ${seen('action post', 'requests')} requests, expected ${BUDGET.postRequests}`
)
const relay = await benchRelay({ requests: 2000, uploadMib: 1024 })
for (const line of relay.lines) console.log(line)
for (const problem of relay.problems) check(false, problem)
for (const [problem, output] of problems)
  console.error(`::error::${problem}${output && `\n${output.trimEnd()}`}`)
console.log(problems.size === 0 ? 'Within budget.' : `Over budget: ${problems.size} problem(s).`)
process.exitCode = problems.size === 0 ? 0 : 1
