import type { Command, StepResult } from './runner.mjs'

export interface WorkflowOptions {
  /** The repository's variables (`vars.*`) and secrets (`secrets.*`). */
  vars?: Record<string, string>
  secrets?: Record<string, string>
  /** The github context: `token`, `event` (the payload), `event_name` and any other value to change. */
  github?: { token?: string; event?: unknown; [name: string]: unknown }
  /** The repository's files, as the checkout stand-in writes them into the workspace. */
  files?: Record<string, string>
  /** Release assets `gh release download` finds: { tag: { fileName: content } }. */
  releaseAssets?: Record<string, Record<string, string | Buffer>>
  /** Gets one line per step stood in for, skipped or run, with its outcome. */
  print?: (line: string) => void
  stepTimeoutMs?: number
}
export interface WorkflowStep extends Partial<StepResult> {
  label: string
  outcome: 'success' | 'failure' | 'cancelled' | 'skipped'
  commands?: Command[]
}
export interface WorkflowJob {
  id: string
  outcome: 'success' | 'failure'
  steps: WorkflowStep[]
  /** upload-artifact's files, by artifact name. */
  artifacts: Record<string, string>
  /** The lines given to `print`. */
  notes: string[]
  /** The job's log as the Actions page shows it, secrets and masked values as ***. */
  log: string
}
export function runWorkflow(
  source: string,
  options?: WorkflowOptions
): Promise<{ jobs: WorkflowJob[]; outcome: 'success' | 'failure' }>
