// @ts-check
/**
 * The Jamf Pro API's paged lists (`{"totalCount": N, "results": [...]}`), as Jamf's OpenAPI documents
 * them (specs/*.yaml in Jamf-Concepts/jamf-cli, DefinitionsLibrary parameters): `page` from 0 (default 0),
 * `page-size` (default 100), `sort` as `field:asc` or `field:desc`, several separated by commas or given
 * as repeated parameters, and `filter` in RSQL (rsql.mjs). `totalCount` counts every match of the filter,
 * not only the page.
 * Reported (a Jamf API SDK's notes on probing Jamf Pro 11.31 through Jamf's API gateway, 2026): a
 * page-size above 2000 is silently cut to 2000; clients that stop at totalCount or at an empty page page
 * correctly either way. Inferred: a page past the end answers no results and the same totalCount. Inferred: `id` sorts as a number (a database key, although JSON carries it as a
 * string). Unconfirmed, refused here with 400 so that no client relies on them: a negative page, a
 * page-size below 1, an unknown sort field or direction (codes as in fields.mjs).
 */
import { fieldError } from './fields.mjs'
import { FilterError, parseFilter } from './rsql.mjs'

const MAX_PAGE_SIZE = 2000

/**
 * @typedef {object} ListOptions
 * @property {readonly string[]} sortable fields (dotted paths) a client may sort on
 * @property {readonly string[]} filterable fields a client may filter on
 * @property {string} defaultSort e.g. 'id:asc'
 */

/** A dotted path's value in an object. @param {unknown} item @param {string} path @returns {unknown} */
export const valueAt = (item, path) =>
  path
    .split('.')
    .reduce((value, key) => /** @type {Record<string, unknown> | undefined} */ (value)?.[key], item)

/** @param {unknown} a @param {unknown} b */
function compare(a, b) {
  const [x, y] = [String(a ?? ''), String(b ?? '')]
  if (/^-?\d+$/.test(x) && /^-?\d+$/.test(y)) return Number(x) - Number(y)
  return x.localeCompare(y, 'en', { sensitivity: 'base' })
}

/** @param {string | null} text @param {number} fallback */
function whole(text, fallback) {
  if (text === null) return fallback
  return /^-?\d+$/.test(text.trim()) ? Number(text) : NaN
}

/**
 * Answer one page of `items` (every object of the collection, in id order), sorted and filtered as the
 * request asks; `present` shapes each object of the page (e.g. to the requested sections).
 * @template T
 * @param {import('./router.mjs').Context} ctx @param {T[]} items @param {ListOptions} options
 * @param {(item: T) => unknown} [present]
 */
export function listPage({ req, reply }, items, options, present = item => item) {
  const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '')
  const page = whole(query.get('page'), 0)
  const size = whole(query.get('page-size'), 100)
  if (!(page >= 0)) return fieldError(reply, 'page', 'page must be a whole number, 0 or more')
  if (!(size >= 1)) return fieldError(reply, 'page-size', 'page-size must be a whole number, 1 or more')

  const criteria = (query.getAll('sort').join(',') || options.defaultSort).split(',').filter(Boolean)
  /** @type {[string, number][]} */
  const order = []
  for (const criterion of criteria) {
    const [field, direction = 'asc', extra] = criterion.trim().split(':')
    const sign = { asc: 1, desc: -1 }[direction.toLowerCase()]
    if (!options.sortable.includes(field) || !sign || extra !== undefined)
      return fieldError(reply, 'sort', `Cannot sort by "${criterion}"`)
    order.push([field, sign])
  }

  let matches
  try {
    const predicate = parseFilter(query.get('filter') ?? '', options.filterable)
    matches = items.filter(item => predicate(field => valueAt(item, field)))
  } catch (error) {
    if (error instanceof FilterError) return fieldError(reply, 'filter', error.message)
    throw error
  }
  const sorted = matches
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      for (const [field, sign] of order) {
        const difference = compare(valueAt(a.item, field), valueAt(b.item, field))
        if (difference !== 0) return sign * difference
      }
      return a.index - b.index
    })
  const pageSize = Math.min(size, MAX_PAGE_SIZE)
  const results = sorted.slice(page * pageSize, (page + 1) * pageSize).map(({ item }) => present(item))
  reply.json(200, { totalCount: matches.length, results })
}
