// The job summary: what was obtained, from where, until when. It never holds a secret, and every value is
// escaped: Markdown and HTML in a value are shown as text, never rendered.
import type { Credentials, Inputs } from './inputs.js'
import type { Token } from './jamf/client.js'

export function summaryMarkdown(inputs: Inputs, token: Token, version: string): string {
  const rows: Array<[string, string]> = [
    ['Jamf Pro server', text(inputs.url)],
    ['Authenticated as', whoLabel(inputs.credentials, code)],
    ...(token.method === 'client-credentials'
      ? [['Scope', token.scope ? text(token.scope) : '(all roles of the client)'] as [string, string]]
      : []),
    ['Jamf Pro version', version ? text(version) : inputs.verify ? 'not readable' : 'not checked'],
    ['Token expires', `${token.expiresAt.toISOString()} (${token.expiresIn} s after issue)`],
    ['Invalidated at job end', inputs.invalidateToken ? 'yes' : 'no (invalidate-token: false)']
  ]
  const table = rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n')
  return `### Jamf Pro token\n\n| | |\n| --- | --- |\n${table}\n`
}

/** `API client ID` or `user account NAME`, with the name formatted as the caller needs. */
export function whoLabel(credentials: Credentials, format = (name: string) => name): string {
  return credentials.kind === 'client-credentials'
    ? `API client ${format(credentials.clientId)}`
    : `user account ${format(credentials.username)}`
}

/** A value as plain text in a table cell: every character that could start Markdown or HTML escaped. */
function text(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>&|~!#()]/g, '\\$&')
}

/** A name as code in a table cell: nothing is rendered inside a code span but a backtick, or a | that ends the cell. */
function code(value: string): string {
  return `\`${value
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')}\``
}
