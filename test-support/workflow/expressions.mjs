// @ts-check
// `${{ ... }}` in a workflow's values, as far as the documentation's workflows need it: a property path
// into one of the contexts (`vars.NAME`, `secrets.NAME`, `steps.ID.outputs.NAME`, `github.event.release
// .tag_name`, `runner.temp`...). Names may hold hyphens, as GitHub allows. Everything else an expression
// can do (operators, functions, literals, `[...]` indexes) is refused with an error, and so is a path that
// leads nowhere: GitHub would quietly give '' there, which would hide a mistake in the docs.

const PATH = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/

/**
 * The value at `path` in `contexts`, as a string; throws for anything but a path to a defined value.
 * @param {string} expression @param {Record<string, unknown>} contexts
 */
export function evaluate(expression, contexts) {
  const text = expression.trim()
  if (!PATH.test(text))
    throw new Error(`Cannot evaluate \${{ ${text} }}: the workflow runner knows only property paths`)
  const parts = text.split('.')
  /** @type {unknown} */
  let value = contexts
  for (const [index, part] of parts.entries()) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part))
      throw new Error(`\${{ ${text} }}: ${parts.slice(0, index + 1).join('.')} is not defined here`)
    value = /** @type {Record<string, unknown>} */ (value)[part]
  }
  if (value !== null && typeof value === 'object')
    throw new Error(`\${{ ${text} }} is an object, not a value`)
  return value === null ? '' : String(value)
}

/**
 * `text` with each `${{ ... }}` replaced by its value; other YAML scalars (numbers, booleans) as strings.
 * @param {unknown} text @param {Record<string, unknown>} contexts
 */
export function substitute(text, contexts) {
  if (typeof text !== 'string') return String(text)
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expression) => evaluate(expression, contexts))
}

/**
 * Each value of a mapping (`env:`, `with:`) substituted.
 * @param {Record<string, unknown> | null | undefined} mapping @param {Record<string, unknown>} contexts
 * @returns {Record<string, string>}
 */
export const substituteAll = (mapping = {}, contexts) =>
  Object.fromEntries(
    Object.entries(mapping ?? {}).map(([name, value]) => [name, substitute(value, contexts)])
  )
