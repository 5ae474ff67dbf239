// A step's process as the runner's ProcessInvoker.cs runs it: stdin closed at once, stdout and stderr read
// a line at a time (LF, CRLF or a lone CR ends one), in the order they come. The step ends when the
// process has exited and both streams have closed; if a process that inherited them keeps them open, the
// runner stops waiting 5 s after the exit and goes on (the holder lives on). Cancelling sends SIGINT, then
// SIGTERM 7.5 s later and SIGKILL 2.5 s after that, each only if the step has not ended by then.
import { spawn } from 'node:child_process'
import { setTimeout as sleep } from 'node:timers/promises'

const STREAMS_AFTER_EXIT_MS = 5000
const ESCALATION = [
  ['SIGINT', 7500],
  ['SIGTERM', 2500]
]

/** Calls `onLine` for each line of `stream`, `onText` for each chunk; resolves when it closes. */
function readLines(stream, onText, onLine) {
  stream.setEncoding('utf8')
  let pending = ''
  const emit = final => {
    // A CR at the end of a chunk may be the first half of a CRLF.
    const cut = !final && pending.endsWith('\r') ? pending.length - 1 : pending.length
    const lines = pending.slice(0, cut).split(/\r\n|\r|\n/)
    pending = lines.pop() + pending.slice(cut)
    if (final && pending !== '') lines.push(pending)
    lines.forEach(onLine)
  }
  stream.on('data', chunk => {
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
 */
export async function runProcess({ command = process.execPath, args, env, cwd, signal, timeoutMs }) {
  const started = performance.now()
  const now = () => performance.now() - started
  const timers = new AbortController()
  const wait = ms => sleep(ms, undefined, { signal: timers.signal }).catch(() => undefined)
  const child = spawn(command, args, { env, cwd, stdio: 'pipe' })
  child.stdin.on('error', () => undefined)
  child.stdin.end()

  const output = { stdout: '', stderr: '' }
  const lines = []
  const closed = ['stdout', 'stderr'].map(name =>
    readLines(
      child[name],
      text => (output[name] += text),
      text => lines.push(text)
    )
  )
  const exit = new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code, exitSignal) => resolve({ code, signal: exitSignal, atMs: now() }))
  })
  const streamsClosed = Promise.all(closed).then(now)
  const ended = exit.then(async ({ atMs }) => {
    const closedAt = await Promise.race([streamsClosed, wait(STREAMS_AFTER_EXIT_MS).then(() => null)])
    if (closedAt === null) for (const name of ['stdout', 'stderr']) child[name].destroy()
    return closedAt === null ? null : Math.max(0, closedAt - atMs)
  })

  let cancellation
  let cancelled
  const cancel = reason => {
    cancelled ??= (async () => {
      cancellation = { reason, atMs: now(), signals: [] }
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
