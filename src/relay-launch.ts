// Starts the relay process so that it outlives the main step without holding it: detached, its stdout
// and stderr ignored (a child holding them keeps the runner waiting), its settings on stdin, its answer on fd 3.
import { spawn, type ChildProcess } from 'node:child_process'
import type { Readable } from 'node:stream'
import { JamfError } from './jamf/errors.js'

const READY_TIMEOUT_MS = 5000
/** For relay/memory.ts, which keeps a long upload from growing the relay's memory. */
const NODE_FLAGS = ['--expose-gc']

/** Sends the settings (JSON) to a new relay and resolves once it listens. */
export type LaunchRelay = (settings: string) => Promise<{ port: number; pid: number }>

/**
 * The step's environment (proxy variables, NODE_EXTRA_CA_CERTS, and RUNNER_TRACKING_ID, by which the
 * runner ends the job's processes) without the inputs, which hold the secret, or the runner's own tokens.
 */
export function relayEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(INPUT|ACTIONS)_/i.test(name)))
}

export function relayLauncher(entry: string, readyTimeoutMs = READY_TIMEOUT_MS): LaunchRelay {
  return async settings => {
    const child = spawn(process.execPath, [...NODE_FLAGS, entry], {
      detached: true,
      windowsHide: true,
      stdio: ['pipe', 'ignore', 'ignore', 'pipe'],
      env: relayEnvironment(process.env)
    })
    const channel = child.stdio[3] as Readable
    try {
      const port = await readyPort(child, channel, settings, readyTimeoutMs)
      return { port, pid: child.pid ?? 0 }
    } catch (error) {
      child.kill()
      throw error
    } finally {
      child.stdin?.destroy()
      channel.destroy()
      child.unref()
    }
  }
}

function readyPort(
  child: ChildProcess,
  channel: Readable,
  settings: string,
  timeoutMs: number
): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (why: string): void =>
      reject(
        new JamfError(
          `The relay did not start (${why}). Re-run the job; if it fails again, remove relay: true and report the problem.`
        )
      )
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs / 1000} s`), timeoutMs)
    let answer = ''
    channel.setEncoding('utf8')
    channel.on('data', (chunk: string) => {
      answer += chunk
      const line = answer.split('\n')[0]
      if (!answer.includes('\n')) return
      clearTimeout(timer)
      const ready = /^ready (\d+)$/.exec(line)
      if (ready) resolve(Number(ready[1]))
      else fail(line.replace(/^failed /, '').slice(0, 200))
    })
    channel.on('end', () => {
      clearTimeout(timer)
      fail('it exited before it was ready')
    })
    child.on('error', error => {
      clearTimeout(timer)
      fail(error.message)
    })
    child.stdin?.on('error', () => {}) // a relay that died early: its exit or the timer says so
    child.stdin?.end(settings)
  })
}
