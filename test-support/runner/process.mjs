// @ts-check
// A step's process as the runner's ProcessInvoker.cs runs it: stdin closed at once, stdout and stderr read
// a line at a time (LF, CRLF or a lone CR ends one), in the order they come. The step ends when the
// process has exited and both streams have closed; if a process that inherited them keeps them open, the
// runner stops waiting 5 s after the exit and goes on (the holder lives on). Cancelling sends SIGINT, then
// SIGTERM 7.5 s later and SIGKILL 2.5 s after that, each only if the step has not ended by then.
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

/** @typedef {'SIGINT' | 'SIGTERM' | 'SIGKILL'} Signal */
/**
 * How a step was cancelled.
 * @typedef {object} Cancellation
 * @property {'cancelled' | 'timeout'} reason 'cancelled': the job was cancelled (`signal`); 'timeout': the
 *   step ran out of time (`timeoutMs`).
 * @property {number} atMs When the cancellation came, in ms from the spawn.
 * @property {{ signal: Signal, atMs: number }[]} signals The signals sent to the process, each with its
 *   time in ms from the spawn.
 * @property {Signal | null} endedBy The last signal sent before the process exited; null if it had exited
 *   before any.
 */
/**
 * A step's process from spawn to end.
 * @typedef {object} ProcessRun
 * @property {number | null} exitCode
 * @property {NodeJS.Signals | null} signal The signal that killed the process, if one did.
 * @property {number} exitedAtMs From the spawn to the process's exit.
 * @property {number | null} streamsClosedAfterMs How long after the exit stdout and stderr closed; null if
 *   still open when the runner stopped waiting.
 * @property {number} elapsedMs From the spawn to the end of the step.
 * @property {Cancellation | undefined} cancellation
 * @property {string[]} lines stdout's and stderr's lines, in the order they came
 * @property {string} stdout
 * @property {string} stderr
 */

const STREAMS_AFTER_EXIT_MS = 5000
/** @type {[signal: Signal, graceMs: number][]} */
const ESCALATION = [
  ['SIGINT', 7500],
  ['SIGTERM', 2500]
]
const STREAMS = /** @type {const} */ (['stdout', 'stderr'])

/**
 * Calls `onLine` for each line of `stream`, `onText` for each chunk; resolves when it closes.
 * @param {import('node:stream').Readable} stream @param {(text: string) => void} onText
 * @param {(line: string) => void} onLine @returns {Promise<void>}
 */
function readLines(stream, onText, onLine) {
  stream.setEncoding('utf8')
  let pending = ''
  /** @param {boolean} final */
  const emit = final => {
    // A CR at the end of a chunk may be the first half of a CRLF.
    const cut = !final && pending.endsWith('\r') ? pending.length - 1 : pending.length
    const lines = pending.slice(0, cut).split(/\r\n|\r|\n/)
    pending = lines.pop() + pending.slice(cut)
    if (final && pending !== '') lines.push(pending)
    lines.forEach(onLine)
  }
  stream.on('data', (/** @type {string} */ chunk) => {
    onText(chunk)
    pending += chunk
    emit(false)
  })
  stream.on('end', () => emit(true))
  return new Promise(resolve => stream.on('close', resolve))
}

/**
 * Runs `command ...args` (Node by default) to the end of its step. `signal` cancels it, as does `timeoutMs`; the result says
 * when the process exited, how long after that its streams closed (null: still open when the runner
 * stopped waiting), and for a cancelled step which signals were sent, when, and which one ended it.
 * @param {{ command?: string, args: string[], env: Record<string, string>, cwd: string, signal?: AbortSignal,
 *   timeoutMs?: number }} options
 * @returns {Promise<ProcessRun>}
 */
export async function runProcess({ command = process.execPath, args, env, cwd, signal, timeoutMs }) {
  const started = performance.now()
  const now = () => performance.now() - started
  const timers = new AbortController()
  /** @param {number} ms */
  const wait = ms => sleep(ms, undefined, { signal: timers.signal }).catch(() => undefined)
  const child = spawn(command, args, { env, cwd, stdio: 'pipe' })
  child.stdin.on('error', () => undefined)
  child.stdin.end()

  const output = { stdout: '', stderr: '' }
  /** @type {string[]} */
  const lines = []
  const closed = STREAMS.map(name =>
    readLines(
      child[name],
      text => (output[name] += text),
      text => lines.push(text)
    )
  )
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null, atMs: number }>} */
  const exit = new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, exitSignal) => resolve({ code, signal: exitSignal, atMs: now() }))
  })
  const streamsClosed = Promise.all(closed).then(now)
  const ended = exit.then(async ({ atMs }) => {
    const closedAt = await Promise.race([streamsClosed, wait(STREAMS_AFTER_EXIT_MS).then(() => null)])
    if (closedAt === null) for (const name of STREAMS) child[name].destroy()
    return closedAt === null ? null : Math.max(0, closedAt - atMs)
  })

  /** @type {Cancellation | undefined} */
  let cancellation
  /** @type {Promise<void> | undefined} */
  let cancelled
  /** @param {Cancellation['reason']} reason */
  const cancel = reason => {
    cancelled ??= (async () => {
      // endedBy is known once the process has exited.
      cancellation = { reason, atMs: now(), signals: [], endedBy: null }
      for (const [name, graceMs] of ESCALATION) {
        if (!child.kill(name)) continue
        cancellation.signals.push({ signal: name, atMs: now() })
        if (await Promise.race([ended.then(() => true), wait(graceMs).then(() => false)])) return
      }
      if (child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'))
        cancellation.signals.push({ signal: 'SIGKILL', atMs: now() })
    })()
  }
  const onAbort = () => cancel('cancelled')
  signal?.addEventListener('abort', onAbort, { once: true })
  if (signal?.aborted) onAbort()
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => cancel('timeout'), timeoutMs)

  try {
    const streamsClosedAfterMs = await ended
    await cancelled
    const { code, signal: exitSignal, atMs } = await exit
    if (cancellation)
      cancellation.endedBy = cancellation.signals.filter(sent => sent.atMs <= atMs).at(-1)?.signal ?? null
    return {
      exitCode: code,
      signal: exitSignal,
      exitedAtMs: atMs,
      streamsClosedAfterMs,
      elapsedMs: now(),
      cancellation,
      lines,
      ...output
    }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    timers.abort()
  }
}
