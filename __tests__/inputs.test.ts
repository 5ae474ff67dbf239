import { describe, expect, it } from '@jest/globals'
import { InputError, readInputs } from '../src/inputs.js'
import { actionDefaults } from '../test-support/runner.mjs'

const read = (inputs: Record<string, string>) => {
  const values: Record<string, string> = { ...actionDefaults(), ...inputs }
  return readInputs(name => values[name] ?? '')
}

const problems = (inputs: Record<string, string>): string[] => {
  try {
    read(inputs)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

const client = { 'client-id': 'id', 'client-secret': 'secret' }

describe('readInputs', () => {
  it("uses action.yml's defaults", () => {
    expect(read({ url: 'https://yourorg.jamfcloud.com', ...client })).toEqual({
      url: 'https://yourorg.jamfcloud.com',
      urlSuffix: '',
      credentials: { kind: 'client-credentials', clientId: 'id', clientSecret: 'secret', scope: '' },
      invalidateToken: true,
      exportEnv: true,
      verify: true,
      minLifetime: 0,
      timeoutSeconds: 10,
      retries: 3
    })
  })

  it.each([
    ['https://yourorg.jamfcloud.com/', 'https://yourorg.jamfcloud.com'],
    ['  https://JSS.example.com:8443//  ', 'https://jss.example.com:8443'],
    ['https://jss.example.com:443/', 'https://jss.example.com'],
    ['https://example.com/jamf/', 'https://example.com/jamf'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
    ['http://[::1]:8080', 'http://[::1]:8080']
  ])('normalises url %s to %s', (url, expected) => {
    expect(read({ url, ...client }).url).toBe(expected)
  })

  it.each([
    ['', /url is required/],
    ['yourorg.jamfcloud.com', /absolute https:\/\/ URL/],
    ['ftp://example.com', /absolute https:\/\/ URL/],
    ['http://jss.example.com', /plain http:\/\/ is allowed only for localhost/],
    ['https://admin:pw@jss.example.com', /must not contain a user name or password/],
    ['https://jss.example.com/?a=b', /query/],
    ['https://jss.example.com/#top', /fragment/]
  ])('refuses url %j', (url, message) => {
    expect(problems({ url, ...client })).toEqual([expect.stringMatching(message)])
  })

  it('never repeats an input value in a message', () => {
    const found = problems({
      url: 'https://user:hunter2@jss.example.com',
      'client-id': 'id',
      password: 'hunter2'
    })
    expect(found.join(' ')).not.toContain('hunter2')
  })

  it('reads a user account, keeping the password as given but for a trailing line break', () => {
    const inputs = read({ url: 'https://j.example.com', username: ' admin ', password: ' p:ss %é \n' })
    expect(inputs.credentials).toEqual({ kind: 'user', username: 'admin', password: ' p:ss %é ' })
  })

  it.each([
    [{}, /No credentials given/],
    [{ ...client, username: 'u', password: 'p' }, /not both/],
    [{ 'client-id': 'id' }, /client-secret is empty/],
    [{ 'client-secret': 's' }, /client-id is empty/],
    [{ username: 'u' }, /password is empty/],
    [{ password: 'p' }, /username is empty/],
    [{ username: 'a:b', password: 'p' }, /must not contain ":"/],
    [{ username: 'u', password: 'p', scope: 'api-role:1' }, /scope applies to API clients only/]
  ])('refuses credentials %j', (credentials, message) => {
    expect(problems({ url: 'https://j.example.com', ...credentials })).toEqual([
      expect.stringMatching(message)
    ])
  })

  it.each([
    ['invalidate-token', 'yes', /invalidate-token must be true or false/],
    ['export-env', '1', /export-env must be true or false/],
    ['verify', 'no', /verify must be true or false/],
    ['min-lifetime', '-1', /min-lifetime must be a whole number of seconds, 0 or more/],
    ['min-lifetime', '1.5', /min-lifetime must be a whole number/],
    ['timeout', '0', /timeout must be a number of seconds from 1 to 600/],
    ['timeout', 'abc', /timeout must be a number/],
    ['timeout', '601', /from 1 to 600/],
    ['retries', '11', /retries must be a whole number from 0 to 10/],
    ['retries', '2.5', /retries must be a whole number/]
  ])('refuses %s: %j', (name, value, message) => {
    expect(problems({ url: 'https://j.example.com', ...client, [name]: value })).toEqual([
      expect.stringMatching(message)
    ])
  })

  it('accepts the YAML spellings of booleans and decimal timeouts', () => {
    const inputs = read({
      url: 'https://j.example.com',
      ...client,
      verify: 'False',
      'export-env': 'TRUE',
      timeout: '2.5'
    })
    expect(inputs).toMatchObject({ verify: false, exportEnv: true, timeoutSeconds: 2.5 })
  })

  it('reports every problem at once', () => {
    expect(problems({ url: 'x', verify: 'maybe', retries: '-3' })).toHaveLength(4)
  })

  it.each([
    ['/', '', ''],
    ['/api', '', '/api'],
    ['/api/', '', '/api/'],
    ['/API/doc/', '', '/API/doc/'],
    ['/api/doc/index.html', '', '/api/doc/index.html'],
    ['/api/v1/computers-inventory', '', '/api/v1/computers-inventory'],
    ['/api/swagger-ui/index.html', '', '/api/swagger-ui/index.html'],
    ['/JSSResource', '', '/JSSResource'],
    ['/JSSResource/computers', '', '/JSSResource/computers'],
    ['/index.html', '', '/index.html'],
    ['/jamf/', '/jamf', ''],
    ['/jamf/api', '/jamf', '/api'],
    ['/jamf/index.html', '/jamf', '/index.html'],
    ['/api/jamf', '/api/jamf', ''],
    ['/tools/api/jamfpro', '/tools/api/jamfpro', ''],
    ['/api/jamf/api/v1/x', '/api/jamf', '/api/v1/x'],
    ['/apis', '/apis', '']
  ])('url path %s: the root keeps %j, and %j is removed', (path, root, removed) => {
    const inputs = read({ url: `https://jss.example.com:8443${path}`, ...client })
    expect(inputs.url).toBe(`https://jss.example.com:8443${root}`)
    expect(inputs.urlSuffix).toBe(removed)
  })
})

describe('relay inputs', () => {
  const url = 'https://yourorg.jamfcloud.com'

  it('are off by default', () => {
    expect(read({ url, ...client }).relay).toBeUndefined()
  })

  it('read relay-methods in any case, separated by commas or spaces, each once', () => {
    expect(read({ url, ...client, relay: 'true', 'relay-methods': ' get, Head  post,GET ' }).relay).toEqual({
      methods: ['GET', 'HEAD', 'POST'],
      lifetimeSeconds: 21_600
    })
  })

  it('forward every method when relay-methods is empty, for up to relay-lifetime seconds', () => {
    expect(read({ url, ...client, relay: 'true', 'relay-lifetime': '432000' }).relay).toEqual({
      methods: [],
      lifetimeSeconds: 432_000
    })
  })

  it.each([
    [{ 'relay-methods': 'GET; DELETE' }, /relay-methods must list HTTP methods/],
    [{ 'relay-methods': 'GET "POST"' }, /relay-methods must list HTTP methods/],
    [{ 'relay-lifetime': '4' }, /relay-lifetime must be a whole number of seconds from 5 to 432000/],
    [{ 'relay-lifetime': '432001' }, /relay-lifetime must be a whole number of seconds from 5 to 432000/],
    [{ 'relay-lifetime': '1.5' }, /relay-lifetime must be a whole number/],
    [{ relay: 'yes' }, /relay must be true or false/],
    [{ 'invalidate-token': 'false' }, /relay needs invalidate-token: true/]
  ])('refuse %j', (inputs, message) => {
    expect(problems({ url, ...client, relay: 'true', ...inputs })).toEqual([expect.stringMatching(message)])
  })
})
