import { describe, expect, it } from '@jest/globals'
import { basicCredentials } from '../src/net/http.js'
import { maskCredentials, redact, secretForms } from '../src/secrets.js'

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

  it('masks a password, URL-encoded, and the base64 of username:password, encoded as UTF-8', () => {
    const forms = secretForms({ kind: 'user', username: 'admin', password: 'pä:ss' })
    expect(forms).toEqual(['pä:ss', 'p%C3%A4%3Ass', Buffer.from('admin:pä:ss', 'utf8').toString('base64')])
    expect(Buffer.from(basicCredentials('admin', 'pä:ss'), 'base64').toString('utf8')).toBe('admin:pä:ss')
  })

  it('redacts every known secret from a text', () => {
    expect(redact('token abc at abc, secret xyz', ['abc', 'xyz', ''])).toBe('token *** at ***, secret ***')
  })

  it('redacts a secret also in lower case, as a host name in a URL writes it', () => {
    expect(redact('a redirect to https://sup3rsecret.example.com', ['Sup3rSecret'])).toBe(
      'a redirect to https://***.example.com'
    )
  })

  it('redacts the longest form first, so that no part of it is left', () => {
    expect(redact('basic abcdef', ['abc', 'abcdef'])).toBe('basic ***')
  })
})
