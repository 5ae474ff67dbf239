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
 * endpoints arrived in Jamf Pro 11.5.0.
 * Unconfirmed: the status and codes of a refused record (400 with INVALID_FIELD naming the field is
 * taken here), the codes of the 404s (none here), and what a real server answers to an upload without a
 * file part (400 here). The file is never held: only its size and SHA-256 are kept (multipart.mjs).
 */
import { multipartBoundary, readFilePart } from './multipart.mjs'
import { atLeast } from './profiles.mjs'

/** @typedef {import('./router.mjs').Context} Context */

const PACKAGES_FROM = '11.5.0'

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
const REQUIRED = Object.keys(FIELDS).slice(0, 11)

/**
 * @typedef {object} PackageRecord
 * @property {string} id
 * @property {Record<string, unknown>} fields as given, the schema's fields only
 * @property {import('./multipart.mjs').FilePart} [file] the last file uploaded to it
 */

export class PackageStore {
  /** @type {PackageRecord[]} */
  records = []
  #next = 1

  /** @param {Record<string, unknown>} fields */
  create(fields) {
    const record = { id: String(this.#next++), fields }
    this.records.push(record)
    return record
  }

  clear() {
    this.records.length = 0
    this.#next = 1
  }

  /** @param {string | undefined} id */
  find(id) {
    return this.records.find(record => record.id === id)
  }
}

/** @param {unknown} value @param {string} type */
function hasType(value, type) {
  return type === 'integer' ? Number.isInteger(value) : typeof value === type
}

/** @param {Context['reply']} reply @param {number} status @param {string} field */
function fieldError(reply, status, field) {
  const description = `${field} is required and must be ${FIELDS[/** @type {keyof typeof FIELDS} */ (field)] ?? 'valid'}`
  reply.json(status, { httpStatus: status, errors: [{ code: 'INVALID_FIELD', description, id: '0', field }] })
}

/** @param {Context} ctx @param {string} id */
const hrefResponse = ({ reply, url }, id) => reply.json(201, { id, href: `${url}/api/v1/packages/${id}` })

/** POST /api/v1/packages @param {Context} ctx */
function createPackage(ctx) {
  let body
  try {
    body = JSON.parse(ctx.request.body)
  } catch {
    return ctx.reply.jamfError(400, null)
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return ctx.reply.jamfError(400, null)
  const missing = REQUIRED.find(
    name => !hasType(body[name], FIELDS[/** @type {keyof typeof FIELDS} */ (name)])
  )
  if (missing) return fieldError(ctx.reply, 400, missing)
  const fields = Object.fromEntries(Object.entries(body).filter(([name]) => Object.hasOwn(FIELDS, name)))
  hrefResponse(ctx, ctx.packages.create(fields).id)
}

/** GET /api/v1/packages/{id} @param {Context} ctx */
function getPackage({ reply, packages, params }) {
  const record = packages.find(params?.id)
  if (!record) return reply.jamfError(404, null)
  reply.json(200, { id: record.id, ...record.fields })
}

/** POST /api/v1/packages/{id}/upload: the body streams through, hashed and counted. @param {Context} ctx */
async function upload(ctx) {
  const { req, request, reply, packages, params } = ctx
  const record = packages.find(params?.id)
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
  hrefResponse(ctx, record.id)
}

/** @type {import('./router.mjs').Route['when']} */
const when = options => atLeast(options.jamfVersion, PACKAGES_FROM)

/** @type {import('./router.mjs').RouteTable} */
export const packageRoutes = {
  '/api/v1/packages': { when, methods: { POST: createPackage } },
  '/api/v1/packages/{id}': { when, methods: { GET: getPackage } },
  '/api/v1/packages/{id}/upload': { when, streamed: true, methods: { POST: ctx => void upload(ctx) } }
}
