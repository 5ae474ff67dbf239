// Post step of the e2e check. It runs after the post steps of the actions used later in the job, so
// the action under test has already invalidated its tokens (or, with invalidate-token: 'false', not).
// Each token listed in the token file must be rejected (`invalid`) or accepted (`valid`) by the simulator;
// each URL listed as `stopped` (a relay the action started) must refuse connections.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
const input = (name, fallback) => (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim() || fallback
const state = name => process.env[`STATE_${name}`] ?? ''

const tokenFile = input('token-file', 'e2e-tokens.txt')
const url = state('url')
const problems = []
if (url === '') problems.push('The main step of this action saved no simulator URL.')

const tokenPath = path.join(workspace, tokenFile)
const lines = existsSync(tokenPath)
  ? readFileSync(tokenPath, 'utf8')
      .split(/\r?\n/)
      .filter(line => line.trim() !== '')
  : []
if (lines.length === 0)
  problems.push(`No tokens were recorded in ${tokenFile}: nothing shows the post step worked.`)

for (const line of url === '' ? [] : lines) {
  const [expected, label, token] = line.trim().split(/\s+/)
  if (!['valid', 'invalid', 'stopped'].includes(expected) || !label || !token) {
    problems.push(
      `${tokenFile} has a line that is not "valid|invalid <label> <token>" or "stopped <label> <url>".`
    )
    continue
  }
  if (expected === 'stopped') {
    const answered = await fetch(token, { signal: AbortSignal.timeout(5000) }).then(
      () => true,
      () => false
    )
    if (answered) problems.push(`${label}: ${token} still answers after the job's post steps.`)
    else console.log(`OK   ${label}: nothing listens at ${token} any more`)
    continue
  }
  // The token is masked already: the action under test masked it when it got it.
  let status
  try {
    const response = await fetch(`${url}/api/v1/auth`, {
      headers: { Authorization: `Bearer ${token}` },
      redirect: 'manual',
      signal: AbortSignal.timeout(5000)
    })
    status = response.status
    await response.arrayBuffer()
  } catch (error) {
    problems.push(`${label}: GET /api/v1/auth failed: ${error.message}`)
    continue
  }
  const wanted = expected === 'invalid' ? 401 : 200
  const outcome = `${label}: GET /api/v1/auth answered ${status} (expected ${wanted}, token ${expected})`
  if (status === wanted) console.log(`OK   ${outcome}`)
  else problems.push(outcome)
}

// Stop the simulator first (give it a moment to flush its log), then show the log.
const pid = Number(state('pid'))
if (pid > 0) {
  try {
    process.kill(pid)
    for (let i = 0; i < 20; i++) {
      await sleep(100)
      process.kill(pid, 0) // throws once the process is gone
    }
  } catch {
    // Gone. (The runner also ends leftover processes at the end of the job.)
  }
}
const logFile = state('log_file')
if (logFile !== '' && existsSync(path.join(workspace, logFile))) {
  console.log('::group::Simulator log')
  console.log(readFileSync(path.join(workspace, logFile), 'utf8'))
  console.log('::endgroup::')
}

for (const problem of problems) console.log(`::error title=E2E post-step check::${problem}`)
process.exit(problems.length > 0 ? 1 : 0)
