// The job summary: what was obtained, from where, until when. It never holds a secret.
import type { Credentials, Inputs } from './inputs.js'
import type { Token } from './jamf/client.js'

export function summaryMarkdown(inputs: Inputs, token: Token, version: string): string {
  const rows: Array<[string, string]> = [
    ['Jamf Pro server', inputs.url],
    ['Authenticated as', whoLabel(inputs.credentials, name => `\`${code(name)}\``)],
    ...(token.method === 'client-credentials'
      ? [['Scope', token.scope || '(all roles of the client)'] as [string, string]]
      : []),
    ['Jamf Pro version', version || (inputs.verify ? 'not readable with this token' : 'not checked')],
    ['Token expires', `${token.expiresAt.toISOString()} (${token.expiresIn} s after issue)`],
    ['Invalidated at job end', inputs.invalidateToken ? 'yes' : 'no (invalidate-token: false)']
  ]
  const table = rows.map(([name, value]) => `| ${name} | ${cell(value)} |`).join('\n')
  return `### Jamf Pro token\n\n| | |\n| --- | --- |\n${table}\n`
}

/** `API client ID` or `user account NAME`, with the name formatted as the caller needs. */
export function whoLabel(credentials: Credentials, format = (name: string) => name): string {
  return credentials.kind === 'client-credentials'
    ? `API client ${format(credentials.clientId)}`
    : `user account ${format(credentials.username)}`
}

function code(text: string): string {
  return text.replace(/`/g, "'")
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')
}
