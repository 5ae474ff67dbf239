// The relay's own answers, in the shapes tools already read from Jamf Pro.
import type { ServerResponse } from 'node:http'

const JSON_TYPE = 'application/json;charset=UTF-8'

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {}
): void {
  if (res.headersSent || res.destroyed) return
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': JSON_TYPE,
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers
  })
  res.end(text)
}

/** Jamf Pro's API error body: `{"httpStatus": 401, "errors": [{"code": ..., "description": ...}]}`. */
export function sendJamfError(res: ServerResponse, status: number, code: string, description: string): void {
  sendJson(res, status, { httpStatus: status, errors: [{ code, description, id: '0', field: null }] })
}
