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

const KEYS = {
  workflow: ['name', 'on', 'permissions', 'concurrency', 'env', 'jobs'],
  job: ['name', 'runs-on', 'timeout-minutes', 'permissions', 'concurrency', 'env', 'steps'],
  step: ['name', 'id', 'uses', 'with', 'env', 'run', 'shell']
}
const THIS_ACTION = /^(?:your-org\/jamf-pro-auth@\S+|\.\/?)$/

function refuseUnknown(kind, where, value) {
  const unknown = Object.keys(value ?? {}).filter(key => !KEYS[kind].includes(key))
  if (unknown.length > 0)
    throw new Error(`${where}: the workflow runner does not model ${unknown.join(', ')}`)
}

/**
 * Runs every job of the workflow `source`. Options: `vars`, `secrets` (tables), `github` ({ token,
 * event_name, event, ... }), `files` (the repository checkout gives), `releaseAssets` ({ tag: { name:
 * content } }), `print` (a line per step; console.log by default), `stepTimeoutMs`.
 */
export async function runWorkflow(source, options = {}) {
  const workflow = parse(source)
  refuseUnknown('workflow', 'the workflow', workflow)
  const jobs = []
  for (const [id, job] of Object.entries(workflow.jobs)) jobs.push(await runJobOf(workflow, id, job, options))
  return { jobs, outcome: jobs.every(job => job.outcome === 'success') ? 'success' : 'failure' }
}

async function runJobOf(workflow, jobId, definition, options) {
  const { vars = {}, secrets = {}, github = {}, print = console.log } = options
  refuseUnknown('job', `jobs.${jobId}`, definition)
  if (!/^ubuntu-/.test(definition['runs-on'])) throw new Error(`jobs.${jobId}: runs-on must be ubuntu-*`)
  const { token = 'ghs_standin', event = {}, ...githubContext } = github
  const job = createJob({ github: { workflow: workflow.name, job: jobId, ...githubContext }, event })
  const state = {
    job,
    options,
    steps: {},
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
  state.contexts = { vars, secrets, github: { ...job.github, token, event }, runner: { temp: job.temp } }
  state.contexts.steps = state.steps
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

/** Records a step's result as the runner does: outputs, exported variables, PATH, the job's status. */
function record(state, label, result, id) {
  state.say(`${label}: ${result.outcome}`)
  state.results.push({ label, ...result })
  state.commands.push(...result.commands)
  state.exported = { ...state.exported, ...result.exported }
  state.paths = [...state.paths.filter(path => !result.paths.includes(path)), ...result.paths]
  if (id) state.steps[id] = { outputs: result.outputs, outcome: result.outcome }
  if (result.outcome !== 'success') state.status = 'failure'
}

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

/** This action's post steps, last first, each if its post-if holds for the job's status. */
async function runPostSteps(state) {
  const { postIf } = readAction(ROOT)
  for (const post of state.posts) {
    if (!evaluateCondition(postIf, state.status)) continue
    const jobEnv = { ...state.baseEnv, ...state.exported }
    const { job, paths, timeoutMs } = state
    record(state, `post of ${post.label}`, await runStep('post', { job, ...post, jobEnv, paths, timeoutMs }))
  }
}
