// Package records and uploads as a client sends them to Jamf Pro (POST /api/v1/packages, then a
// multipart upload of the file), for tests of the simulator and of what passes through the relay.
import { PACKAGE } from '../../test-support/package-record.mjs'
import { call, type Reply, type Server } from './simulator-http.js'

export { PACKAGE }

export function createPackage(
  server: Server,
  token: string,
  changes: Record<string, unknown> = {}
): Promise<Reply> {
  return call(server, 'POST', '/api/v1/packages', {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...PACKAGE, ...changes })
  })
}

const BOUNDARY = '----demo-boundary-7MA4YWxkTrZu0gW'

/** The parts of a multipart/form-data body around a file part named `file`. */
export function multipartFrame(fileName = 'DemoApp.pkg'): { head: Buffer; tail: Buffer; type: string } {
  return {
    head: Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n'
    ),
    tail: Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    type: `multipart/form-data; boundary=${BOUNDARY}`
  }
}

export function uploadFile(server: Server, token: string, id: string, content: Buffer): Promise<Reply> {
  const { head, tail, type } = multipartFrame()
  return call(server, 'POST', `/api/v1/packages/${id}/upload`, {
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': type },
    body: Buffer.concat([head, content, tail])
  })
}
