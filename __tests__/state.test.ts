import { describe, expect, it } from '@jest/globals'
import { loadTokenState, saveTokenState } from '../src/state.js'

describe('post-step state', () => {
  it('round-trips what the post step needs', () => {
    const saved: Record<string, string> = {}
    const state = {
      token: 't',
      url: 'https://j.example.com',
      expiresAt: new Date('2030-01-01T00:00:00.000Z'),
      timeoutMs: 5000
    }
    saveTokenState((name, value) => (saved[name] = value), state)
    expect(loadTokenState(name => saved[name] ?? '')).toEqual(state)
  })

  it('is empty when the main step saved no token', () => {
    expect(loadTokenState(() => '')).toBeUndefined()
  })

  it('still invalidates when the expiry or timeout cannot be read', () => {
    const values: Record<string, string> = {
      token: 't',
      url: 'https://j.example.com',
      'expires-at': 'x',
      'timeout-ms': '-1'
    }
    const state = loadTokenState(name => values[name] ?? '')
    expect(state?.expiresAt.getTime()).toBeGreaterThan(Date.now())
    expect(state?.timeoutMs).toBe(30_000)
  })
})
