import { describe, expect, it } from '@jest/globals'
import { unexpectedResponse } from '../src/jamf/errors.js'

const target = { label: 'POST /api/oauth/token', url: 'https://j.example.com/api/oauth/token' }
const html = (status: number) => ({
  status,
  headers: { 'content-type': 'text/html' },
  body: '<html>…</html>'
})

describe('answers that mean the same on every endpoint', () => {
  it("reads Jamf Pro's HTML 404 page as a wrong path, not as a login page", () => {
    expect(unexpectedResponse(target, html(404), 1).message).toBe(
      'Jamf Pro answered POST /api/oauth/token with HTTP 404 (not found): check that url is the root of the Jamf Pro server, e.g. https://yourorg.jamfcloud.com.'
    )
  })

  it("reads a load balancer's HTML 503 page as an outage, with the attempts made", () => {
    expect(unexpectedResponse(target, html(503), 4).message).toMatch(
      /^Jamf Pro answered POST \/api\/oauth\/token with HTTP 503 after 4 attempts: the server is overloaded/
    )
  })

  it('reads an HTML 200 as a login, SSO or proxy page', () => {
    expect(unexpectedResponse(target, html(200), 1).message).toMatch(
      /HTTP 200 and an HTML page instead of JSON/
    )
  })

  it('does not suggest more retries for a 5xx that is never retried', () => {
    const message = unexpectedResponse(target, { status: 501, headers: {}, body: '' }, 1).message
    expect(message).toMatch(/HTTP 501: the server could not handle the request/)
    expect(message).not.toContain('retries')
  })
})
