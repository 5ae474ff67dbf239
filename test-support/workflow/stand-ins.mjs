// @ts-check
// Small local equivalents of what the documentation's workflows take from outside: the actions they use
// (checkout, setup-jamf-cli, upload-artifact) and a tool of GitHub's runner image that this machine lacks
// (gh). Each does, in the job's directories, the part of the real thing the workflows rely on, refuses
// inputs it does not model, and says what it stands in for.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * @typedef {import('../runner.mjs').Job} Job
 * @typedef {import('../runner.mjs').StepResult} StepResult
 * @typedef {Pick<StepResult, 'outcome' | 'outputs' | 'exported' | 'paths' | 'commands'>} StandInResult
 */
/**
 * What a stand-in gets: the job, the step's `with:`, the repository's files, the job's artifacts so far.
 * @typedef {{ job: Job, inputs: Record<string, string>, files: Record<string, string>,
 *   artifacts: Record<string, string> }} StandInContext
 */
/**
 * @typedef {object} StandIn
 * @property {RegExp} match the `uses:` values it stands in for
 * @property {string[]} inputs the inputs it models
 * @property {string} describe
 * @property {(context: StandInContext) => StandInResult} run
 */

const HERE = dirname(fileURLToPath(import.meta.url))
/** @param {string} text */
const quote = text => `'${text.replaceAll("'", "'\\''")}'`

/**
 * An executable `name` in `dir` that runs the stand-in `script` (here) with this Node, `prefix` first.
 * @param {string} dir @param {string} name @param {string} script @param {string[]} [prefix]
 */
function installTool(dir, name, script, prefix = []) {
  mkdirSync(dir, { recursive: true })
  const command = [process.execPath, join(HERE, script), ...prefix].map(quote).join(' ')
  writeFileSync(join(dir, name), `#!/bin/sh\nexec ${command} "$@"\n`, { mode: 0o755 })
}

/** A file the job writes or reads, kept inside `base`. @param {string} base @param {string} path */
function inside(base, path) {
  const full = normalize(join(base, path))
  if (!full.startsWith(`${base}/`)) throw new Error(`${path} is outside the workspace`)
  return full
}

/**
 * The runner image's tools the workflows use and this machine lacks: `gh`, serving `releaseAssets`
 * ({ tag: { fileName: Buffer } }) to `gh release download`. Returns the directory to put on PATH.
 * @param {Job} job @param {Record<string, Record<string, string | Buffer>>} [releaseAssets]
 */
export function prepareImage(job, releaseAssets = {}) {
  const assets = join(job.root, '_release_assets')
  for (const [tag, files] of Object.entries(releaseAssets))
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(assets, tag), { recursive: true })
      writeFileSync(join(assets, tag, name), content)
    }
  const bin = join(job.root, '_image_bin')
  installTool(bin, 'gh', 'gh.mjs', ['--stand-in-assets', assets])
  return bin
}

/** @param {Partial<StandInResult>} [extra] @returns {StandInResult} */
const success = (extra = {}) => ({
  outcome: 'success',
  outputs: {},
  exported: {},
  paths: [],
  commands: [],
  ...extra
})

/** @type {StandIn[]} */
const STAND_INS = [
  {
    match: /^actions\/checkout@/,
    inputs: ['persist-credentials', 'fetch-depth', 'ref'],
    describe: "a workspace holding the test's repository files",
    run: ({ job, files }) => {
      for (const [path, content] of Object.entries(files)) {
        const file = inside(job.workspace, path)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, content)
      }
      return success()
    }
  },
  {
    match: /^Jamf-Concepts\/setup-jamf-cli@/,
    inputs: ['version', 'token'],
    describe: 'a jamf-cli stand-in on PATH (test-support/workflow/jamf-cli.mjs), version "stand-in"',
    run: ({ job }) => {
      const dir = join(job.toolCache, 'jamf-cli')
      installTool(dir, 'jamf-cli', 'jamf-cli.mjs')
      return success({ outputs: { version: 'stand-in' }, paths: [dir] })
    }
  },
  {
    match: /^actions\/upload-artifact@/,
    inputs: ['name', 'path', 'retention-days', 'if-no-files-found'],
    describe: 'the file kept for the test to read instead of uploaded',
    run: ({ job, inputs, artifacts }) => {
      if (/[\n*?!]/.test(inputs.path ?? '')) throw new Error('upload-artifact stand-in: one file path only')
      const file = inside(job.workspace, inputs.path ?? '')
      if (!existsSync(file)) {
        // upload-artifact's default (if-no-files-found: warn): a warning, and the step succeeds.
        const message = `No files were found with the provided path: ${inputs.path}. No artifacts will be uploaded.`
        return success({ commands: [{ command: 'warning', message }] })
      }
      artifacts[inputs.name || 'artifact'] = readFileSync(file, 'utf8')
      return success()
    }
  }
]

/**
 * The stand-in for a `uses:` value, or undefined.
 * @param {string} uses @returns {Pick<StandIn, 'describe' | 'run'> | undefined}
 */
export function findStandIn(uses) {
  const standIn = STAND_INS.find(candidate => candidate.match.test(uses))
  if (!standIn) return undefined
  return {
    describe: standIn.describe,
    run: context => {
      const unknown = Object.keys(context.inputs).filter(name => !standIn.inputs.includes(name))
      if (unknown.length > 0)
        throw new Error(`${uses}: the stand-in does not model the input(s) ${unknown.join(', ')}`)
      return standIn.run(context)
    }
  }
}
