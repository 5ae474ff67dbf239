// A streamed body's chunks are freed only when V8 collects garbage, which it schedules by how much the
// relay's small heap grows, not by the memory the chunks hold: during a multi-GB upload the relay would
// grow by the ~64 MB V8 lets pass between collections. A minor collection every 10 ms while requests are
// in flight frees them for a few milliseconds of CPU per GiB (npm run bench: a peak near 85 MB, not 130).
// It needs node --expose-gc (relay-launch.ts); without it, this does nothing.
const EVERY_MS = 10

interface Collector {
  begin(): void
  end(): void
}

export function collectorWhileBusy(gc: NodeJS.GCFunction | undefined = globalThis.gc): Collector {
  let busy = 0
  let timer: NodeJS.Timeout | undefined
  return {
    begin() {
      if (gc && busy++ === 0) timer = setInterval(() => gc({ type: 'minor' }), EVERY_MS)
    },
    end() {
      if (gc && --busy === 0) clearInterval(timer)
    }
  }
}
