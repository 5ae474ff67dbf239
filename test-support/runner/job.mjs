// @ts-check
// A job's directories on a GitHub-hosted Linux runner and the environment its JavaScript steps get
// (Handler.cs, NodeScriptActionHandler.cs, GitHubContext.cs, RunnerContext.cs, ProcessInvoker.cs):
// the runner's own environment (PATH, HOME, RUNNER_TRACKING_ID), the job's variables from GITHUB_ENV,
// the step's `env:`, STATE_*, INPUT_*, then the github and runner contexts as GITHUB_* and RUNNER_*
// (which `env:` cannot override), GITHUB_ACTIONS=true and CI=true unless set. A JavaScript action gets
// no GITHUB_ACTION_PATH (composite actions only) and NODE_ICU_DATA is removed.
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

/** @type {Partial<Record<NodeJS.Platform, string>>} */
const OS = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }
/** @type {Partial<Record<NodeJS.Architecture, string>>} */
const ARCH = { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }
/** The workflow around the step: `uses: your-org/jamf-pro-auth@v1` with `id: jamf`, on a push to main. */
const WORKFLOW = {
  action: 'jamf',
  action_repository: 'your-org/jamf-pro-auth',
  action_ref: 'v1',
  actor: 'octocat',
  actor_id: '583231',
  api_url: 'https://api.github.com',
  base_ref: '',
  event_name: 'push',
  graphql_url: 'https://api.github.com/graphql',
  head_ref: '',
  job: 'deploy',
  ref: 'refs/heads/main',
  ref_name: 'main',
  ref_protected: 'false',
  ref_type: 'branch',
  repository: 'your-org/macadmin',
  repository_id: '123456789',
  repository_owner: 'your-org',
  repository_owner_id: '987654',
  retention_days: '90',
  run_attempt: '1',
  run_id: '1234567890',
  run_number: '42',
  server_url: 'https://github.com',
  sha: 'ffac537e6cbbf934b08745a378932722df287a53',
  triggering_actor: 'octocat',
  workflow: 'Deploy',
  workflow_ref: 'your-org/macadmin/.github/workflows/deploy.yml@refs/heads/main',
  workflow_sha: 'ffac537e6cbbf934b08745a378932722df287a53'
}

/**
 * A job's directories and the values its runner keeps for every step; the github context its steps share.
 * @typedef {object} Job
 * @property {string} root
 * @property {string} temp
 * @property {string} toolCache
 * @property {string} workspaceRoot
 * @property {string} workspace
 * @property {string} fileCommands
 * @property {string} eventPath
 * @property {string} trackingId
 * @property {string} runtimeToken
 * @property {Record<string, string>} github
 * @property {() => void} remove
 */

/**
 * A job's directories (removed by `remove()`) and the values its runner keeps for every step. `github`
 * changes the github context (e.g. event_name, job); `event` is the payload at GITHUB_EVENT_PATH.
 * @param {{ github?: Record<string, string>, event?: unknown }} [options] @returns {Job}
 */
export function createJob({ github = {}, event } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'jamf-pro-auth-job-'))
  const job = {
    root,
    temp: join(root, '_temp'),
    toolCache: join(root, '_tool'),
    workspaceRoot: join(root, 'macadmin'),
    workspace: join(root, 'macadmin', 'macadmin'),
    fileCommands: join(root, '_temp', '_runner_file_commands'),
    eventPath: join(root, '_temp', '_github_workflow', 'event.json'),
    trackingId: `github_${randomUUID()}`,
    runtimeToken: randomBytes(24).toString('base64url'),
    github: { ...WORKFLOW, ...github },
    remove: () => rmSync(root, { recursive: true, force: true })
  }
  for (const dir of [job.toolCache, job.workspace, job.fileCommands, join(job.temp, '_github_workflow')])
    mkdirSync(dir, { recursive: true })
  const payload = event ?? { ref: job.github.ref, after: job.github.sha, repository: {} }
  writeFileSync(job.eventPath, JSON.stringify(payload))
  return job
}

/** @param {string} prefix @param {Record<string, string>} values @returns {Record<string, string>} */
const withPrefix = (prefix, values) =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [`${prefix}${name.toUpperCase()}`, value]))

/**
 * One step's environment. `files` are its file commands (GITHUB_ENV...), `jobEnv` what earlier steps
 * exported, `env` the step's `env:`, `paths` what earlier steps added to PATH, `github` what differs
 * for this step (a `run:` step's GITHUB_ACTION is `__run`, and it has no action repository or ref).
 * @param {Job} job
 * @param {{ files: Record<string, string>, inputs: Record<string, string>, state: Record<string, string>,
 *   jobEnv: Record<string, string>, env: Record<string, string>, paths: string[],
 *   github?: Record<string, string> }} step
 * @returns {Record<string, string>}
 */
export function stepEnvironment(job, { files, inputs, state, jobEnv, env, paths, github = {} }) {
  /** @type {Record<string, string>} */
  const environment = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? job.root,
    RUNNER_TRACKING_ID: job.trackingId,
    ...jobEnv,
    ...env,
    ...Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value])),
    ...inputs
  }
  if (paths.length > 0) environment.PATH = [...paths].reverse().concat(environment.PATH).join(delimiter)
  Object.assign(
    environment,
    withPrefix('GITHUB_', { ...job.github, ...github, workspace: job.workspace, event_path: job.eventPath }),
    files,
    withPrefix('RUNNER_', {
      os: OS[process.platform] ?? 'Unsupported',
      arch: ARCH[process.arch] ?? 'Unsupported',
      name: 'GitHub Actions 1000000001',
      environment: 'github-hosted',
      temp: job.temp,
      tool_cache: job.toolCache,
      workspace: job.workspaceRoot
    }),
    // Only ever read by the runner's own services; a loopback address keeps any stray use off the network.
    { ACTIONS_RUNTIME_URL: 'http://127.0.0.1:9/runtime/', ACTIONS_RUNTIME_TOKEN: job.runtimeToken }
  )
  delete environment.NODE_ICU_DATA
  environment.GITHUB_ACTIONS = 'true'
  environment.CI ??= 'true'
  return environment
}
