// @ts-check
// Runs an action's committed bundles the way a GitHub runner does (actions/runner, Linux), strictly enough
// that no bug hides behind the imitation: the step's environment (runner/job.mjs), INPUT_* with
// action.yml's defaults and the "Unexpected input(s)" warning (runner/action.mjs), workflow commands from
// stdout and stderr (runner/workflow-commands.mjs), the file commands with the runner's errors
// (runner/file-commands.mjs), the process's end, cancellation and time-out (runner/process.mjs), and the
// post step only when its `post-if` holds (runner/conditions.mjs). Used by the end-to-end tests, the
// benchmark and `npm run demo`.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inputDefaults, readAction, stepInputs, stepScript } from './runner/action.mjs'
import { evaluateCondition } from './runner/conditions.mjs'
import { createFileCommands, readFileCommands } from './runner/file-commands.mjs'
import { createJob, stepEnvironment } from './runner/job.mjs'
import { runProcess } from './runner/process.mjs'
import { readCommands } from './runner/workflow-commands.mjs'

export { parseFileCommands } from './runner/file-commands.mjs'
export { createJob } from './runner/job.mjs'
export { renderLog } from './runner/log.mjs'

/**
 * @typedef {import('./runner/job.mjs').Job} Job
 * @typedef {import('./runner/workflow-commands.mjs').Command} Command
 * @typedef {import('./runner/conditions.mjs').Status} Status
 */
/**
 * A step as the runner judges it: exit code, workflow and file commands, cancellation, time-out.
 * @typedef {object} StepResult
 * @property {'main' | 'post'} step
 * @property {Status | 'skipped'} outcome
 * @property {number | null} exitCode
 * @property {NodeJS.Signals | null} signal The signal that killed the process, if one did.
 * @property {number} elapsedMs From the spawn to the end of the step.
 * @property {number | null} exitedAtMs From the spawn to the process's exit.
 * @property {number | null} streamsClosedAfterMs How long after the exit stdout and stderr closed; null if
 *   still open when the runner stopped waiting.
 * @property {import('./runner/process.mjs').Cancellation} [cancellation]
 * @property {string} stdout
 * @property {string} stderr
 * @property {Command[]} commands The log: the step's lines from stdout and stderr in order, and the
 *   runner's own lines.
 * @property {Record<string, string>} outputs
 * @property {Record<string, string>} exported
 * @property {Record<string, string>} state
 * @property {string} summary
 * @property {string[]} paths Directories added to PATH through GITHUB_PATH.
 */
/**
 * How to run a step of the action; see runStep.
 * @typedef {object} StepOptions
 * @property {string} [action] The action's directory (this repository by default).
 * @property {Record<string, string>} [inputs]
 * @property {Record<string, string>} [state]
 * @property {Record<string, string>} [env]
 * @property {number} [timeoutMs]
 * @property {string[]} [args]
 * @property {AbortSignal} [signal]
 * @property {Job} [job] Run in this job (createJob) instead of one of its own; with what its earlier steps
 *   exported.
 * @property {Record<string, string>} [jobEnv]
 * @property {string[]} [paths]
 * @property {Record<string, string>} [github] What differs in this step's github context (GITHUB_ACTION...).
 */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** action.yml's input defaults, as the runner fills them in. */
export const actionDefaults = (action = ROOT) => inputDefaults(readAction(action))

/** What the runner logs when it has cancelled a step: the job was cancelled, or the step timed out. */
const ENDINGS = { cancelled: 'The operation was canceled.', timeout: 'The action has timed out.' }
/**
 * The runner's own line, as a command with `runner: true`.
 * @param {string} command @param {string} message @returns {Command}
 */
const runnerLine = (command, message) => ({ command, message, runner: true })

/**
 * Runs `command ...args` as one step of `job` and reads what the runner reads of it: workflow commands,
 * file commands, the end of the process. `inputs` are INPUT_* variables, `warnings` the runner's own lines
 * about them; `jobEnv` and `paths` are what earlier steps exported; `github` what differs in the step's
 * github context. Used for this action's steps and for a workflow's `run:` steps.
 * @param {Job} job
 * @param {Omit<StepOptions, 'job' | 'action'> &
 *   { command: string, args: string[], warnings?: string[] }} options
 * @returns {Promise<Omit<StepResult, 'step' | 'outcome'> & { outcome: Status }>}
 */
export async function runProgram(job, options) {
  const { command, args, env = {}, inputs = {}, warnings = [], state = {}, jobEnv = {}, paths = [] } = options
  const { github, timeoutMs = 120_000, signal } = options
  const files = createFileCommands(job.fileCommands)
  const environment = stepEnvironment(job, { files, inputs, state, jobEnv, env, paths, github })
  const run = await runProcess({ command, args, env: environment, cwd: job.workspace, signal, timeoutMs })
  const fromOutput = readCommands(run.lines)
  const fromFiles = readFileCommands(files)
  const { cancellation } = run
  const commands = [
    ...warnings.map(message => runnerLine('warning', message)),
    ...fromOutput.commands,
    ...fromFiles.commands,
    ...(cancellation ? [runnerLine('error', ENDINGS[cancellation.reason])] : [])
  ]
  const failed = cancellation || run.exitCode !== 0 || fromOutput.failed || fromFiles.failed
  return {
    outcome: cancellation?.reason === 'cancelled' ? 'cancelled' : failed ? 'failure' : 'success',
    exitCode: run.exitCode,
    signal: run.signal,
    elapsedMs: run.elapsedMs,
    exitedAtMs: run.exitedAtMs,
    streamsClosedAfterMs: run.streamsClosedAfterMs,
    cancellation,
    stdout: run.stdout,
    stderr: run.stderr,
    commands,
    outputs: { ...fromOutput.outputs, ...fromFiles.outputs },
    exported: fromFiles.exported,
    state: { ...fromOutput.state, ...fromFiles.state },
    summary: fromFiles.summary,
    paths: fromFiles.paths
  }
}

/**
 * One step of the action in `job`; see runStep.
 * @param {Job} job @param {'main' | 'post'} step @param {StepOptions} options
 */
async function runInJob(job, step, options) {
  const { action = ROOT, inputs = {}, args } = options
  const manifest = readAction(action)
  const script = stepScript(manifest, step)
  const given = stepInputs(manifest, inputs)
  const result = await runProgram(job, {
    ...options,
    command: process.execPath,
    args: args ?? [script],
    inputs: given.env,
    warnings: given.warnings
  })
  return { step, ...result }
}

/**
 * Runs one step (`main` or `post`) of the action in `action` (this repository by default), in a job of
 * its own unless `job` is given (with `jobEnv` and `paths`, what its earlier steps exported). `inputs`
 * are what a workflow's `with:` gives; `state` is the main step's saved state for the post step; `env`
 * is the step's `env:` (e.g. RUNNER_DEBUG, https_proxy); `args` runs another script in the step's place;
 * `signal` cancels the step as a cancelled job does, `timeoutMs` as `timeout-minutes`.
 * @param {'main' | 'post'} step @param {StepOptions} [options] @returns {Promise<StepResult>}
 */
export async function runStep(step, options = {}) {
  if (options.job) return runInJob(options.job, step, options)
  const job = createJob()
  try {
    return await runInJob(job, step, options)
  } finally {
    job.remove()
  }
}

/**
 * A job: the main step, then `between(main)` (the workflow's later steps, run whatever main's outcome),
 * then the post step with the main step's state, exported variables and PATH additions, if `post-if`
 * holds for the job's status. `signal` cancels the job: the main step if it is still running, and the
 * post step sees cancelled(). A post step that does not run (or an action without one) is returned with
 * outcome 'skipped'.
 * @template [T=unknown]
 * @param {{ action?: string, inputs?: Record<string, string>, env?: Record<string, string>,
 *   between?: (main: StepResult) => Promise<T>, signal?: AbortSignal }} [options]
 * @returns {Promise<{ main: StepResult, consumer: T | undefined, post: StepResult }>}
 */
export async function runJob({ action = ROOT, inputs = {}, env = {}, between, signal } = {}) {
  const job = createJob()
  try {
    const main = await runInJob(job, 'main', { action, inputs, env, signal })
    const consumer = between ? await between(main) : undefined
    const status = signal?.aborted || main.outcome === 'cancelled' ? 'cancelled' : main.outcome
    const { post: script, postIf } = readAction(action)
    const post =
      script && evaluateCondition(postIf, status)
        ? await runInJob(job, 'post', {
            action,
            inputs,
            env,
            state: main.state,
            jobEnv: main.exported,
            paths: main.paths
          })
        : skipped('post')
    return { main, consumer, post }
  } finally {
    job.remove()
  }
}

/** @param {'main' | 'post'} step @returns {StepResult} */
const skipped = step => ({
  step,
  outcome: 'skipped',
  exitCode: null,
  signal: null,
  elapsedMs: 0,
  exitedAtMs: null,
  streamsClosedAfterMs: null,
  cancellation: undefined,
  stdout: '',
  stderr: '',
  commands: [],
  outputs: {},
  exported: {},
  state: {},
  summary: '',
  paths: []
})
