// The job summary: what was obtained, from where, until when. It never holds a secret.
import type { Core } from './core.js'
import type { Credentials, Inputs } from './inputs.js'
import type { Token } from './jamf/client.js'
import type { RelayReport } from './relay/audit.js'

/** `relayUntil`: when the relay started for this job stops at the latest. */
export function summaryMarkdown(inputs: Inputs, token: Token, version: string, relayUntil?: Date): string {
  const rows: Array<[string, string]> = [
    ['Jamf Pro server', inputs.url],
    ['Authenticated as', whoLabel(inputs.credentials, name => `\`${code(name)}\``)],
    ...(token.method === 'client-credentials'
      ? [['Scope', token.scope || '(all roles of the client)'] as [string, string]]
      : []),
    ['Jamf Pro version', version || (inputs.verify ? 'not readable with this token' : 'not checked')],
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
    return `| ${plain(call.method)} | ${plain(call.path)} | ${plain(statuses)} | ${Number(call.count)} | ${time} |`
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

/** Text shown as typed: HTML and the characters that Markdown reads (autolinks included) escaped. */
function plain(text: string): string {
  return text
    .replace(/\p{Cc}/gu, '')
    .replace(/[\\`*_{}[\]()#+\-.!|~:@&<>"]/g, c =>
      c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : `\\${c}`
    )
}
