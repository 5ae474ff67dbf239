// @ts-check
// Workflow commands as the runner reads them (ActionCommandManager.cs, ActionCommand.cs): from stdout and
// stderr alike, a line at a time, where LF, CRLF or a lone CR ends a line (.NET's ReadLine). A command is
// `::name k=v,k=v::data` after any leading white space, or the older `##[name k=v;k=v]data` anywhere in a
// line; only the runner's own names count, in any letter case. `::stop-commands::TOKEN` turns commands into
// plain text until `::TOKEN::`. The runner's own lines (warnings, failures) are marked `runner: true`.

/**
 * A line of the step's log: a workflow command, or `log` for plain text.
 * @typedef {object} Command
 * @property {string} command
 * @property {string} message
 * @property {Record<string, string>} [properties] The command's properties (`::error title=…::`), when
 *   it has any; names in lower case.
 * @property {true} [runner] A line the runner writes itself (a warning about inputs, a failed file
 *   command…).
 */
/**
 * A command as parsed from a line, before the runner acts on it.
 * @typedef {{ name: string, properties: Record<string, string>, data: string }} ParsedCommand
 */
/**
 * Escape codes and what they stand for, in the order they are undone.
 * @typedef {[code: string, raw: string][]} Escapes
 */

const NAMES = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning'
])
/** Commands the runner does not echo with `::echo::on`. */
const OMIT_ECHO = new Set(['add-mask', 'debug', 'error', 'notice', 'warning'])

/** @type {Escapes} */
const DATA = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
/** @type {Escapes} */
const PROPERTY = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
/** @type {Escapes} */
const LEGACY = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
]
/** @param {string} text @param {Escapes} mappings */
const unescape = (text, mappings) => mappings.reduce((out, [code, raw]) => out.split(code).join(raw), text)

/** @param {string} name */
const DISABLED = name =>
  `The \`${name}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command ` +
  'execution by setting the `ACTIONS_ALLOW_UNSECURE_COMMANDS` environment variable to `true`. For more ' +
  'information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/'
/** @param {string} name */
const DEPRECATED = name =>
  `The \`${name}\` command is deprecated and will be disabled soon. Please upgrade to using Environment Files. ` +
  'For more information see: https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/'

/** @param {string} text @param {string} separator @param {Escapes} mappings */
function properties(text, separator, mappings) {
  /** @type {Record<string, string>} */
  const found = {}
  for (const pair of text.split(separator).filter(Boolean)) {
    const at = pair.indexOf('=')
    if (at > 0 && at < pair.length - 1)
      found[pair.slice(0, at).toLowerCase()] = unescape(pair.slice(at + 1), mappings)
  }
  return found
}

/**
 * `::name k=v,k=v::data` after leading white space (TryParseV2), if `known(name)`.
 * @param {string} line @param {(name: string) => boolean} known @returns {ParsedCommand | undefined}
 */
function parseCommand(line, known) {
  const text = line.trimStart()
  const end = text.startsWith('::') ? text.indexOf('::', 2) : -1
  if (end < 0) return undefined
  return build(
    text.slice(2, end),
    text.slice(end + 2),
    known,
    info => properties(info.trim(), ',', PROPERTY),
    DATA
  )
}

/**
 * `##[name k=v;k=v]data` anywhere in the line (TryParse), if `known(name)`.
 * @param {string} line @param {(name: string) => boolean} known @returns {ParsedCommand | undefined}
 */
function parseLegacyCommand(line, known) {
  const start = line.indexOf('##[')
  const end = start < 0 ? -1 : line.indexOf(']', start)
  if (end < 0) return undefined
  return build(
    line.slice(start + 3, end),
    line.slice(end + 1),
    known,
    info => properties(info, ';', LEGACY),
    LEGACY
  )
}

/**
 * @param {string} info @param {string} data @param {(name: string) => boolean} known
 * @param {(info: string) => Record<string, string>} readProperties @param {Escapes} dataCodes
 * @returns {ParsedCommand | undefined}
 */
function build(info, data, known, readProperties, dataCodes) {
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!known(name)) return undefined
  return {
    name,
    properties: space > 0 ? readProperties(info.slice(space + 1)) : {},
    data: unescape(data, dataCodes)
  }
}

/**
 * The commands in a step's output lines, with their effects: `outputs` and `state` from the deprecated
 * set-output and save-state commands, and `failed` when the runner fails the step over a command.
 * @param {string[]} lines
 * @returns {{ commands: Command[], outputs: Record<string, string>, state: Record<string, string>,
 *   failed: boolean }}
 */
export function readCommands(lines) {
  /** @type {Command[]} */
  const commands = []
  /** @type {Record<string, string>} */
  const outputs = {}
  /** @type {Record<string, string>} */
  const state = {}
  let failed = false
  /** @type {string | undefined} */
  let stopToken
  let echo = false
  /** @param {string} command @param {string} message */
  const runner = (command, message) => commands.push({ command, message, runner: true })
  /** @param {string} what @param {string} message */
  const fail = (what, message) => {
    runner('error', `Unable to process command '${what}' successfully.`)
    runner('error', message)
    failed = true
  }
  /** @param {string} name */
  const known = name => NAMES.has(name) || name === stopToken
  for (const line of lines) {
    if (line === '') continue
    const command = parseCommand(line, known) ?? parseLegacyCommand(line, known)
    // stop-commands and its token are logged as they are; so is every line in between.
    if (stopToken !== undefined) {
      if (stopToken !== '' && command?.name === stopToken) stopToken = undefined
      commands.push({ command: 'log', message: line })
      continue
    }
    if (!command || command.name === 'stop-commands') {
      if (command) stopToken = command.data.toLowerCase()
      commands.push({ command: 'log', message: line })
      continue
    }
    const { name, data } = command
    if (echo && !OMIT_ECHO.has(name)) commands.push({ command: 'log', message: line })
    /** @type {Command} */
    const shown = { command: name, message: data }
    if (Object.keys(command.properties).length > 0) shown.properties = command.properties
    commands.push(shown)
    if (name === 'set-env' || name === 'add-path') fail(line, DISABLED(name))
    else if (name === 'set-output' || name === 'save-state') {
      runner('warning', DEPRECATED(name))
      const key = command.properties.name
      if (!key) fail(line, `Required field 'name' is missing in ##[${name}] command.`)
      else (name === 'set-output' ? outputs : state)[key] = data
    } else if (name === 'add-mask' && data.trim() === '') {
      runner('warning', "Can't add secret mask for empty string in ##[add-mask] command.")
    } else if (name === 'echo') {
      const value = data.trim().toUpperCase()
      if (value === 'ON' || value === 'OFF') echo = value === 'ON'
      else
        fail(
          line,
          `Invalid echo command value. Possible values can be: 'on', 'off'. Current value is: '${data}'.`
        )
    }
  }
  return { commands, outputs, state, failed }
}
