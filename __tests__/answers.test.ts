import { describe, expect, it } from '@jest/globals'
import { jamfErrorCodes, jwtClaims, oauthErrorCode } from '../src/jamf/answers.js'

const answer = (body: string) => ({ status: 401, headers: {}, body })

describe('reading the body of an answer', () => {
  it('tells an OAuth error from a Jamf Pro API error', () => {
    const oauth = answer('{"error":"invalid_client"}')
    const jamf = answer('{"httpStatus":401,"errors":[]}')
    expect(oauthErrorCode(oauth)).toBe('invalid_client')
    expect(oauthErrorCode(jamf)).toBe('')
  })

  it('lets no server text through as an OAuth error or a Jamf code', () => {
    expect(oauthErrorCode(answer('{"error":"x\\n::error::forged"}'))).toBe('')
    expect(oauthErrorCode(answer('<html>401</html>'))).toBe('')
    expect(
      jamfErrorCodes(answer('{"httpStatus":401,"errors":[{"code":"A\\n::x"},{"code":"INVALID_TOKEN"}]}'))
    ).toEqual(['INVALID_TOKEN'])
  })

  it('reads JWT claims, and nothing from a token that is not a JWT', () => {
    const jwt = `e30.${Buffer.from('{"iat":1,"exp":61}').toString('base64url')}.c2ln`
    expect(jwtClaims(jwt)).toEqual({ iat: 1, exp: 61 })
    expect(jwtClaims('opaque-token')).toBeUndefined()
    expect(jwtClaims('a.bm90IGpzb24.c')).toBeUndefined()
    expect(jwtClaims('a.WzFd.c')).toBeUndefined()
  })
})
