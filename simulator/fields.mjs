// @ts-check
/**
 * Objects written to the Jamf Pro API (POST and PUT bodies), checked as a real server checks them against
 * the object's schema in Jamf's OpenAPI: a JSON object, each known field of its type, the required ones
 * present (null counts as absent); fields the schema lacks are dropped (confirmed for packages: grahamrpugh.com 2024-05-16 sent
 * "uninstall" and the record was created). A body that is not a JSON object gets 400 with no error code.
 * Unconfirmed: the code a refused field gets (INVALID_FIELD here, naming the field) and its description.
 */

/**
 * A field's type: a JSON type, or the strings an enum allows.
 * @typedef {'string' | 'integer' | 'boolean' | readonly string[]} FieldType
 * @typedef {{ fields: Record<string, FieldType>, required: readonly string[] }} ObjectSchema
 */

/** @param {unknown} value @param {FieldType} type */
function hasType(value, type) {
  if (Array.isArray(type)) return type.includes(value)
  return type === 'integer' ? Number.isInteger(value) : typeof value === type
}

/** @param {FieldType} type */
const describe = type => (Array.isArray(type) ? `one of ${type.join(', ')}` : type)

/**
 * The schema's fields of the request's JSON body, or undefined once a refusal has been answered.
 * @param {import('./router.mjs').Context} ctx @param {ObjectSchema} schema
 * @returns {Record<string, unknown> | undefined}
 */
export function readFields({ request, reply }, schema) {
  let body
  try {
    body = JSON.parse(request.body)
  } catch {
    body = undefined
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return void reply.jamfError(400, null)
  const wrong = Object.keys(schema.fields).find(name =>
    body[name] === undefined || body[name] === null
      ? schema.required.includes(name)
      : !hasType(body[name], schema.fields[name])
  )
  if (wrong)
    return void fieldError(reply, wrong, `${wrong} is required and must be ${describe(schema.fields[wrong])}`)
  return Object.fromEntries(Object.entries(body).filter(([name]) => Object.hasOwn(schema.fields, name)))
}

/** 400 with an ApiError naming the field. @param {import('./reply.mjs').Reply} reply @param {string} field @param {string} description */
export function fieldError(reply, field, description) {
  reply.json(400, { httpStatus: 400, errors: [{ code: 'INVALID_FIELD', description, id: '0', field }] })
}

/**
 * 201 with Jamf's HrefResponse for a new object at `path`/id.
 * @param {import('./router.mjs').Context} ctx @param {string} path e.g. /api/v1/packages @param {string} id
 */
export const created = ({ reply, url }, path, id) => reply.json(201, { id, href: `${url}${path}/${id}` })
