// @ts-check
/**
 * Categories (GET, POST /api/v1/categories; GET, PUT /api/v1/categories/{id}), from Jamf's OpenAPI
 * (specs/Category.yaml in Jamf-Concepts/jamf-cli): a Category is `{id, name, priority}`, name and
 * priority (an integer) required; the list sorts by `id:asc` by default and filters and sorts on name and
 * priority. Unconfirmed: the version that added the path; every version the simulator models is taken to
 * have it.
 */
import { namedObjectRoutes } from './records.mjs'

/** @type {import('./router.mjs').RouteTable} */
export const categoryRoutes = namedObjectRoutes({
  path: '/api/v1/categories',
  store: 'categories',
  schema: { fields: { name: 'string', priority: 'integer' }, required: ['name', 'priority'] },
  list: {
    sortable: ['id', 'name', 'priority'],
    filterable: ['id', 'name', 'priority'],
    defaultSort: 'id:asc'
  }
})
