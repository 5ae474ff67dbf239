// @ts-check
/**
 * The objects a simulator holds (package records, categories, scripts): each kind numbered from 1, as
 * Jamf Pro numbers a new server's objects, and kept as given so that tests can read back what clients
 * wrote. Computers are not stored: they are generated (computers.mjs).
 */

/**
 * @typedef {object} StoredRecord
 * @property {string} id
 * @property {Record<string, unknown>} fields as last written, the schema's fields only
 * @property {import('./multipart.mjs').FilePart} [file] a package's last uploaded file
 */

export class RecordStore {
  /** @type {StoredRecord[]} */
  records = []
  #next = 1

  /** @param {Record<string, unknown>} fields */
  create(fields) {
    /** @type {StoredRecord} */
    const record = { id: String(this.#next++), fields }
    this.records.push(record)
    return record
  }

  /** @param {string | undefined} id */
  find(id) {
    return this.records.find(record => record.id === id)
  }

  clear() {
    this.records.length = 0
    this.#next = 1
  }
}

/** Every kind of object a simulator holds. */
export function createStores() {
  return { packages: new RecordStore(), categories: new RecordStore(), scripts: new RecordStore() }
}

/** @typedef {ReturnType<typeof createStores>} Stores */
