// A stand-in for @actions/core that records what a user would see: every call in order, outputs,
// exported variables, saved state, masks and the job summary.
import type { Core } from '../../src/core.js'
import { actionDefaults } from '../../test-support/runner.mjs'

export interface Call {
  fn: string
  value: string
}

export interface FakeCore extends Core {
  calls: Call[]
  outputs: Record<string, string>
  exported: Record<string, string>
  saved: Record<string, string>
  masks: string[]
  summaryText: string
  failures: string[]
  warnings: string[]
  notices: string[]
  infos: string[]
  debugs: string[]
  /** Everything printed to the log, masks excluded, in order. */
  printed(): string[]
}

export function fakeCore(inputs: Record<string, string> = {}, state: Record<string, string> = {}): FakeCore {
  const values: Record<string, string> = { ...actionDefaults(), ...inputs }
  const calls: Call[] = []
  const record = (fn: string, value: string): void => {
    calls.push({ fn, value })
  }
  const core: FakeCore = {
    calls,
    outputs: {},
    exported: {},
    saved: {},
    masks: [],
    summaryText: '',
    failures: [],
    warnings: [],
    notices: [],
    infos: [],
    debugs: [],
    printed: () => calls.filter(call => call.fn !== 'setSecret').map(call => call.value),
    getInput: (name, options) => {
      const value = values[name] ?? ''
      return options?.trimWhitespace === false ? value : value.trim()
    },
    getState: name => state[name] ?? '',
    saveState: (name, value) => {
      record('saveState', `${name}=${String(value)}`)
      core.saved[name] = String(value)
    },
    setSecret: value => {
      record('setSecret', value)
      core.masks.push(value)
    },
    setOutput: (name, value) => {
      record('setOutput', `${name}=${String(value)}`)
      core.outputs[name] = String(value)
    },
    exportVariable: (name, value) => {
      record('exportVariable', `${name}=${String(value)}`)
      core.exported[name] = String(value)
    },
    setFailed: message => {
      record('error', String(message))
      core.failures.push(String(message))
    },
    info: message => {
      record('info', message)
      core.infos.push(message)
    },
    debug: message => {
      record('debug', message)
      core.debugs.push(message)
    },
    notice: message => {
      record('notice', String(message))
      core.notices.push(String(message))
    },
    warning: message => {
      record('warning', String(message))
      core.warnings.push(String(message))
    },
    summary: {
      addRaw(text: string) {
        core.summaryText += text
        return this as never
      },
      async write() {
        record('summary', core.summaryText)
        return this as never
      }
    } as unknown as Core['summary']
  }
  return core
}
