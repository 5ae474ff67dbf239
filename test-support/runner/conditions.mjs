// The part of the runner's expression language a `post-if` needs, evaluated as written (the runner adds
// no implicit success() to it): the status functions always(), success(), failure() and cancelled(), in
// any letter case, combined with !, &&, || and parentheses. Anything else is refused with an error
// rather than guessed at.

/** The job's status when the condition is evaluated: 'success', 'failure' or 'cancelled'. */
export function evaluateCondition(expression, status) {
  const refuse = () => {
    throw new Error(
      `Cannot evaluate the condition '${expression}': the runner imitation knows only always(), success(), ` +
        'failure() and cancelled() with !, && and ||'
    )
  }
  const tokens = expression.match(/\s+|&&|\|\||[!()]|[A-Za-z_][\w-]*|./g)?.filter(token => token.trim()) ?? []
  let at = 0
  const take = expected => (tokens[at] === expected ? (at++, true) : false)
  const functions = {
    always: () => true,
    success: () => status === 'success',
    failure: () => status === 'failure',
    cancelled: () => status === 'cancelled'
  }
  const primary = () => {
    if (take('(')) {
      const value = or()
      return take(')') ? value : refuse()
    }
    const name = tokens[at++]?.toLowerCase()
    return Object.hasOwn(functions, name) && take('(') && take(')') ? functions[name]() : refuse()
  }
  const unary = () => (take('!') ? !unary() : primary())
  const and = () => {
    let value = unary()
    while (take('&&')) value = unary() && value
    return value
  }
  const or = () => {
    let value = and()
    while (take('||')) value = and() || value
    return value
  }
  const value = or()
  return at === tokens.length ? value : refuse()
}
