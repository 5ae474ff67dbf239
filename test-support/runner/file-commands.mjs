// @ts-check
// The file commands as the runner reads them once a step has ended (FileCommandManager.cs), each file
// on its own and in the runner's order: GITHUB_PATH, GITHUB_ENV, GITHUB_STEP_SUMMARY, GITHUB_STATE,
// GITHUB_OUTPUT. Entries are `name=value` or `name<<DELIMITER` ... `DELIMITER`, split on LF only (a Linux
// runner); the first malformed entry fails the step, after the entries before it have taken effect.
// NODE_OPTIONS cannot be set through GITHUB_ENV: the runner drops it with an error, and the step goes on.
import { randomUUID } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @typedef {'GITHUB_PATH' | 'GITHUB_ENV' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_STATE' | 'GITHUB_OUTPUT'} FileVariable
 * @typedef {Record<FileVariable, string>} FileCommands One step's file commands: each variable's file.
 */
/**
 * What the runner takes from a step's file commands.
 * @typedef {object} FileCommandResult
 * @property {string[]} paths directories added to PATH
 * @property {Record<string, string>} exported
 * @property {string} summary
 * @property {Record<string, string>} state
 * @property {Record<string, string>} outputs
 * @property {import('./workflow-commands.mjs').Command[]} commands the runner's own error lines
 * @property {boolean} failed
 */

/**
 * Variable, the runner's name for it in its errors, and its file name prefix.
 * @type {[variable: FileVariable, name: string, prefix: string][]}
 */
const FILES = [
  ['GITHUB_PATH', 'path', 'add_path_'],
  ['GITHUB_ENV', 'env', 'set_env_'],
  ['GITHUB_STEP_SUMMARY', 'step_summary', 'step_summary_'],
  ['GITHUB_STATE', 'state', 'save_state_'],
  ['GITHUB_OUTPUT', 'output', 'set_output_']
]
const SUMMARY_LIMIT = 1024 * 1024

/**
 * The `name`/`value` entries of a file command, in order; throws the runner's error at a malformed one.
 * @param {string} text @returns {Generator<[name: string, value: string]>}
 */
function* entries(text) {
  let index = 0
  const readLine = () => {
    if (index >= text.length) return undefined
    const lf = text.indexOf('\n', index)
    const line = text.slice(index, lf < 0 ? text.length : lf)
    index = lf < 0 ? text.length : lf + 1
    return { line, newline: lf >= 0 }
  }
  for (let read = readLine(); read; read = readLine()) {
    const { line } = read
    if (line === '') continue
    const equals = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      // The runner lets an empty name through here: its check looks at the line, not the name.
      yield [line.slice(0, equals), line.slice(equals + 1)]
    } else if (heredoc >= 0) {
      const [name, delimiter] = [line.slice(0, heredoc), line.slice(heredoc + 2)]
      if (!name || !delimiter)
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`)
      const start = index
      let end = index
      for (let next = readLine(); next?.line !== delimiter; next = readLine()) {
        if (!next) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`)
        if (!next.newline) throw new Error('Invalid value. EOF marker missing new line.')
        end = index - 1
      }
      yield [name, text.slice(start, end)]
    } else {
      throw new Error(`Invalid format '${line}'`)
    }
  }
}

/**
 * A file command's entries as an object; throws the runner's error on the first malformed entry.
 * @param {string} text @returns {Record<string, string>}
 */
export const parseFileCommands = text => Object.fromEntries(entries(text))

/** Fresh, empty files for one step, in `dir`, as GITHUB_* variables. @param {string} dir */
export function createFileCommands(dir) {
  const suffix = randomUUID()
  const files = /** @type {FileCommands} */ (
    Object.fromEntries(FILES.map(([variable, , prefix]) => [variable, join(dir, `${prefix}${suffix}`)]))
  )
  for (const file of Object.values(files)) writeFileSync(file, '')
  return files
}

/**
 * What the runner makes of the files: PATH additions, exported variables, the summary, state and
 * outputs; its own error lines (`runner: true`), and whether they fail the step.
 * @param {FileCommands} files @returns {FileCommandResult}
 */
export function readFileCommands(files) {
  /** @type {FileCommandResult} */
  const result = { paths: [], exported: {}, summary: '', state: {}, outputs: {}, commands: [], failed: false }
  /** @param {string} message */
  const error = message => result.commands.push({ command: 'error', message, runner: true })
  /** @param {FileVariable} variable */
  const read = variable => readFileSync(files[variable], 'utf8').replace(/^\uFEFF/, '')
  /**
   * @param {FileVariable} variable @param {string} context
   * @param {(name: string, value: string) => void} set
   */
  const apply = (variable, context, set) => {
    try {
      for (const [name, value] of entries(read(variable))) set(name, value)
    } catch (failure) {
      error(`Unable to process file command '${context}' successfully.`)
      // entries() and readFileSync throw Errors only.
      error(/** @type {Error} */ (failure).message)
      result.failed = true
    }
  }
  for (const line of read('GITHUB_PATH')
    .split(/\r\n|\r|\n/)
    .filter(Boolean)) {
    result.paths = [...result.paths.filter(path => path !== line), line]
  }
  apply('GITHUB_ENV', 'env', (name, value) => {
    if (name.toUpperCase() === 'NODE_OPTIONS')
      error("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.")
    else result.exported[name] = value
  })
  result.summary = read('GITHUB_STEP_SUMMARY')
  const size = statSync(files.GITHUB_STEP_SUMMARY).size
  if (size > SUMMARY_LIMIT)
    error(
      `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, got ` +
        `${Math.floor(size / 1024)}k. For more information see: ` +
        'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary'
    )
  apply('GITHUB_STATE', 'state', (name, value) => (result.state[name] = value))
  apply('GITHUB_OUTPUT', 'output', (name, value) => (result.outputs[name] = value))
  return result
}
