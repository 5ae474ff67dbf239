// What the main step hands to its own post step. Each use of the action in a job has its own state.
interface TokenState {
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
