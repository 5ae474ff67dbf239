export const ROOT: string
export function actionDefaults(action?: string): Record<string, string>
export function parseFileCommands(text: string): Record<string, string>
export interface Command {
  command: string
  message: string
  /** The command's properties (`::error title=…::`), when it has any; names in lower case. */
  properties?: Record<string, string>
  /** A line the runner writes itself (a warning about inputs, a failed file command…). */
  runner?: true
}
export function parseCommands(output: string): Command[]
export function renderLog(commands: Command[], options?: { debug?: boolean }): string
export type Signal = 'SIGINT' | 'SIGTERM' | 'SIGKILL'
export interface Cancellation {
  /** 'cancelled': the job was cancelled (`signal`); 'timeout': the step ran out of time (`timeoutMs`). */
  reason: 'cancelled' | 'timeout'
  /** When the cancellation came, in ms from the spawn. */
  atMs: number
  /** The signals sent to the process, each with its time in ms from the spawn. */
  signals: { signal: Signal; atMs: number }[]
  /** The last signal sent before the process exited; null if it had exited before any. */
  endedBy: Signal | null
}
export interface StepResult {
  step: 'main' | 'post'
  /** As the runner judges the step: exit code, workflow and file commands, cancellation, time-out. */
  outcome: 'success' | 'failure' | 'cancelled' | 'skipped'
  exitCode: number | null
  /** The signal that killed the process, if one did. */
  signal: NodeJS.Signals | null
  /** From the spawn to the end of the step. */
  elapsedMs: number
  /** From the spawn to the process's exit. */
  exitedAtMs: number | null
  /** How long after the exit stdout and stderr closed; null if still open when the runner stopped waiting. */
  streamsClosedAfterMs: number | null
  cancellation?: Cancellation
  stdout: string
  stderr: string
  /** The log: the step's lines from stdout and stderr in order, and the runner's own lines. */
  commands: Command[]
  outputs: Record<string, string>
  exported: Record<string, string>
  state: Record<string, string>
  summary: string
  /** Directories added to PATH through GITHUB_PATH. */
  paths: string[]
}
export interface StepOptions {
  /** The action's directory (this repository by default). */
  action?: string
  inputs?: Record<string, string>
  state?: Record<string, string>
  env?: Record<string, string>
  timeoutMs?: number
  args?: string[]
  signal?: AbortSignal
  /** Run in this job (createJob) instead of one of its own; with what its earlier steps exported. */
  job?: Job
  jobEnv?: Record<string, string>
  paths?: string[]
  /** What differs in this step's github context (GITHUB_ACTION...). */
  github?: Record<string, string>
}
/** A job's directories and the github context its steps share. */
export interface Job {
  root: string
  temp: string
  toolCache: string
  workspace: string
  github: Record<string, string>
  remove(): void
}
export function createJob(options?: { github?: Record<string, string>; event?: unknown }): Job
/** Runs `command ...args` as one step of `job`, read as the runner reads a step. */
export function runProgram(
  job: Job,
  options: Omit<StepOptions, 'job' | 'action'> & { command: string; args: string[]; warnings?: string[] }
): Promise<Omit<StepResult, 'step'>>
export function runStep(step: 'main' | 'post', options?: StepOptions): Promise<StepResult>
export function runJob<T = unknown>(options?: {
  action?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  between?: (main: StepResult) => Promise<T>
  signal?: AbortSignal
}): Promise<{ main: StepResult; consumer: T | undefined; post: StepResult }>
