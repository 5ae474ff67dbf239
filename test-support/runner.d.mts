export const ROOT: string
export function actionDefaults(): Record<string, string>
export function parseFileCommands(text: string): Record<string, string>
export interface Command {
  command: string
  message: string
}
export function parseCommands(stdout: string): Command[]
export function renderLog(commands: Command[], options?: { debug?: boolean }): string
export interface StepResult {
  step: 'main' | 'post'
  exitCode: number | null
  elapsedMs: number
  stdout: string
  stderr: string
  commands: Command[]
  outputs: Record<string, string>
  exported: Record<string, string>
  state: Record<string, string>
  summary: string
}
export interface StepOptions {
  inputs?: Record<string, string>
  state?: Record<string, string>
  env?: Record<string, string>
  timeoutMs?: number
  args?: string[]
}
export function runStep(step: 'main' | 'post', options?: StepOptions): Promise<StepResult>
export function runJob<T = unknown>(options?: {
  inputs?: Record<string, string>
  env?: Record<string, string>
  between?: (main: StepResult) => Promise<T>
}): Promise<{ main: StepResult; consumer: T | undefined; post: StepResult }>
