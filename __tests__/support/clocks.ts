// Clocks for tests that must not import nock (support/jamf.ts does): real time, recorded waits.
import type { Clock } from '../../src/net/retry.js'

export type RecordingClock = Clock & { sleeps: number[] }

/**
 * Real time and a fixed jitter (random 0.5: waits of 750 ms, 1500 ms, ...). Waits are recorded and
 * skipped, unless `realSleep` is set: then they really happen, for tests that measure a time bound.
 */
export function recordingClock({ realSleep = false } = {}): RecordingClock {
  const sleeps: number[] = []
  return {
    now: () => Date.now(),
    random: () => 0.5,
    sleeps,
    sleep: ms => {
      sleeps.push(ms)
      return realSleep ? new Promise(resolve => setTimeout(resolve, ms)) : Promise.resolve()
    }
  }
}
