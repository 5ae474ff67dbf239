// @ts-check
// How long the main step holds a job when Jamf Pro is dead, with action.yml's default inputs: a port
// that refuses connections, and a server that accepts them and never answers. Runs the committed dist/.
// `node scripts/dead-server.mjs` (the second case takes under a minute); `--refused` runs only the first.
import { createServer } from 'node:net'
import { renderLog, runStep } from '../test-support/runner.mjs'

const inputs = { 'client-id': 'id', 'client-secret': 'secret' }

/** @param {string} name @param {string} url */
async function measure(name, url) {
  const step = await runStep('main', { inputs: { ...inputs, url }, timeoutMs: 600_000 })
  const error = renderLog(step.commands.filter(line => line.command === 'error'))
  console.log(`${name}: exit ${step.exitCode} after ${(step.elapsedMs / 1000).toFixed(1)} s\n  ${error}`)
}

/** @param {import('node:net').Server} server @returns {Promise<number>} */
const listen = server =>
  new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port)
    )
  )

// A port that was free a moment ago refuses connections.
const probe = createServer()
const closedPort = await listen(probe)
await new Promise(resolve => probe.close(resolve))
await measure('connection refused', `http://127.0.0.1:${closedPort}`)

if (!process.argv.includes('--refused')) {
  const sockets = new Set()
  const silent = createServer(socket => sockets.add(socket))
  const port = await listen(silent)
  await measure('accepts, never answers', `http://127.0.0.1:${port}`)
  for (const socket of sockets) socket.destroy()
  silent.close()
}
