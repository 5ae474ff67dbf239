// The last line of defence for the time bounds: once a step's work is done, nothing left behind (a socket
// a proxy never answers, a timer) may hold the job. What was written is flushed, then the process ends with
// the exit code the step set (setFailed sets process.exitCode).
export async function exitWhenDone(): Promise<never> {
  await Promise.all(
    [process.stdout, process.stderr].map(stream => new Promise(resolve => stream.write('', resolve)))
  )
  process.exit()
}
