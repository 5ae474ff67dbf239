// @ts-check
/**
 * Jamf Pro API objects known by a unique name and addressed by id (categories, scripts), each kind with
 * the same four operations in Jamf's OpenAPI (Category.yaml, Script.yaml in Jamf-Concepts/jamf-cli):
 * GET {path} a paged list (listing.mjs); POST {path} creates one and answers 201 with an HrefResponse;
 * GET {path}/{id} reads one, or 404 with an ApiError; PUT {path}/{id} replaces one (ids in the body are
 * ignored) and answers 200 with the object. jamf-cli's `apply` relies on exactly these: it looks the name
 * up, then POSTs or PUTs (internal/commands/pro/generated/categories.go).
 * Unconfirmed: a second object with a name already taken is refused (the web app keeps names unique; the
 * API's answer is not documented): 400 DUPLICATE_FIELD naming `name` here. Unconfirmed: whether a PUT to a
 * missing id is a 404 for categories too (Script.yaml documents it; taken for both).
 */
import { created, readFields } from './fields.mjs'
import { listPage } from './listing.mjs'

/**
 * @typedef {object} NamedObjects
 * @property {string} path e.g. /api/v1/categories
 * @property {'categories' | 'scripts'} store which of the simulator's stores holds them
 * @property {import('./fields.mjs').ObjectSchema} schema
 * @property {import('./listing.mjs').ListOptions} list
 */

/** @param {import('./store.mjs').StoredRecord} record */
const present = record => ({ id: record.id, ...record.fields })

/**
 * @param {import('./router.mjs').Context} ctx @param {import('./store.mjs').RecordStore} store
 * @param {Record<string, unknown>} fields @param {string} [id] the object being replaced
 */
function nameTaken({ reply }, store, fields, id) {
  const name = String(fields.name).toLowerCase()
  const taken = store.records.some(
    other => other.id !== id && String(other.fields.name).toLowerCase() === name
  )
  if (taken) {
    const description = `An object named ${JSON.stringify(fields.name)} already exists`
    reply.json(400, {
      httpStatus: 400,
      errors: [{ code: 'DUPLICATE_FIELD', description, id: '0', field: 'name' }]
    })
  }
  return taken
}

/** The routes of one kind of named object. @param {NamedObjects} kind @returns {import('./router.mjs').RouteTable} */
export function namedObjectRoutes({ path, store: name, schema, list }) {
  return {
    [path]: {
      methods: {
        GET: ctx => listPage(ctx, ctx.stores[name].records.map(present), list),
        POST: ctx => {
          const store = ctx.stores[name]
          const fields = readFields(ctx, schema)
          if (fields && !nameTaken(ctx, store, fields)) created(ctx, path, store.create(fields).id)
        }
      }
    },
    [`${path}/{id}`]: {
      methods: {
        GET: ctx => {
          const record = ctx.stores[name].find(ctx.params?.id)
          if (record) ctx.reply.json(200, present(record))
          else ctx.reply.jamfError(404, null)
        },
        PUT: ctx => {
          const store = ctx.stores[name]
          const record = store.find(ctx.params?.id)
          if (!record) return ctx.reply.jamfError(404, null)
          const fields = readFields(ctx, schema)
          if (!fields || nameTaken(ctx, store, fields, record.id)) return
          record.fields = fields
          ctx.reply.json(200, present(record))
        }
      }
    }
  }
}
