// What the runner takes from an action's action.yml (ActionManifestManager.cs, ActionRunner.cs): the
// declared inputs and their defaults, the scripts of `runs` and its `post-if` (always() when absent).
// Input names are matched in any letter case; `with:` keys it does not declare get the runner's
// "Unexpected input(s)" warning, and each input becomes INPUT_<NAME> (upper case, spaces to _).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

/** The action in `dir` (action.yml or action.yaml). */
export function readAction(dir) {
  const file = ['action.yml', 'action.yaml'].map(name => join(dir, name)).find(existsSync)
  if (!file) throw new Error(`No action.yml in ${dir}`)
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

/** The script a step runs and the check that this Node is the one `runs.using` names. */
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

/** Each input's default as the runner fills it in; an expression default is refused, not guessed at. */
export function inputDefaults(action) {
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => {
      const value = String(input?.default ?? '')
      if (value.includes('${{')) throw new Error(`Input ${name}: cannot evaluate its default ${value}`)
      return [name, value]
    })
  )
}

/** A step's INPUT_* variables for `given` (its `with:`), and the runner's warnings about them. */
export function stepInputs(action, given) {
  const declared = Object.keys(action.inputs)
  const find = name => declared.find(input => input.toLowerCase() === name.toLowerCase())
  const warnings = Object.keys(given).flatMap(name => {
    const message = action.inputs[find(name)]?.deprecationMessage
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
