// @ts-check
/**
 * Scripts (GET, POST /api/v1/scripts; GET, PUT /api/v1/scripts/{id}), from Jamf's OpenAPI
 * (specs/Script.yaml in Jamf-Concepts/jamf-cli): only `name` is required; priority is one of BEFORE,
 * AFTER, AT_REBOOT; every other field is a string; the list sorts by `name:asc` by default.
 * Unconfirmed: whether the server fills categoryName from categoryId (kept as written here), and the
 * version that added the path (every version the simulator models is taken to have it).
 */
import { namedObjectRoutes } from './records.mjs'

const PARAMETERS = ['parameter4', 'parameter5', 'parameter6', 'parameter7'].concat([
  'parameter8',
  'parameter9',
  'parameter10',
  'parameter11'
])
const TEXT = [
  'info',
  'notes',
  'osRequirements',
  'scriptContents',
  'categoryId',
  'categoryName',
  ...PARAMETERS
]
const FIELDS = ['id', 'name', 'priority', ...TEXT]

/** @type {import('./router.mjs').RouteTable} */
export const scriptRoutes = namedObjectRoutes({
  path: '/api/v1/scripts',
  store: 'scripts',
  schema: {
    fields: {
      name: 'string',
      priority: ['BEFORE', 'AFTER', 'AT_REBOOT'],
      ...Object.fromEntries(TEXT.map(field => [field, /** @type {const} */ ('string')]))
    },
    required: ['name']
  },
  list: { sortable: FIELDS, filterable: FIELDS, defaultSort: 'name:asc' }
})
