// @ts-check
/**
 * What the simulator records of each request, for tests to check what a client sent.
 */

/**
 * @typedef {object} RecordedRequest
 * @property {string} method
 * @property {string} path without the query string, exactly as sent (so `//api` stays doubled)
 * @property {Record<string, string>} query
 * @property {import('node:http').IncomingHttpHeaders} headers lower-case names
 * @property {string} body decoded as UTF-8; '' for an upload, which is never held (see `file`)
 * @property {import('./multipart.mjs').FilePart} [file] an upload's file part: its size and SHA-256
 * @property {number} connection id of the TCP connection, counting from 1
 * @property {number} at Date.now() when the request was complete
 */

/**
 * Read a request to its end, unless its route reads the body (`streamed`); undefined if the client went
 * away first.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} connection id of its TCP connection
 * @param {boolean} streamed
 * @returns {Promise<RecordedRequest | undefined>}
 */
export async function readRequest(req, connection, streamed) {
  const url = req.url ?? '/'
  const queryStart = url.indexOf('?')
  const chunks = []
  try {
    if (!streamed) for await (const chunk of req) chunks.push(chunk)
  } catch {
    return undefined
  }
  return {
    method: req.method ?? 'GET',
    path: queryStart < 0 ? url : url.slice(0, queryStart),
    query: Object.fromEntries(new URLSearchParams(queryStart < 0 ? '' : url.slice(queryStart + 1))),
    headers: { ...req.headers },
    body: Buffer.concat(chunks).toString('utf8'),
    connection,
    at: Date.now()
  }
}
