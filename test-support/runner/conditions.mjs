// @ts-check
// The part of the runner's expression language a `post-if` needs, evaluated as written (the runner adds
// no implicit success() to it): the status functions always(), success(), failure() and cancelled(), in
// any letter case, combined with !, &&, || and parentheses. Anything else is refused with an error
// rather than guessed at.

/** The job's status when a condition is evaluated. @typedef {'success' | 'failure' | 'cancelled'} Status */

/** Whether `expression` holds for a job of this status. @param {string} expression @param {Status} status */
export function evaluateCondition(expression, status) {
  const refuse = () => {
    throw new Error(
      `Cannot evaluate the condition '${expression}': the runner imitation knows only always(), success(), ` +
        'failure() and cancelled() with !, && and ||'
    )
  }
  const tokens = expression.match(/\s+|&&|\|\||[!()]|[A-Za-z_][\w-]*|./g)?.filter(token => token.trim()) ?? []
  let at = 0
  /** @param {string} expected */
  const take = expected => (tokens[at] === expected ? (at++, true) : false)
  /** @type {Record<string, () => boolean>} */
  const functions = {
    always: () => true,
    success: () => status === 'success',
    failure: () => status === 'failure',
    cancelled: () => status === 'cancelled'
  }
  /** @returns {boolean} */
  const primary = () => {
    if (take('(')) {
      const value = or()
      return take(')') ? value : refuse()
    }
    const name = tokens[at++]?.toLowerCase()
    return name !== undefined && Object.hasOwn(functions, name) && take('(') && take(')')
      ? functions[name]()
      : refuse()
  }
  /** @returns {boolean} */
  const unary = () => (take('!') ? !unary() : primary())
  /** @returns {boolean} */
  const and = () => {
    let value = unary()
    while (take('&&')) value = unary() && value
    return value
  }
  /** @returns {boolean} */
  const or = () => {
    let value = and()
    while (take('||')) value = and() || value
    return value
  }
  const value = or()
  return at === tokens.length ? value : refuse()
}
