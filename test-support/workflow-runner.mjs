// @ts-check
// Runs a complete workflow from the documentation the way a GitHub runner runs its jobs, one job after
// the other, each step in order in one workspace: this action's step (`uses: your-org/jamf-pro-auth@...`
// or `./`) as the built dist/ through the runner imitation (runner.mjs), `run:` steps in bash (`bash -e`,
// the runner's default shell on Linux) with the job's environment, other actions through small stand-ins
// (workflow/stand-ins.mjs), then the post steps, last first. `${{ }}` values come from the contexts
// (workflow/expressions.mjs): `vars` and `secrets` from the caller's tables, `github` (token, event) from
// `github`, `steps.<id>.outputs`, `runner.temp`. Anything the runner does not model (step `if:`, matrices,
// services, another shell, an action without a stand-in) is refused with an error, not guessed at.
// Every step stood in for or skipped is reported in `notes` and through `print`.
import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { createJob, renderLog, ROOT, runProgram, runStep } from './runner.mjs'
import { readAction } from './runner/action.mjs'
import { evaluateCondition } from './runner/conditions.mjs'
import { substitute, substituteAll } from './workflow/expressions.mjs'
import { findStandIn, prepareImage } from './workflow/stand-ins.mjs'

/**
 * @typedef {import('./runner.mjs').Command} Command
 * @typedef {import('./runner.mjs').Job} Job
 * @typedef {import('./runner.mjs').StepResult} StepResult
 * @typedef {import('./workflow/stand-ins.mjs').StandInResult} StandInResult
 */
/**
 * How to run a workflow; see runWorkflow.
 * @typedef {object} WorkflowOptions
 * @property {Record<string, string>} [vars] The repository's variables (`vars.*`).
 * @property {Record<string, string>} [secrets] The repository's secrets (`secrets.*`).
 * @property {{ token?: string, event?: unknown, [name: string]: unknown }} [github] The github context:
 *   `token`, `event` (the payload), `event_name` and any other value to change.
 * @property {Record<string, string>} [files] The repository's files, as the checkout stand-in writes them
 *   into the workspace.
 * @property {Record<string, Record<string, string | Buffer>>} [releaseAssets] Release assets `gh release
 *   download` finds: { tag: { fileName: content } }.
 * @property {(line: string) => void} [print] Gets one line per step stood in for, skipped or run, with its
 *   outcome.
 * @property {number} [stepTimeoutMs]
 */
/**
 * A step of a job, run or skipped.
 * @typedef {Partial<StepResult> & { label: string, outcome: StepResult['outcome'] }} WorkflowStep
 */
/**
 * A job of the workflow, run to its end.
 * @typedef {object} WorkflowJob
 * @property {string} id
 * @property {'success' | 'failure'} outcome
 * @property {WorkflowStep[]} steps
 * @property {Record<string, string>} artifacts upload-artifact's files, by artifact name.
 * @property {string[]} notes The lines given to `print`.
 * @property {string} log The job's log as the Actions page shows it, secrets and masked values as ***.
 */
/**
 * The parts of a workflow file the runner reads: refuseUnknown checks the keys, nothing checks these types.
 * @typedef {{ name: string, env?: Record<string, unknown>, jobs: Record<string, JobDefinition> }} Workflow
 * @typedef {{ 'runs-on': string, 'timeout-minutes'?: number, env?: Record<string, unknown>,
 *   steps: StepDefinition[] }} JobDefinition
 * @typedef {{ name?: string, id?: string, env?: Record<string, unknown> } & (
 *   { run: string, shell?: string, uses?: undefined, with?: undefined } |
 *   { uses: string, with?: Record<string, unknown>, run?: undefined, shell?: undefined })} StepDefinition
 */
/**
 * A post step to run when the job ends: this action's step, its inputs and the main step's state.
 * @typedef {{ label: string, inputs: Record<string, string>, env: Record<string, string>,
 *   state: Record<string, string>, github: Record<string, string> }} PostStep
 */
/**
 * A job as it runs: what its steps share and what they have recorded so far.
 * @typedef {object} JobState
 * @property {Job} job
 * @property {WorkflowOptions} options
 * @property {Record<string, unknown>} contexts what `${{ }}` reads
 * @property {Record<string, { outputs: Record<string, string>, outcome: string }>} steps by step id
 * @property {string[]} notes
 * @property {(line: string) => void} say
 * @property {Command[]} commands the job's log so far
 * @property {WorkflowStep[]} results
 * @property {PostStep[]} posts last first
 * @property {Record<string, string>} artifacts
 * @property {Record<string, string>} exported
 * @property {string[]} paths
 * @property {'success' | 'failure'} status
 * @property {number} runSteps how many `run:` steps have run
 * @property {number} timeoutMs
 * @property {Record<string, string>} [baseEnv] the workflow's and the job's `env:`
 */

const KEYS = {
  workflow: ['name', 'on', 'permissions', 'concurrency', 'env', 'jobs'],
  job: ['name', 'runs-on', 'timeout-minutes', 'permissions', 'concurrency', 'env', 'steps'],
  step: ['name', 'id', 'uses', 'with', 'env', 'run', 'shell']
}
const THIS_ACTION = /^(?:your-org\/jamf-pro-auth@\S+|\.\/?)$/

/** @param {keyof typeof KEYS} kind @param {string} where @param {object | undefined} value */
function refuseUnknown(kind, where, value) {
  const unknown = Object.keys(value ?? {}).filter(key => !KEYS[kind].includes(key))
  if (unknown.length > 0)
    throw new Error(`${where}: the workflow runner does not model ${unknown.join(', ')}`)
}

/**
 * Runs every job of the workflow `source`. Options: `vars`, `secrets` (tables), `github` ({ token,
 * event_name, event, ... }), `files` (the repository checkout gives), `releaseAssets` ({ tag: { name:
 * content } }), `print` (a line per step; console.log by default), `stepTimeoutMs`.
 * @param {string} source @param {WorkflowOptions} [options]
 * @returns {Promise<{ jobs: WorkflowJob[], outcome: 'success' | 'failure' }>}
 */
export async function runWorkflow(source, options = {}) {
  /** @type {Workflow} */
  const workflow = parse(source)
  refuseUnknown('workflow', 'the workflow', workflow)
  const jobs = []
  for (const [id, job] of Object.entries(workflow.jobs)) jobs.push(await runJobOf(workflow, id, job, options))
  return { jobs, outcome: jobs.every(job => job.outcome === 'success') ? 'success' : 'failure' }
}

/**
 * @param {Workflow} workflow @param {string} jobId @param {JobDefinition} definition
 * @param {WorkflowOptions} options @returns {Promise<WorkflowJob>}
 */
async function runJobOf(workflow, jobId, definition, options) {
  const { vars = {}, secrets = {}, github = {}, print = console.log } = options
  refuseUnknown('job', `jobs.${jobId}`, definition)
  if (!/^ubuntu-/.test(definition['runs-on'])) throw new Error(`jobs.${jobId}: runs-on must be ubuntu-*`)
  const { token = 'ghs_standin', event = {}, ...rest } = github
  // Apart from the token and the event, the github context's values are strings.
  const githubContext = /** @type {Record<string, string>} */ (rest)
  const job = createJob({ github: { workflow: workflow.name, job: jobId, ...githubContext }, event })
  /** @type {JobState['steps']} */
  const steps = {}
  const contexts = {
    vars,
    secrets,
    github: { ...job.github, token, event },
    runner: { temp: job.temp },
    steps
  }
  /** @type {JobState} */
  const state = {
    job,
    options,
    contexts,
    steps,
    notes: [],
    say: line => (state.notes.push(line), print(`[${workflow.name} / ${jobId}] ${line}`)),
    // The runner masks every secret, and the job's GITHUB_TOKEN, in the log.
    commands: [...Object.values(secrets), token].map(message => ({ command: 'add-mask', message })),
    results: [],
    posts: [],
    artifacts: {},
    exported: {},
    paths: [],
    status: 'success',
    runSteps: 0,
    timeoutMs: Math.min((definition['timeout-minutes'] ?? 360) * 60_000, options.stepTimeoutMs ?? 120_000)
  }
  try {
    state.baseEnv = substituteAll({ ...workflow.env, ...definition.env }, state.contexts)
    state.paths = [prepareImage(job, options.releaseAssets)]
    for (const [index, step] of definition.steps.entries()) await runOneStep(state, jobId, index, step)
    await runPostSteps(state)
  } finally {
    job.remove()
  }
  const { status, results, artifacts, notes, commands } = state
  return { id: jobId, outcome: status, steps: results, artifacts, notes, log: renderLog(commands) }
}

/**
 * Records a step's result as the runner does: outputs, exported variables, PATH, the job's status.
 * @param {JobState} state @param {string} label @param {StepResult | StandInResult} result
 * @param {string} [id]
 */
function record(state, label, result, id) {
  state.say(`${label}: ${result.outcome}`)
  state.results.push({ label, ...result })
  state.commands.push(...result.commands)
  state.exported = { ...state.exported, ...result.exported }
  state.paths = [...state.paths.filter(path => !result.paths.includes(path)), ...result.paths]
  if (id) state.steps[id] = { outputs: result.outputs, outcome: result.outcome }
  if (result.outcome !== 'success') state.status = 'failure'
}

/** @param {JobState} state @param {string} jobId @param {number} index @param {StepDefinition} step */
async function runOneStep(state, jobId, index, step) {
  const { job, contexts, say } = state
  const label = `step ${index + 1} "${step.name ?? step.id ?? step.uses ?? 'run'}"`
  refuseUnknown('step', `jobs.${jobId}.${label}`, step)
  if (state.status !== 'success') {
    say(`${label}: skipped, an earlier step failed`)
    state.results.push({ label, outcome: 'skipped' })
    return
  }
  const env = substituteAll(step.env, contexts)
  const base = { job, env, jobEnv: { ...state.baseEnv, ...state.exported }, paths: state.paths }
  Object.assign(base, { timeoutMs: state.timeoutMs })
  if (step.run !== undefined) {
    if ((step.shell ?? 'bash') !== 'bash') throw new Error(`${label}: only bash is modelled`)
    const script = join(job.temp, `${randomUUID()}.sh`)
    writeFileSync(script, substitute(step.run, contexts))
    if (/(?:^|[\s;|&(])gh\s/m.test(step.run))
      say(`${label}: gh is a stand-in: \`gh release download\` copies the test's release assets`)
    const shell = step.shell ? ['--noprofile', '--norc', '-eo', 'pipefail'] : ['-e']
    const action = step.id ?? (++state.runSteps === 1 ? '__run' : `__run_${state.runSteps}`)
    const github = { action, action_repository: '', action_ref: '' }
    return record(
      state,
      label,
      await runProgram(job, { ...base, command: 'bash', args: [...shell, script], github }),
      step.id
    )
  }
  const inputs = substituteAll(step.with, contexts)
  if (THIS_ACTION.test(step.uses)) {
    const github = {
      action: step.id ?? '__your-org_jamf-pro-auth',
      action_repository: 'your-org/jamf-pro-auth'
    }
    const result = await runStep('main', { ...base, inputs, github })
    state.posts.unshift({ label, inputs, env, state: result.state, github })
    return record(state, label, result, step.id)
  }
  const standIn = findStandIn(step.uses)
  if (!standIn) throw new Error(`${label}: no stand-in for uses: ${step.uses}`)
  say(`${label}: stand-in for ${step.uses}: ${standIn.describe}`)
  const { files = {} } = state.options
  record(state, label, standIn.run({ job, inputs, files, artifacts: state.artifacts }), step.id)
}

/**
 * This action's post steps, last first, each if its post-if holds for the job's status.
 * @param {JobState} state
 */
async function runPostSteps(state) {
  const { postIf } = readAction(ROOT)
  for (const post of state.posts) {
    if (!evaluateCondition(postIf, state.status)) continue
    const jobEnv = { ...state.baseEnv, ...state.exported }
    const { job, paths, timeoutMs } = state
    record(state, `post of ${post.label}`, await runStep('post', { job, ...post, jobEnv, paths, timeoutMs }))
  }
}
