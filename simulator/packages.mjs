// @ts-check
/**
 * The Jamf Pro API's packages: a package record is created first, then its file is uploaded to it. Facts
 * from Jamf's OpenAPI (specs/Packages.yaml in Jamf-Concepts/jamf-cli) and grahamrpugh.com (2024-05-16,
 * "dbfileupload is dead - long live v1/packages!"):
 *
 * Confirmed: POST /api/v1/packages takes a Package as JSON and answers 201 with an HrefResponse
 * (`{"id": "1", "href": ".../api/v1/packages/1"}`); packageName, fileName, categoryId, priority,
 * fillUserTemplate, rebootRequired, osInstall, suppressUpdates, suppressFromDock, suppressEula and
 * suppressRegistration are required, and "if any of them is omitted the request fails"; a field the
 * schema lacks (the blog's "uninstall") is accepted. GET /api/v1/packages/{id} answers the Package, or
 * 404 with an ApiError. POST /api/v1/packages/{id}/upload takes multipart/form-data with a `file` part and
 * answers 201 with an HrefResponse, or 404 with an ApiError for a package that does not exist. The
 * endpoints arrived in Jamf Pro 11.5.0. GET /api/v1/packages is a paged list (listing.mjs), sorted by id
 * by default, filtered on id, fileName, packageName, categoryId, info and notes.
 * Unconfirmed: the status and codes of a refused record (400 with INVALID_FIELD naming the field is
 * taken here), the codes of the 404s (none here), and what a real server answers to an upload without a
 * file part (400 here). The file is never held: only its size and SHA-256 are kept (multipart.mjs).
 */
import { created, readFields } from './fields.mjs'
import { listPage } from './listing.mjs'
import { multipartBoundary, readFilePart } from './multipart.mjs'
import { atLeast } from './profiles.mjs'

/** @typedef {import('./router.mjs').Context} Context */

const PACKAGES_FROM = '11.5.0'
const PATH = '/api/v1/packages'

/** The Package schema's writable fields and their types; the first eleven are required. */
const FIELDS = /** @type {const} */ ({
  packageName: 'string',
  fileName: 'string',
  categoryId: 'string',
  priority: 'integer',
  fillUserTemplate: 'boolean',
  rebootRequired: 'boolean',
  osInstall: 'boolean',
  suppressUpdates: 'boolean',
  suppressFromDock: 'boolean',
  suppressEula: 'boolean',
  suppressRegistration: 'boolean',
  info: 'string',
  notes: 'string',
  fillExistingUsers: 'boolean',
  swu: 'boolean',
  selfHealNotify: 'boolean',
  ignoreConflicts: 'boolean',
  osRequirements: 'string',
  md5: 'string',
  sha256: 'string',
  hashType: 'string',
  hashValue: 'string'
})
const SCHEMA = { fields: FIELDS, required: Object.keys(FIELDS).slice(0, 11) }
/** The list's filter and sort fields (Packages.yaml; sorting on the same fields is taken). */
const LISTED = ['id', 'fileName', 'packageName', 'categoryId', 'info', 'notes']

/** @param {import('./store.mjs').StoredRecord} record */
const present = record => ({ id: record.id, ...record.fields })

/** POST /api/v1/packages @param {Context} ctx */
function createPackage(ctx) {
  const fields = readFields(ctx, SCHEMA)
  if (fields) created(ctx, PATH, ctx.stores.packages.create(fields).id)
}

/** GET /api/v1/packages/{id} @param {Context} ctx */
function getPackage({ reply, stores, params }) {
  const record = stores.packages.find(params?.id)
  if (!record) return reply.jamfError(404, null)
  reply.json(200, present(record))
}

/** POST /api/v1/packages/{id}/upload: the body streams through, hashed and counted. @param {Context} ctx */
async function upload(ctx) {
  const { req, request, reply, stores, params } = ctx
  const record = stores.packages.find(params?.id)
  const boundary = multipartBoundary(request.headers['content-type'])
  if (!record || !boundary) {
    req.resume()
    return reply.jamfError(record ? 400 : 404, null)
  }
  let file
  try {
    file = await readFilePart(req, boundary, 'file')
  } catch {
    return // the client went away mid-upload
  }
  if (!file) return reply.jamfError(400, null)
  request.file = file
  record.file = file
  created(ctx, PATH, record.id)
}

/** @type {import('./router.mjs').Route['when']} */
const when = options => atLeast(options.jamfVersion, PACKAGES_FROM)

/** @type {import('./router.mjs').RouteTable} */
export const packageRoutes = {
  [PATH]: {
    when,
    methods: {
      GET: ctx =>
        listPage(ctx, ctx.stores.packages.records.map(present), {
          sortable: LISTED,
          filterable: LISTED,
          defaultSort: 'id:asc'
        }),
      POST: createPackage
    }
  },
  '/api/v1/packages/{id}': { when, methods: { GET: getPackage } },
  '/api/v1/packages/{id}/upload': { when, streamed: true, methods: { POST: ctx => void upload(ctx) } }
}
