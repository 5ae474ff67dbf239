// @ts-check
// What the runner takes from an action's action.yml (ActionManifestManager.cs, ActionRunner.cs): the
// declared inputs and their defaults, the scripts of `runs` and its `post-if` (always() when absent).
// Input names are matched in any letter case; `with:` keys it does not declare get the runner's
// "Unexpected input(s)" warning, and each input becomes INPUT_<NAME> (upper case, spaces to _).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/**
 * An input as action.yml declares it (null when declared with no keys).
 * @typedef {{ default?: unknown, deprecationMessage?: string } | null} ActionInput
 */
/**
 * What the runner reads of an action.yml.
 * @typedef {object} Action
 * @property {string} dir
 * @property {Record<string, ActionInput>} inputs
 * @property {string} [using]
 * @property {string} [main]
 * @property {string} [post]
 * @property {string} postIf
 */

/** The action in `dir` (action.yml or action.yaml). @param {string} dir @returns {Action} */
export function readAction(dir) {
  const file = ['action.yml', 'action.yaml'].map(name => join(dir, name)).find(existsSync)
  if (!file) throw new Error(`No action.yml in ${dir}`)
  // Its shape is assumed here; action-metadata.test.ts checks this repository's action.yml.
  /** @type {{ inputs?: Record<string, ActionInput>, runs?: Record<string, string | undefined> }} */
  const manifest = parse(readFileSync(file, 'utf8'))
  const runs = manifest.runs ?? {}
  return {
    dir,
    inputs: manifest.inputs ?? {},
    using: runs.using,
    main: runs.main,
    post: runs.post,
    postIf: runs['post-if'] ?? 'always()'
  }
}

/**
 * The script a step runs and the check that this Node is the one `runs.using` names.
 * @param {Action} action @param {'main' | 'post'} step
 */
export function stepScript(action, step) {
  const major = /^node(\d+)$/.exec(action.using ?? '')?.[1]
  if (!major)
    throw new Error(`runs.using '${action.using}': the runner imitation runs JavaScript actions only`)
  if (major !== process.versions.node.split('.')[0])
    throw new Error(
      `The action runs on ${action.using}, this is Node ${process.version}: run it with npm test.`
    )
  if (!action[step]) throw new Error(`The action has no runs.${step}`)
  return join(action.dir, action[step])
}

/**
 * Each input's default as the runner fills it in; an expression default is refused, not guessed at.
 * @param {Action} action @returns {Record<string, string>}
 */
export function inputDefaults(action) {
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => {
      const value = String(input?.default ?? '')
      if (value.includes('${{')) throw new Error(`Input ${name}: cannot evaluate its default ${value}`)
      return [name, value]
    })
  )
}

/**
 * A step's INPUT_* variables for `given` (its `with:`), and the runner's warnings about them.
 * @param {Action} action @param {Record<string, string>} given
 * @returns {{ env: Record<string, string>, warnings: string[] }}
 */
export function stepInputs(action, given) {
  const declared = Object.keys(action.inputs)
  /** @param {string} name */
  const find = name => declared.find(input => input.toLowerCase() === name.toLowerCase())
  const warnings = Object.keys(given).flatMap(name => {
    const input = find(name)
    const message = input === undefined ? undefined : action.inputs[input]?.deprecationMessage
    return message ? [`Input '${name}' has been deprecated with message: ${message}`] : []
  })
  const unexpected = Object.keys(given).filter(name => !find(name))
  if (unexpected.length > 0)
    warnings.push(
      `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`
    )
  const defaults = Object.entries(inputDefaults(action)).filter(
    ([name]) => !Object.keys(given).some(key => find(key) === name)
  )
  const env = Object.fromEntries(
    [...Object.entries(given), ...defaults].map(([name, value]) => [
      `INPUT_${name.replaceAll(' ', '_').toUpperCase()}`,
      value
    ])
  )
  return { env, warnings }
}
