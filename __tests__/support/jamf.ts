// Shared fixtures: a Jamf Pro server at a fixed address, answered by nock. Importing this file loads nock:
// a test file that does must call useNock().
import { afterAll, afterEach, beforeEach, expect } from '@jest/globals'
import nock from 'nock'

export const JAMF_URL = 'https://yourorg.jamfcloud.com'
export const CLIENT = { 'client-id': 'b9f8a5c2-client', 'client-secret': 'Zx9%&+/= secret:é' }
export const USER = { username: 'api-admin', password: 'p@ss:w%rd&+ "é"' }
export const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJl'

export const tokenResponse = (overrides: Record<string, unknown> = {}) => ({
  access_token: TOKEN,
  scope: 'api-role:1',
  token_type: 'Bearer',
  expires_in: 599,
  ...overrides
})

export const userTokenResponse = (lifetimeSeconds = 1800) => ({
  token: TOKEN,
  expires: new Date(Date.now() + lifetimeSeconds * 1000).toISOString()
})

export const jamf = (): nock.Scope => nock(JAMF_URL)

/**
 * nock for one test file: no real connections, every interceptor used. Each test file loads its own copy
 * of nock into the shared `http` module, so it is restored when the file ends or the next file's copy
 * would answer behind it.
 */
export function useNock(): void {
  beforeEach(() => {
    nock.cleanAll()
    nock.disableNetConnect()
    if (!nock.isActive()) nock.activate()
  })
  afterEach(() => {
    const pending = nock.pendingMocks()
    nock.cleanAll()
    expect(pending).toEqual([])
  })
  afterAll(() => {
    nock.restore()
    nock.enableNetConnect()
  })
}
