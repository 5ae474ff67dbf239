// Runs the committed dist/ bundles the way a GitHub runner does: INPUT_* variables with action.yml's
// defaults, the GITHUB_OUTPUT/GITHUB_ENV/GITHUB_STATE/GITHUB_STEP_SUMMARY file commands, then the post
// step with the main step's state as STATE_* variables. Used by the end-to-end tests and `npm run demo`.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** action.yml's input defaults, as the runner fills them in. */
export function actionDefaults() {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']))
}

/** `name<<DELIMITER\nvalue\nDELIMITER` entries, as @actions/core writes them. */
export function parseFileCommands(text) {
  const values = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, i + 1)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=')
      values[lines[i].slice(0, at)] = lines[i].slice(at + 1)
    }
  }
  return values
}

/** Workflow commands (`::name props::message`) in a step's output, in order; other lines as `log`. */
export function parseCommands(stdout) {
  return stdout
    .split(/\r?\n/)
    .filter(line => line !== '')
    .map(line => {
      const match = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line)
      return match ? { command: match[1], message: unescape(match[3]) } : { command: 'log', message: line }
    })
}

function unescape(value) {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/**
 * What the Actions log shows: masked values (and their lines) as ***, masks and debug lines hidden
 * unless debug is on, annotations labelled. Like the runner, a value is masked only after its command.
 */
export function renderLog(commands, { debug = false } = {}) {
  const masks = []
  const shown = []
  for (const { command, message } of commands) {
    if (command === 'add-mask') {
      masks.push(message)
      continue
    }
    if (command === 'debug' && !debug) continue
    const text = masks.filter(Boolean).reduce((out, mask) => out.split(mask).join('***'), message)
    const label =
      { error: 'Error: ', warning: 'Warning: ', notice: 'Notice: ', debug: '##[debug]' }[command] ?? ''
    shown.push(`${label}${text}`)
  }
  return shown.join('\n')
}

/**
 * Runs one step (`main` or `post`) of the built action. `inputs` are what a workflow's `with:` gives;
 * `state` is the main step's saved state for the post step; `env` adds variables (e.g. RUNNER_DEBUG);
 * `args` runs another script in the step's place (the benchmark's floor).
 */
export async function runStep(
  step,
  {
    inputs = {},
    state = {},
    env = {},
    timeoutMs = 120_000,
    args = [join(ROOT, 'dist', step, 'index.js')]
  } = {}
) {
  const dir = mkdtempSync(join(tmpdir(), 'jamf-pro-auth-step-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const withDefaults = { ...actionDefaults(), ...inputs }
  const stepEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    ...files,
    ...Object.fromEntries(
      Object.entries(withDefaults).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    ...Object.fromEntries(Object.entries(state).map(([name, value]) => [`STATE_${name}`, value])),
    ...env
  }
  const started = performance.now()
  const child = spawn(process.execPath, args, { env: stepEnv, cwd: dir })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += chunk))
  child.stderr.on('data', chunk => (stderr += chunk))
  const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const exitCode = await new Promise(resolve => child.on('close', code => resolve(code)))
  clearTimeout(killer)
  const elapsedMs = performance.now() - started
  const read = name => readFileSync(files[name], 'utf8')
  const result = {
    step,
    exitCode,
    elapsedMs,
    stdout,
    stderr,
    commands: parseCommands(stdout),
    outputs: parseFileCommands(read('GITHUB_OUTPUT')),
    exported: parseFileCommands(read('GITHUB_ENV')),
    state: parseFileCommands(read('GITHUB_STATE')),
    summary: read('GITHUB_STEP_SUMMARY')
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

/**
 * A job: the main step, then `between(main)` (the workflow's later steps), then the post step with
 * the main step's state and its exported variables, as the runner does.
 */
export async function runJob({ inputs = {}, env = {}, between } = {}) {
  const main = await runStep('main', { inputs, env })
  const consumer = between ? await between(main) : undefined
  const post = await runStep('post', { inputs, env: { ...env, ...main.exported }, state: main.state })
  return { main, consumer, post }
}
