import { describe, expect, it } from '@jest/globals'
import { ProxySettingError, readProxy } from '../src/net/proxy.js'

const JAMF = 'https://jamf.example.com'
const read = (env: Record<string, string>, server = JAMF) => readProxy(server, env, () => {})
const proxyOf = (env: Record<string, string>, server = JAMF) => read(env, server).proxy?.url.href

describe('which variable applies, as @actions/http-client reads them', () => {
  it('https_proxy, then HTTPS_PROXY, for an https:// server; http_proxy for an http:// one', () => {
    expect(proxyOf({ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' })).toBe('http://a:1/')
    expect(proxyOf({ https_proxy: '', HTTPS_PROXY: 'http://b:2' })).toBe('http://b:2/')
    expect(proxyOf({ http_proxy: 'http://c:3' })).toBeUndefined()
    expect(proxyOf({ http_proxy: 'http://c:3' }, 'http://jamf.example.com')).toBe('http://c:3/')
  })

  it('never proxies loopback', () => {
    for (const server of ['https://localhost:8443', 'https://127.0.0.1', 'https://[::1]:8443'])
      expect(proxyOf({ https_proxy: 'http://a:1' }, server)).toBeUndefined()
  })

  it.each([
    ['jamf.example.com', true],
    ['example.com', true],
    ['.example.com', true],
    ['JAMF.EXAMPLE.COM:443', true],
    ['jamf.example.com:8443', false],
    ['other.com, *', true],
    ['xample.com', false],
    ['', false]
  ])('no_proxy=%j bypasses jamf.example.com: %s', (noProxy, bypassed) => {
    expect(proxyOf({ https_proxy: 'http://a:1', no_proxy: noProxy }) === undefined).toBe(bypassed)
  })

  it.each(['2001:db8::1', '[2001:db8::1]', '[2001:db8::1]:8443'])(
    'no_proxy=%s bypasses an IPv6 literal, brackets or not',
    noProxy => {
      expect(
        proxyOf({ https_proxy: 'http://a:1', NO_PROXY: noProxy }, 'https://[2001:db8::1]:8443')
      ).toBeUndefined()
    }
  )
})

describe('what is read from a value', () => {
  it('host:port without a scheme is an http:// proxy', () => {
    expect(proxyOf({ https_proxy: 'proxy.example.com:3128' })).toBe('http://proxy.example.com:3128/')
  })

  it('credentials become a Proxy-Authorization header, decoded, and never stay in the URL', () => {
    const { proxy } = read({ https_proxy: 'http://me%40corp:p%40ss%20w@proxy:3128' })
    expect(proxy?.url.href).toBe('http://proxy:3128/')
    expect(proxy?.authorization).toBe(`Basic ${Buffer.from('me@corp:p@ss w').toString('base64')}`)
  })

  it('masks the password of every proxy variable, in every form, the unused ones too', () => {
    const masked: string[] = []
    const { secrets } = readProxy(
      JAMF,
      { https_proxy: 'http://u:s%20one@a:1', http_proxy: 'http://v:two@b:2' },
      value => masked.push(value)
    )
    const basic = (text: string) => Buffer.from(text).toString('base64')
    expect(masked).toEqual(['s%20one', 's one', basic('u:s one'), 'two', basic('v:two')])
    expect(secrets).toEqual(masked)
  })

  it.each([
    ['http://u:100%@proxy:3128', 'its user name or password has a % that is not URL-encoding'],
    ['socks5://proxy:1080', 'the action can use only an http:// or https:// proxy'],
    ['http:// proxy', 'it is not a URL'],
    ['http://[::1', 'it is not a URL']
  ])('refuses %j, naming the variable and not the value', (value, problem) => {
    const refuse = () => read({ HTTPS_PROXY: value })
    expect(refuse).toThrow(ProxySettingError)
    expect(refuse).toThrow(`The proxy setting HTTPS_PROXY cannot be used: ${problem}.`)
    try {
      refuse()
    } catch (error) {
      expect((error as Error).message).not.toContain(value)
    }
  })
})
