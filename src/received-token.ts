// A token from the moment the action reads it until the main step hands it out. It is masked at once and, if
// the action then refuses it for any reason, invalidated by the main step itself: it was never handed out,
// and the post step may not have it at all (a token refused before it was saved, or too large to keep).
import type { Core } from './core.js'
import type { JamfClient } from './jamf/client.js'
import { failureMessage } from './jamf/errors.js'
import { clearTokenState } from './state.js'

export class ReceivedToken {
  private token: string | undefined
  /** Whether the token was saved for the post step. */
  saved = false

  constructor(
    private readonly core: Core,
    private readonly secrets: string[]
  ) {}

  /** JamfClient's onToken: masked, and redacted from every message, before any check can refuse it. */
  readonly receive = (token: string): void => {
    this.core.setSecret(token)
    this.secrets.push(token)
    this.token = token
  }

  /** After a failure: one attempt to invalidate the token, if one came. Returns what the error line adds. */
  async refuse(client: JamfClient): Promise<string> {
    if (this.token === undefined) return ''
    const core = this.core
    try {
      await client.invalidate(this.token)
      if (this.saved) clearTokenState((name, value) => core.saveState(name, value))
      return ''
    } catch (error) {
      const why = failureMessage(error, this.secrets, message => core.debug(message))
      core.debug(`the refused token was not invalidated: ${why}`)
      return this.saved
        ? ' Invalidating the token failed; the post step tries again.'
        : ' Invalidating the token failed: it stays valid until it expires.'
    }
  }
}
