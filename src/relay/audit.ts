// The relay's record of what the job did to Jamf Pro: per method and path (never a query, a header or a
// body), how many calls, with which statuses, for how long. In memory only, and bounded.
import type { TokenReport } from './tokens.js'

/** Distinct method-and-path pairs kept; calls beyond them are counted under OTHER_PATHS. */
const MAX_ENTRIES = 500
const MAX_PATH_LENGTH = 200
const OTHER_PATHS = '(other paths)'

interface CallRecord {
  method: string
  path: string
  count: number
  /** Calls per HTTP status; "0" for a call that got no answer from Jamf Pro (the client went away). */
  statuses: Record<string, number>
  totalMs: number
}

export interface RelayReport {
  calls: CallRecord[]
  /** Requests the relay answered itself instead of forwarding them. */
  refused: { withoutKey: number; method: number }
  tokens: TokenReport
}

export class Audit {
  readonly #calls = new Map<string, CallRecord>()
  readonly #refused = { withoutKey: 0, method: 0 }

  record(method: string, rawPath: string, status: number, ms: number): void {
    let path = rawPath.length > MAX_PATH_LENGTH ? `${rawPath.slice(0, MAX_PATH_LENGTH)}…` : rawPath
    if (!this.#calls.has(`${method} ${path}`) && this.#calls.size >= MAX_ENTRIES) path = OTHER_PATHS
    const key = `${method} ${path}`
    const entry = this.#calls.get(key) ?? { method, path, count: 0, statuses: {}, totalMs: 0 }
    entry.count++
    entry.statuses[status] = (entry.statuses[status] ?? 0) + 1
    entry.totalMs += ms
    this.#calls.set(key, entry)
  }

  refuse(reason: keyof RelayReport['refused']): void {
    this.#refused[reason]++
  }

  report(tokens: TokenReport): RelayReport {
    return { calls: [...this.#calls.values()], refused: { ...this.#refused }, tokens }
  }
}
