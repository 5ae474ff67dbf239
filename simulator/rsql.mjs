// @ts-check
/**
 * The part of RSQL (the `filter` parameter of Jamf Pro API lists) that clients of this project send:
 * comparisons `field==value` and `field!=value`, joined by `and` / `;` and `or` / `,` (and binds tighter),
 * values bare or in double or single quotes (backslash escapes a quote), `*` as a wildcard. Jamf's OpenAPI
 * documents this form (Category.yaml: filter=name=="Apps*" and priority>=5; ComputersInventory:
 * filter=general.name=="Orchard").
 * Inferred: comparisons ignore letter case (MySQL's default collation behind Jamf Pro; Jamf's RSQL layer
 * turns `*` into a case-insensitive LIKE). Not modelled: parentheses and the other operators (=in=, <, >=,
 * =lt=...); a filter using them is refused with 400, which a real server might accept, so that no test
 * passes on a guess. Unconfirmed: the error code of a refused filter (INVALID_FIELD here, field "filter").
 */

export class FilterError extends Error {}

/** @typedef {(read: (field: string) => unknown) => boolean} Predicate */

const TOKEN =
  /\s*(?:(?<sep>;|,)|(?<word>and|or)(?=\s)|(?<cmp>[A-Za-z][\w.]*)\s*(?<op>==|!=)\s*(?:"(?<dq>(?:[^"\\]|\\.)*)"|'(?<sq>(?:[^'\\]|\\.)*)'|(?<bare>[^\s;,()"'=<>!]+)))\s*/y

/**
 * A predicate for `text`, over the fields in `allowed`; throws FilterError outside the subset.
 * @param {string} text @param {readonly string[]} allowed
 * @returns {Predicate}
 */
export function parseFilter(text, allowed) {
  /** @type {Predicate[][]} alternatives, each a list of comparisons that must all hold */
  const alternatives = [[]]
  let expectComparison = true
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex
    const token = TOKEN.exec(text)?.groups
    if (!token) throw new FilterError(`Unsupported filter syntax at "${text.slice(at)}"`)
    const joiner = token.sep ?? token.word
    if (joiner !== undefined) {
      if (expectComparison) throw new FilterError(`Unexpected "${joiner}" in the filter`)
      if (joiner === ',' || joiner === 'or') alternatives.push([])
      expectComparison = true
      continue
    }
    if (!expectComparison) throw new FilterError(`Missing "and" or "or" before ${token.cmp}`)
    if (!allowed.includes(token.cmp)) throw new FilterError(`${token.cmp} cannot be filtered on`)
    const value = (token.dq ?? token.sq ?? token.bare).replace(/\\(.)/g, '$1')
    alternatives.at(-1)?.push(comparison(token.cmp, token.op === '==', value))
    expectComparison = false
  }
  if (expectComparison && text.trim() !== '') throw new FilterError('The filter ends without a comparison')
  if (text.trim() === '') return () => true
  return read => alternatives.some(all => all.every(holds => holds(read)))
}

/** @param {string} field @param {boolean} equal @param {string} value @returns {Predicate} */
function comparison(field, equal, value) {
  const escaped = value
    .toLowerCase()
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
  const pattern = new RegExp(`^${escaped}$`, 's')
  return read => {
    const actual = read(field)
    const matches = actual !== null && actual !== undefined && pattern.test(String(actual).toLowerCase())
    return matches === equal
  }
}
