// The relay's tokens (src/relay/tokens.ts) against a stand-in for Jamf Pro's token endpoints, in real
// time with 1 s tokens: renewal before half the lifetime, invalidation once unused, failures, stopping.
import { describe, expect, it } from '@jest/globals'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Token } from '../src/jamf/client.js'
import { JamfError } from '../src/jamf/errors.js'
import { Lane } from '../src/relay/lane.js'
import { TokenKeeper, type Lease, type TokenSource } from '../src/relay/tokens.js'
import { recordingClock } from './support/clocks.js'

const LIFETIME_S = 1

function issue(name: string, lifetimeSeconds = LIFETIME_S): Token {
  return {
    token: name,
    method: 'client-credentials',
    expiresAt: new Date(Date.now() + lifetimeSeconds * 1000),
    expiresIn: lifetimeSeconds,
    lifetime: lifetimeSeconds,
    scope: ''
  }
}

/** Mints t2, t3, … (or fails as `mint` says); records each token minted and each invalidated. */
function source(
  options: {
    mint?: (n: number) => Promise<Token>
    invalidate?: (token: string) => Promise<unknown>
    firstLifetime?: number
  } = {}
) {
  const minted: Token[] = []
  const invalidated: string[] = []
  const stand: TokenSource & { minted: Token[]; invalidated: string[]; expiry(name: string): number } = {
    minted,
    invalidated,
    expiry: name => [first, ...minted].find(token => token.token === name)!.expiresAt.getTime(),
    async mint() {
      const token = await (options.mint ?? (async n => issue(`t${n}`)))(minted.length + 2)
      minted.push(token)
      return token
    },
    async invalidate(token) {
      await options.invalidate?.(token)
      invalidated.push(token)
      return 'invalidated'
    }
  }
  const first = issue('t1', options.firstLifetime)
  return { stand, first }
}

const leaseOf = (acquired: Awaited<ReturnType<TokenKeeper['acquire']>>): Lease => {
  if ('unavailable' in acquired) throw new Error(acquired.unavailable)
  return acquired.lease
}

describe('relay tokens', () => {
  it('start every request with a token that has at least half its lifetime left, across renewals', async () => {
    const { stand, first } = source()
    const keeper = new TokenKeeper(stand, first, recordingClock())
    const left: number[] = []
    const until = Date.now() + 3000
    while (Date.now() < until) {
      const lease = leaseOf(await keeper.acquire())
      left.push(stand.expiry(lease.token) - Date.now())
      lease.release()
      await sleep(40)
    }
    await keeper.stop(1000)

    expect(stand.minted.length).toBeGreaterThanOrEqual(5)
    expect(Math.min(...left)).toBeGreaterThanOrEqual((LIFETIME_S * 1000) / 2)
  })

  it('count a user token from when it arrived when its seconds left were rounded down', async () => {
    // Jamf Pro gives a user token's end as a time: 1.9 s left count as 1 whole second.
    const first: Token = { ...issue('u1'), expiresAt: new Date(Date.now() + 1900), expiresIn: 1 }
    const { stand } = source()
    const keeper = new TokenKeeper(stand, first, recordingClock())
    await sleep(600) // half of 1.9 s is 0.95 s: no renewal yet (at 40 %, 0.76 s)

    expect(stand.minted).toEqual([])
    await sleep(400)
    expect(stand.minted).toHaveLength(1)
    await keeper.stop(1000)
  })

  it('invalidate a replaced token only once the last request that uses it has ended', async () => {
    const { stand, first } = source()
    const keeper = new TokenKeeper(stand, first, recordingClock())
    const held = leaseOf(await keeper.acquire())
    await sleep(600) // renewed at 400 ms

    expect(leaseOf(await keeper.acquire()).token).toBe('t2')
    expect(stand.invalidated).toEqual([])
    held.release()
    await sleep(50)
    expect(stand.invalidated).toEqual(['t1'])
    await keeper.stop(1000)
  })

  it('renew on time while an invalidation hangs: the two never wait for each other', async () => {
    const { stand, first } = source({ invalidate: () => new Promise(() => {}) })
    const keeper = new TokenKeeper(stand, first, recordingClock())
    const left: number[] = []
    const until = Date.now() + 2500
    while (Date.now() < until) {
      const lease = leaseOf(await keeper.acquire())
      left.push(stand.expiry(lease.token) - Date.now())
      lease.release()
      await sleep(40)
    }
    await keeper.stop(200)

    expect(stand.minted.length).toBeGreaterThanOrEqual(4)
    expect(Math.min(...left)).toBeGreaterThanOrEqual((LIFETIME_S * 1000) / 2)
  })

  it('try again after a network failure, and use the current token while it is still usable', async () => {
    let failures = 2
    const { stand, first } = source({
      firstLifetime: 2,
      mint: async n => {
        if (failures-- > 0) throw new JamfError('Connection to jamf.example.com refused')
        return issue(`t${n}`, 3)
      }
    })
    // Renewal at 0.8 s fails, again at 1.3 s (backoff 0.5 s), then succeeds at 2.3 s (backoff 1 s).
    const keeper = new TokenKeeper(stand, first, { ...recordingClock(), random: () => 0 })
    await sleep(1000)

    expect(leaseOf(await keeper.acquire()).token).toBe('t1') // half its life is over, but usable
    await sleep(700) // t1 has less than a quarter of its life left
    expect(await keeper.acquire()).toEqual({
      unavailable: 'The relay has no valid Jamf Pro token: Connection to jamf.example.com refused'
    })
    await sleep(1100)
    expect(leaseOf(await keeper.acquire()).token).toBe('t2')
    await keeper.stop(1000)
  })

  it('never ask again with credentials Jamf Pro rejected (an account could be locked out)', async () => {
    let attempts = 0
    const { stand, first } = source({
      mint: async () => {
        attempts++
        throw new JamfError('Jamf Pro rejected the username or password (HTTP 401).', 401)
      }
    })
    const keeper = new TokenKeeper(stand, first, recordingClock())
    await sleep(1100)

    expect(attempts).toBe(1)
    expect(await keeper.acquire()).toEqual({
      unavailable:
        'The relay has no valid Jamf Pro token: Jamf Pro rejected the username or password (HTTP 401).'
    })
    expect(attempts).toBe(1)
    await keeper.stop(100)
  })

  it('invalidate every token still valid when stopping, in use or not, and say which stay valid', async () => {
    const { stand, first } = source({
      invalidate: async token => {
        if (token === 't2') throw new JamfError('No answer')
      }
    })
    const keeper = new TokenKeeper(stand, first, recordingClock())
    leaseOf(await keeper.acquire()) // held by a request that never ends
    await sleep(500)
    const report = await keeper.stop(1000)

    expect(stand.invalidated).toEqual(['t1'])
    expect(report).toEqual({ held: 2, invalid: 1, validUntil: stand.minted[0].expiresAt.toISOString() })
  })

  it('hold and invalidate a token that arrives while stopping', async () => {
    const { stand, first } = source({
      mint: async n => {
        await sleep(300)
        return issue(`t${n}`)
      }
    })
    const keeper = new TokenKeeper(stand, first, recordingClock())
    await sleep(450) // renewal started at 400 ms, answers at 700 ms

    expect(await keeper.stop(1000)).toEqual({ held: 2, invalid: 2 })
    expect(stand.invalidated.sort()).toEqual(['t1', 't2'])
  })

  it('stop within its bound when Jamf Pro does not answer', async () => {
    const { stand, first } = source({ invalidate: () => new Promise(() => {}) })
    const keeper = new TokenKeeper(stand, first, recordingClock())
    const started = Date.now()
    const report = await keeper.stop(300)

    expect(Date.now() - started).toBeLessThan(1000)
    expect(report).toEqual({ held: 1, invalid: 0, validUntil: first.expiresAt.toISOString() })
  })
})

describe('lanes', () => {
  it('run at most `size` tasks at a time, the others in the order they came', async () => {
    const lane = new Lane(2)
    const order: string[] = []
    let running = 0
    let most = 0
    const task = (name: string) => async () => {
      running++
      most = Math.max(most, running)
      await sleep(30)
      order.push(name)
      running--
    }
    await Promise.all([
      lane.run(task('a')),
      lane.run(task('b')),
      lane.run(task('c')),
      lane.run(task('d')),
      lane.run(task('e'))
    ])

    expect(most).toBe(2)
    expect(order.slice(2)).toEqual(['c', 'd', 'e'])
  })
})
