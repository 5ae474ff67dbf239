import { describe, expect, it } from '@jest/globals'
import type { Inputs } from '../src/inputs.js'
import { summaryMarkdown } from '../src/summary.js'

const inputs: Inputs = {
  url: 'https://yourorg.jamfcloud.com',
  urlSuffix: '',
  credentials: { kind: 'client-credentials', clientId: 'client|`1`', clientSecret: 'the-secret', scope: '' },
  invalidateToken: true,
  exportEnv: true,
  verify: true,
  minLifetime: 0,
  timeoutSeconds: 30,
  retries: 3
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
