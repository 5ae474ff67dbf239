// The parts of @actions/core the steps use, so that tests can pass a recorder in its place.
import type * as actionsCore from '@actions/core'

export type Core = Pick<
  typeof actionsCore,
  | 'getInput'
  | 'getState'
  | 'saveState'
  | 'setSecret'
  | 'setOutput'
  | 'exportVariable'
  | 'setFailed'
  | 'info'
  | 'debug'
  | 'notice'
  | 'warning'
> & { summary: Pick<typeof actionsCore.summary, 'addRaw' | 'write'> }
