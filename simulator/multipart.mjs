// @ts-check
/**
 * A multipart/form-data body (RFC 7578) read as it streams in: each part's headers are parsed, a named
 * file part is hashed and counted on the fly, and no part is ever held whole in memory, so that a test can
 * upload gigabytes.
 */
import { createHash } from 'node:crypto'

const MAX_HEADER_BYTES = 16 * 1024
const CRLF2 = Buffer.from('\r\n\r\n')

/**
 * @typedef {object} FilePart
 * @property {string} fileName the part's filename parameter, '' when it has none
 * @property {number} size bytes of content
 * @property {string} sha256 hex digest of the content
 */

/** The boundary of a multipart/form-data content type, or undefined. @param {string | undefined} contentType */
export function multipartBoundary(contentType) {
  if (!/^multipart\/form-data\s*;/i.test(contentType ?? '')) return undefined
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '')
  return match ? (match[1] ?? match[2]) : undefined
}

/**
 * Reads the whole body; resolves with the part named `field` (size and SHA-256 of its content), or
 * undefined when the body has no such part or is not well formed.
 * @param {AsyncIterable<Buffer>} body @param {string} boundary @param {string} field
 * @returns {Promise<FilePart | undefined>}
 */
export async function readFilePart(body, boundary, field) {
  // Every delimiter after the first is preceded by CRLF; the body's first line is the first delimiter.
  const delimiter = Buffer.from(`\r\n--${boundary}`)
  /** @type {Buffer} */
  let pending = Buffer.from('\r\n')
  let state = /** @type {'preamble' | 'boundary' | 'headers' | 'content' | 'done'} */ ('preamble')
  /** @type {{ hash: import('node:crypto').Hash, size: number, fileName: string } | undefined} */
  let current
  /** @type {FilePart | undefined} */
  let found

  /** @param {Buffer} bytes */
  const take = bytes => {
    if (current) {
      current.hash.update(bytes)
      current.size += bytes.length
    }
  }

  for await (const chunk of body) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
    while (state !== 'done') {
      if (state === 'boundary') {
        // pending starts with a delimiter: "--" after it ends the body, CRLF starts a part's headers.
        if (pending.length < delimiter.length + 2) break
        const close = pending.subarray(delimiter.length, delimiter.length + 2).toString('latin1') === '--'
        pending = close ? Buffer.alloc(0) : pending.subarray(delimiter.length + 2)
        state = close ? 'done' : 'headers'
      } else if (state === 'headers') {
        const end = pending.indexOf(CRLF2)
        if (end < 0) {
          if (pending.length > MAX_HEADER_BYTES) return drain(body)
          break
        }
        const headers = pending.subarray(0, end).toString('utf8')
        const disposition = /^content-disposition:(.*)$/im.exec(headers)?.[1] ?? ''
        const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1]
        const fileName = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1] ?? ''
        current = name === field && !found ? { hash: createHash('sha256'), size: 0, fileName } : undefined
        pending = pending.subarray(end + CRLF2.length)
        state = 'content'
      } else {
        const at = pending.indexOf(delimiter)
        if (at < 0) {
          // Keep what could be the start of a delimiter; the rest is content (or preamble).
          const keep = Math.min(pending.length, delimiter.length - 1)
          if (state === 'content') take(pending.subarray(0, pending.length - keep))
          pending = Buffer.from(pending.subarray(pending.length - keep))
          break
        }
        if (state === 'content') take(pending.subarray(0, at))
        if (current)
          found = { fileName: current.fileName, size: current.size, sha256: current.hash.digest('hex') }
        current = undefined
        pending = pending.subarray(at)
        state = 'boundary'
      }
    }
  }
  return state === 'done' ? found : undefined
}

/** @param {AsyncIterable<Buffer>} body */
async function drain(body) {
  for await (const _ of body);
  return undefined
}
