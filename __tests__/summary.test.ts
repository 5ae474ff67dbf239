import { describe, expect, it } from '@jest/globals'
import type { Inputs } from '../src/inputs.js'
import { relayCallsMarkdown, summaryMarkdown } from '../src/summary.js'

const inputs: Inputs = {
  url: 'https://yourorg.jamfcloud.com',
  urlSuffix: '',
  credentials: { kind: 'client-credentials', clientId: 'client|`1`', clientSecret: 'the-secret', scope: '' },
  invalidateToken: true,
  exportEnv: true,
  verify: true,
  minLifetime: 0,
  timeoutSeconds: 30,
  retries: 3,
  relay: undefined
}
const token = {
  token: 'the-token',
  method: 'client-credentials' as const,
  expiresAt: new Date('2030-01-01T00:10:00.000Z'),
  expiresIn: 599,
  lifetime: 600,
  scope: 'api-role:1'
}

describe('job summary', () => {
  it('lists server, client, scope, version and expiry, and no secret', () => {
    const markdown = summaryMarkdown(inputs, token, '11.16.0')
    expect(markdown).toContain('| Jamf Pro server | https://yourorg.jamfcloud.com |')
    expect(markdown).toContain("| Authenticated as | API client `client\\|'1'` |")
    expect(markdown).toContain('| Scope | api-role:1 |')
    expect(markdown).toContain('| Jamf Pro version | 11.16.0 |')
    expect(markdown).toContain('| Token expires | 2030-01-01T00:10:00.000Z (599 s after issue) |')
    expect(markdown).not.toContain('the-token')
    expect(markdown).not.toContain('the-secret')
  })

  it('names the user account and says when the version was not checked', () => {
    const user: Inputs = {
      ...inputs,
      verify: false,
      credentials: { kind: 'user', username: 'admin', password: 'pw' }
    }
    const markdown = summaryMarkdown(user, { ...token, method: 'user', scope: '' }, '')
    expect(markdown).toContain('user account `admin`')
    expect(markdown).toContain('not checked')
    expect(markdown).not.toContain('Scope')
    expect(markdown).not.toContain('pw')
  })
})

describe('escaping', () => {
  it('shows Markdown and HTML in any value as text', () => {
    const hostile: Inputs = {
      ...inputs,
      url: 'https://jamf.example.com/<b>x</b>',
      credentials: { kind: 'user', username: 'a`b|c <i>', password: 'pw' }
    }
    const markdown = summaryMarkdown(
      hostile,
      { ...token, method: 'client-credentials', scope: 'api-role:1 [x](https://evil.example)' },
      '11.16.0'
    )
    expect(markdown).toContain('| Jamf Pro server | https://jamf.example.com/\\<b\\>x\\</b\\> |')
    expect(markdown).toContain("| Authenticated as | user account `a'b\\|c <i>` |")
    expect(markdown).toContain('| Scope | api-role:1 \\[x\\]\\(https://evil.example\\) |')
    expect(
      markdown
        .split('\n')
        .filter(line => line.startsWith('|'))
        .every(line => line.endsWith(' |'))
    ).toBe(true)
  })
})

describe('the summary with a relay', () => {
  it('says until when the relay renews the token, and what it forwards', () => {
    const markdown = summaryMarkdown(
      { ...inputs, relay: { methods: ['GET', 'HEAD'], lifetimeSeconds: 600 } },
      token,
      '11.16.0',
      new Date('2030-01-01T06:00:00.000Z')
    )
    expect(markdown).toContain(
      '| Relay | renews the token for later steps until the job ends, at the latest 2030-01-01T06:00:00.000Z; forwards GET, HEAD |'
    )
  })
})

describe("the relay's record in the job summary", () => {
  const tokens = { held: 3, invalid: 3 }

  it('lists each method and path with its statuses, calls and time', () => {
    const markdown = relayCallsMarkdown({
      calls: [
        {
          method: 'GET',
          path: '/api/v1/computers-inventory',
          count: 3,
          statuses: { 200: 2, 401: 1 },
          totalMs: 1234
        },
        { method: 'POST', path: '/api/v1/packages/1/upload', count: 1, statuses: { 0: 1 }, totalMs: 50 }
      ],
      refused: { withoutKey: 1, method: 2 },
      tokens
    })
    expect(markdown).toBe(
      '### Jamf Pro API calls through the relay\n\n' +
        '| Method | Path | Statuses | Calls | Time |\n| --- | --- | --- | ---: | ---: |\n' +
        '| GET | `/api/v1/computers-inventory` | 200 ×2, 401 | 3 | 1.2 s |\n' +
        '| POST | `/api/v1/packages/1/upload` | no answer | 1 | 0.1 s |\n\n' +
        'The relay refused 1 request without its key and 2 requests with a method outside relay-methods; those never reached Jamf Pro. ' +
        'It held 3 Jamf Pro tokens; none is valid any more.\n'
    )
  })

  it('shows the paths tools sent as code: no table break, link, autolink or HTML', () => {
    const markdown = relayCallsMarkdown({
      calls: [
        {
          method: 'GET',
          path: '/a|b/<img src=x onerror=alert(1)>/[x](https://evil.example)/`code`/**bold**',
          count: 1,
          statuses: { 200: 1 },
          totalMs: 1
        }
      ],
      refused: { withoutKey: 0, method: 0 },
      tokens
    })
    const row = markdown.split('\n').find(line => line.startsWith('| GET'))
    expect(row).toBe(
      "| GET | `/a\\|b/<img src=x onerror=alert(1)>/[x](https://evil.example)/'code'/**bold**` | 200 | 1 | 0.0 s |"
    )
  })

  it('says which tokens could not be invalidated, and until when they stay valid', () => {
    const markdown = relayCallsMarkdown({
      calls: [],
      refused: { withoutKey: 0, method: 0 },
      tokens: { held: 4, invalid: 3, validUntil: '2030-01-01T00:01:00.000Z' }
    })
    expect(markdown).toBe(
      '### Jamf Pro API calls through the relay\n\nNo API calls went through the relay.\n\n' +
        'It held 4 Jamf Pro tokens; 1 could not be invalidated and expire by 2030-01-01T00:01:00.000Z.\n'
    )
  })
})
