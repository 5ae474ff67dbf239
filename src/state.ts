// What the main step hands to its own post step. Each use of the action in a job has its own state.
export interface TokenState {
  token: string
  url: string
  expiresAt: Date
  timeoutMs: number
}

const KEYS = { token: 'token', url: 'url', expiresAt: 'expires-at', timeoutMs: 'timeout-ms' } as const

export function saveTokenState(saveState: (name: string, value: string) => void, state: TokenState): void {
  saveState(KEYS.token, state.token)
  saveState(KEYS.url, state.url)
  saveState(KEYS.expiresAt, state.expiresAt.toISOString())
  saveState(KEYS.timeoutMs, String(state.timeoutMs))
}

/** Undefined when the main step saved nothing: it failed early, or invalidate-token was false. */
export function loadTokenState(getState: (name: string) => string): TokenState | undefined {
  const token = getState(KEYS.token)
  const url = getState(KEYS.url)
  if (token === '' || url === '') return undefined
  const expiresAt = new Date(getState(KEYS.expiresAt))
  const timeoutMs = Number(getState(KEYS.timeoutMs))
  return {
    token,
    url,
    // Unreadable values must not stop the clean-up: try to invalidate, within the default time.
    expiresAt: Number.isNaN(expiresAt.getTime()) ? new Date(8.64e15) : expiresAt,
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 30_000
  }
}

/** Tells the post step there is nothing left to invalidate: the runner keeps the last value saved. */
export function clearTokenState(saveState: (name: string, value: string) => void): void {
  saveState(KEYS.token, '')
}

/** The relay the main step started: where it listens, its key, and when it stops at the latest. */
export interface RelayState {
  port: number
  pid: number
  key: string
  deadline: Date
}

const RELAY_KEYS = {
  port: 'relay-port',
  pid: 'relay-pid',
  key: 'relay-key',
  deadline: 'relay-deadline'
} as const

export function saveRelayState(saveState: (name: string, value: string) => void, state: RelayState): void {
  saveState(RELAY_KEYS.port, String(state.port))
  saveState(RELAY_KEYS.pid, String(state.pid))
  saveState(RELAY_KEYS.key, state.key)
  saveState(RELAY_KEYS.deadline, state.deadline.toISOString())
}

/** Undefined when the main step started no relay. */
export function loadRelayState(getState: (name: string) => string): RelayState | undefined {
  const port = Number(getState(RELAY_KEYS.port))
  const key = getState(RELAY_KEYS.key)
  if (!Number.isInteger(port) || port <= 0 || key === '') return undefined
  const deadline = new Date(getState(RELAY_KEYS.deadline))
  return {
    port,
    pid: Number(getState(RELAY_KEYS.pid)),
    key,
    deadline: Number.isNaN(deadline.getTime()) ? new Date(8.64e15) : deadline
  }
}
