// Background processes a test started (relays): whether one still runs, and ending it by its PID.

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Ends the process at once; one that has already ended is fine. */
export function kill(pid: number): void {
  try {
    if (pid > 0) process.kill(pid, 'SIGKILL')
  } catch {
    // already ended
  }
}
