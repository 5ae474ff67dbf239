// Main step of the e2e check: start the simulator detached from this step (so it outlives it on Linux,
// macOS and Windows alike), wait for its ready file, and hand its URL to later steps.
import { spawn } from 'node:child_process'
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
const input = (name, fallback) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim() || fallback

/** Appends name=value to a runner file command (GITHUB_OUTPUT, GITHUB_STATE). */
function fileCommand(variable, name, value) {
  if (/[\r\n]/.test(value)) throw new Error(`${name} must be a single line`)
  appendFileSync(process.env[variable], `${name}=${value}\n`)
}

function fail(message) {
  console.log(`::error title=E2E check::${message}`)
  process.exit(1)
}

const port = input('port', '0')
const timeoutSeconds = Number(input('ready-timeout', '30'))
const tokenFile = input('token-file', 'e2e-tokens.txt')
const clientTokenLifetime = input('client-token-lifetime', '1800')
const readyFile = 'sim-url.txt'
const logFile = 'sim.log'
if (!/^\d{1,5}$/.test(port)) fail('Input port must be a port number.')
if (!(timeoutSeconds > 0)) fail('Input ready-timeout must be a positive number of seconds.')
if (!/^[1-9]\d*$/.test(clientTokenLifetime))
  fail('Input client-token-lifetime must be a whole number of seconds.')

for (const file of [readyFile, logFile, tokenFile]) rmSync(path.join(workspace, file), { force: true })

const log = openSync(path.join(workspace, logFile), 'a')
// API client tokens live 30 minutes by default here, not the real 60 s: the post-step check must see a kept
// token still valid at the end of the job, and an invalidated one refused because it was invalidated. The
// relay's check asks for a few seconds, so that one step outlives many tokens.
const args = [
  'simulator/cli.mjs',
  '--port',
  port,
  '--client-token-lifetime',
  clientTokenLifetime,
  '--ready-file',
  readyFile
]
const child = spawn(process.execPath, args, {
  cwd: workspace,
  detached: true,
  stdio: ['ignore', log, log],
  windowsHide: true
})
closeSync(log)
let exited
child.on('exit', (code, signal) => (exited = signal ?? `exit code ${code}`))
child.on('error', error => (exited = error.message))

const showLog = () => {
  console.log('::group::Simulator log')
  console.log(readFileSync(path.join(workspace, logFile), 'utf8'))
  console.log('::endgroup::')
}

const deadline = Date.now() + timeoutSeconds * 1000
let url = ''
while (url === '') {
  const ready = path.join(workspace, readyFile)
  if (existsSync(ready)) url = readFileSync(ready, 'utf8').trim()
  if (url !== '') break
  if (exited !== undefined) {
    showLog()
    fail(`The simulator stopped before it was ready (${exited}).`)
  }
  if (Date.now() > deadline) {
    showLog()
    child.kill()
    fail(`The simulator was not ready within ${timeoutSeconds} s.`)
  }
  await sleep(200)
}

if (!/^https?:\/\/\S+$/.test(url)) {
  child.kill()
  fail(`The simulator's ready file holds no URL: ${JSON.stringify(url.slice(0, 200))}.`)
}
child.unref()
fileCommand('GITHUB_STATE', 'pid', String(child.pid))
fileCommand('GITHUB_STATE', 'log_file', logFile)
fileCommand('GITHUB_STATE', 'url', url)
fileCommand('GITHUB_OUTPUT', 'url', url)
fileCommand('GITHUB_OUTPUT', 'log-file', logFile)
console.log(`The simulator listens at ${url} (pid ${child.pid}); its log is ${logFile}.`)
console.log(`The post step of this action will check the tokens listed in ${tokenFile}.`)
