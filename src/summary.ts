// The job summary: what was obtained, from where, until when. It never holds a secret, and every value is
// escaped: Markdown and HTML in a value are shown as text, never rendered.
import type { Core } from './core.js'
import type { Credentials, Inputs } from './inputs.js'
import type { Token } from './jamf/client.js'
import type { RelayReport } from './relay/audit.js'

/** `relayUntil`: when the relay started for this job stops at the latest. */
export function summaryMarkdown(inputs: Inputs, token: Token, version: string, relayUntil?: Date): string {
  const rows: Array<[string, string]> = [
    ['Jamf Pro server', text(inputs.url)],
    ['Authenticated as', whoLabel(inputs.credentials, code)],
    ...(token.method === 'client-credentials'
      ? [['Scope', token.scope ? text(token.scope) : '(all roles of the client)'] as [string, string]]
      : []),
    ['Jamf Pro version', version ? text(version) : inputs.verify ? 'not readable' : 'not checked'],
    ['Token expires', `${token.expiresAt.toISOString()} (${token.expiresIn} s after issue)`],
    ['Invalidated at job end', inputs.invalidateToken ? 'yes' : 'no (invalidate-token: false)'],
    ...(inputs.relay && relayUntil
      ? [
          [
            'Relay',
            `renews the token for later steps until the job ends, at the latest ${relayUntil.toISOString()}; ` +
              `forwards ${inputs.relay.methods.join(', ') || 'every method'}`
          ] as [string, string]
        ]
      : [])
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

/** A summary is a nicety: a runner without one (or a full disk) must not fail the step. */
export async function writeSummary(core: Core, markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.debug(`no job summary written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The relay's record as a table. Methods and paths come from the job's tools: every one is escaped. */
export function relayCallsMarkdown({ calls, refused, tokens }: RelayReport): string {
  const rows = calls.map(call => {
    const statuses = Object.entries(call.statuses)
      .map(([status, count]) => `${status === '0' ? 'no answer' : status}${count > 1 ? ` ×${count}` : ''}`)
      .join(', ')
    const time = `${(Number(call.totalMs) / 1000).toFixed(1)} s`
    return `| ${text(call.method)} | ${code(call.path)} | ${text(statuses)} | ${Number(call.count)} | ${time} |`
  })
  const table =
    rows.length > 0
      ? `| Method | Path | Statuses | Calls | Time |\n| --- | --- | --- | ---: | ---: |\n${rows.join('\n')}\n`
      : 'No API calls went through the relay.\n'
  const refusals = [
    refused.withoutKey > 0 ? `${requests(refused.withoutKey)} without its key` : '',
    refused.method > 0 ? `${requests(refused.method)} with a method outside relay-methods` : ''
  ].filter(Boolean)
  const notes = [
    refusals.length > 0 ? `The relay refused ${refusals.join(' and ')}; those never reached Jamf Pro.` : '',
    tokens.invalid === tokens.held
      ? `It held ${tokens.held} Jamf Pro tokens; none is valid any more.`
      : `It held ${tokens.held} Jamf Pro tokens; ${tokens.held - tokens.invalid} could not be invalidated and expire by ${tokens.validUntil}.`
  ].filter(Boolean)
  return `### Jamf Pro API calls through the relay\n\n${table}\n${notes.join(' ')}\n`
}

function requests(count: number): string {
  return `${count} ${count === 1 ? 'request' : 'requests'}`
}
