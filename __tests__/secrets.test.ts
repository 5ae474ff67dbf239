import { describe, expect, it } from '@jest/globals'
import { basicCredentials, maskCredentials, redact, secretForms } from '../src/secrets.js'

describe('secret forms', () => {
  it('masks a client secret as typed, URL-encoded and form-encoded', () => {
    const masks: string[] = []
    maskCredentials(
      { kind: 'client-credentials', clientId: 'id', clientSecret: 'a b+c&é', scope: '' },
      value => masks.push(value)
    )
    expect(masks).toEqual(['a b+c&é', 'a%20b%2Bc%26%C3%A9', 'a+b%2Bc%26%C3%A9'])
  })

  it('does not mask the same form twice, nor an empty one', () => {
    expect(
      secretForms({ kind: 'client-credentials', clientId: 'id', clientSecret: 'plain', scope: '' })
    ).toEqual(['plain'])
  })

  it('masks a password and the base64 of username:password, encoded as UTF-8', () => {
    const forms = secretForms({ kind: 'user', username: 'admin', password: 'pä:ss' })
    expect(forms).toEqual(['pä:ss', Buffer.from('admin:pä:ss', 'utf8').toString('base64')])
    expect(Buffer.from(basicCredentials('admin', 'pä:ss'), 'base64').toString('utf8')).toBe('admin:pä:ss')
  })

  it('redacts every known secret from a text', () => {
    expect(redact('token abc at abc, secret xyz', ['abc', 'xyz', ''])).toBe('token *** at ***, secret ***')
  })
})
