// The relay's Jamf Pro tokens: a new one before half the current one's lifetime has passed, each replaced
// token invalidated as soon as no forwarded request still uses it, every one invalidated when the relay stops.
import type { Credentials } from '../inputs.js'
import type { JamfClient, Token } from '../jamf/client.js'
import { JamfError } from '../jamf/errors.js'
import { retryDelayMs, type Clock } from '../net/retry.js'
import { Lane } from './lane.js'

/** Renewal starts at this share of a token's lifetime, so that its successor is ready before half. */
const RENEW_AT = 0.4
const MIN_RENEW_DELAY_MS = 100
/** How long a request waits for a token request in flight before it takes the current token, if usable. */
const RENEWAL_WAIT_MS = 5000
/** A token this close to its end is not used to start a request (a quarter of its lifetime at most). */
const USABLE_MARGIN_MS = 5000

export interface TokenSource {
  mint(): Promise<Token>
  invalidate(token: string): Promise<unknown>
}

/**
 * New tokens as the main step got the first one (client credentials, or Basic for a user account), from
 * `minter`; old ones invalidated through `invalidator`, on a connection of its own.
 */
export function jamfTokenSource(
  minter: JamfClient,
  invalidator: JamfClient,
  credentials: Credentials
): TokenSource {
  return {
    mint: () =>
      credentials.kind === 'client-credentials'
        ? minter.clientToken(credentials.clientId, credentials.clientSecret, credentials.scope)
        : minter.userToken(credentials.username, credentials.password),
    invalidate: token => invalidator.invalidate(token)
  }
}

interface Held {
  token: string
  issuedAt: number
  expiresAt: number
  users: number
  retired: boolean
  /** The server confirmed it invalid (204, or 401: already invalid). */
  invalid: boolean
  invalidation?: Promise<void>
}

export interface Lease {
  token: string
  release(): void
}

type Acquired = { lease: Lease } | { unavailable: string }

export interface TokenReport {
  /** Tokens the relay held, the main step's first one included. */
  held: number
  /** Of those, how many are known invalid: invalidated, or expired. */
  invalid: number
  /** When the last token not known invalid expires; absent when all are. */
  validUntil?: string
}

export class TokenKeeper {
  readonly #held: Held[] = []
  #current: Held
  #renewing: Promise<void> | undefined
  #attempt: Promise<Token> | undefined
  #timer: NodeJS.Timeout | undefined
  #wake: (() => void) | undefined
  #failure = ''
  #gaveUp = false
  #stopped = false
  /** One token request at a time, and one invalidation: neither waits for the other. */
  readonly #minting = new Lane(1)
  readonly #invalidating = new Lane(1)

  constructor(
    private readonly source: TokenSource,
    first: Token,
    private readonly clock: Clock
  ) {
    this.#current = this.#hold(first)
    this.#schedule()
  }

  /** A token with at least half its lifetime left, unless renewal fails: then one still usable, or why not. */
  async acquire(): Promise<Acquired> {
    if (!this.#stopped && this.clock.now() >= this.#halfLife(this.#current)) {
      void this.#renew()
      // Waits for a token request on the wire, not for the pause before the next one.
      if (this.#attempt) await within(this.#attempt, RENEWAL_WAIT_MS)
    }
    if (this.#stopped) return { unavailable: 'The relay is stopping: the job is ending.' }
    const held = this.#current
    const margin = Math.min(USABLE_MARGIN_MS, (held.expiresAt - held.issuedAt) / 4)
    if (held.expiresAt - this.clock.now() <= margin) {
      return { unavailable: `The relay has no valid Jamf Pro token: ${this.#failure || 'renewal is late'}` }
    }
    held.users++
    let released = false
    const release = (): void => {
      if (released) return
      released = true
      held.users--
      this.#retireIfUnused(held)
    }
    return { lease: { token: held.token, release } }
  }

  /** Stops renewing and invalidates every token still valid, within `boundMs`. */
  async stop(boundMs: number): Promise<TokenReport> {
    this.#stopped = true
    clearTimeout(this.#timer)
    this.#wake?.()
    const work = (async () => {
      await this.#renewing // a token being minted now is held once it arrives
      await Promise.all(this.#held.map(held => this.#invalidate(held)))
    })()
    await within(work, boundMs)
    return this.report()
  }

  report(): TokenReport {
    const now = this.clock.now()
    const valid = this.#held.filter(held => !held.invalid && held.expiresAt > now)
    const last = Math.max(...valid.map(held => held.expiresAt))
    return {
      held: this.#held.length,
      invalid: this.#held.length - valid.length,
      ...(valid.length > 0 ? { validUntil: new Date(last).toISOString() } : {})
    }
  }

  #hold(token: Token): Held {
    const expiresAt = token.expiresAt.getTime()
    const held: Held = {
      token: token.token,
      // expiresIn counts whole seconds: for a user token, from `expires` down, so it was issued no later than now.
      issuedAt: Math.min(this.clock.now(), expiresAt - token.expiresIn * 1000),
      expiresAt,
      users: 0,
      retired: false,
      invalid: false
    }
    this.#held.push(held)
    return held
  }

  #halfLife(held: Held): number {
    return held.issuedAt + (held.expiresAt - held.issuedAt) / 2
  }

  #schedule(): void {
    const held = this.#current
    const at = held.issuedAt + (held.expiresAt - held.issuedAt) * RENEW_AT
    this.#timer = setTimeout(() => void this.#renew(), Math.max(MIN_RENEW_DELAY_MS, at - this.clock.now()))
    this.#timer.unref()
  }

  #renew(): Promise<void> {
    if (this.#gaveUp || this.#stopped) return Promise.resolve()
    this.#renewing ??= this.#renewUntilDone().finally(() => (this.#renewing = undefined))
    return this.#renewing
  }

  /** Tries again with backoff, but never after the server has rejected the credentials (lockouts). */
  async #renewUntilDone(): Promise<void> {
    for (let attempt = 1; !this.#stopped; attempt++) {
      try {
        this.#attempt = this.#minting.run(() => this.source.mint())
        const held = this.#hold(await this.#attempt.finally(() => (this.#attempt = undefined)))
        if (this.#stopped) return
        const old = this.#current
        this.#current = held
        this.#failure = ''
        old.retired = true
        this.#retireIfUnused(old)
        this.#schedule()
        return
      } catch (error) {
        this.#failure = error instanceof JamfError ? error.message : 'the token request failed unexpectedly.'
        if (error instanceof JamfError && [400, 401, 403, 404].includes(error.status ?? 0)) {
          this.#gaveUp = true
          return
        }
        await this.#pause(retryDelayMs(attempt, undefined, this.clock))
      }
    }
  }

  #pause(ms: number): Promise<void> {
    return new Promise(resolve => {
      const timer = setTimeout(resolve, ms)
      this.#wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  }

  #retireIfUnused(held: Held): void {
    if (held.retired && held.users === 0 && !this.#stopped) void this.#invalidate(held)
  }

  /** At most once per token; one that fails stays valid until it expires, which the report says. */
  #invalidate(held: Held): Promise<void> {
    if (held.invalid || held.expiresAt <= this.clock.now()) return Promise.resolve()
    held.invalidation ??= this.#invalidating
      .run(() => this.source.invalidate(held.token))
      .then(
        () => {
          held.invalid = true
        },
        () => {
          held.invalidation = undefined
        }
      )
    return held.invalidation
  }
}

/** Waits for `promise` to settle, but no longer than `ms`. */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  await Promise.race([promise.catch(() => {}), new Promise(resolve => (timer = setTimeout(resolve, ms)))])
  clearTimeout(timer)
}
