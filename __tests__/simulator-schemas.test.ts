/**
 * Every documented answer of the simulator, held against a JSON schema of that answer as Jamf's OpenAPI
 * documents it (__tests__/fixtures/schemas/, each citing its source), so the simulator cannot drift from
 * the documented shapes unnoticed. Each schema is first shown to refuse a wrong shape.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Ajv, type ValidateFunction } from 'ajv'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSimulator, type Simulator } from '../simulator/server.mjs'
import { ROOT } from '../test-support/runner.mjs'
import {
  askClientToken,
  askUserToken,
  basic,
  bearer,
  call,
  clientToken,
  FORM,
  userToken,
  withSimulator,
  type Reply
} from './support/simulator-http.js'
import { createPackage, PACKAGE, uploadFile } from './support/packages.js'

const SCHEMAS = [
  'oauth-token-response',
  'oauth-error',
  'user-token-response',
  'api-error',
  'jamf-pro-version',
  'href-response',
  'package',
  'category',
  'script',
  'computers-inventory'
] as const
type SchemaName = (typeof SCHEMAS)[number]

const ajv = new Ajv({ allErrors: true, strict: true })
const validators = Object.fromEntries(
  SCHEMAS.map(name => [
    name,
    ajv.compile(
      JSON.parse(readFileSync(join(ROOT, '__tests__', 'fixtures', 'schemas', `${name}.json`), 'utf8'))
    )
  ])
) as Record<SchemaName, ValidateFunction>

/** The schema's complaints about a value: [] when it conforms. */
function problems(schema: SchemaName, value: unknown): string[] {
  const validate = validators[schema]
  return validate(value) ? [] : (validate.errors ?? []).map(error => `${error.instancePath} ${error.message}`)
}

/** The answer's status and its schema's complaints about its JSON body. */
const checked = (schema: SchemaName) => (reply: Reply) => [
  reply.status,
  problems(schema, JSON.parse(reply.body))
]

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator({ clientRoles: ['api-role:1', 'api-role:2'] })
})
afterAll(() => sim.close())

describe('the schemas refuse wrong shapes', () => {
  it.each([
    [
      'oauth-token-response',
      { access_token: 'a.b.c', scope: 'api-role:1', token_type: 'Bearer', expires_in: '59' }
    ],
    ['oauth-token-response', { access_token: 'a.b.c', token_type: 'Bearer', expires_in: 59 }],
    ['oauth-error', { error_description: 'no error field' }],
    ['oauth-error', { error: 'rejected' }],
    ['user-token-response', { token: 'a.b.c', expires: 1539619348124 }],
    ['user-token-response', { token: 'a.b.c', expires: '2025-02-14T15:27:40.5Z' }],
    ['api-error', { httpStatus: '401', errors: [] }],
    ['api-error', { httpStatus: 401, errors: [{ code: 'INVALID_TOKEN' }] }],
    ['jamf-pro-version', { version: 11 }],
    ['jamf-pro-version', { version: '11.16.0-beta' }],
    ['href-response', { id: 1, href: 'https://x.jamfcloud.com/api/v1/packages/1' }],
    ['href-response', { id: '1' }],
    ['package', { id: '1', packageName: 'Chrome', fileName: 'Chrome.pkg' }],
    ['package', { ...PACKAGE, id: '1', priority: '3' }],
    ['category', { id: '1', name: 'Apps' }],
    ['category', { id: 1, name: 'Apps', priority: 9 }],
    ['script', { id: '1', name: 'Zap', priority: 'LATER' }],
    ['computers-inventory', { totalCount: '1', results: [] }],
    ['computers-inventory', { totalCount: 1, results: [{ id: '1', udid: 'U', general: { name: '' } }] }],
    ['computers-inventory', { totalCount: 1, results: [{ id: '1', udid: 'U', general: null, disk: null }] }]
  ] as Array<[SchemaName, unknown]>)('%s refuses %j', (schema, value) => {
    expect(problems(schema, value)).not.toEqual([])
  })
})

describe("the simulator's answers conform", () => {
  it.each(['/api/oauth/token', '/api/v1/oauth/token'])(
    '%s: the token response, with and without scope',
    async path => {
      expect(checked('oauth-token-response')(await askClientToken(sim, path))).toEqual([200, []])
      expect(
        checked('oauth-token-response')(await askClientToken(sim, path, { scope: 'api-role:2' }))
      ).toEqual([200, []])
    }
  )

  it('the token paths: every OAuth error', async () => {
    const errors = await Promise.all([
      askClientToken(sim, '/api/oauth/token', { client_secret: 'wrong' }),
      call(sim, 'POST', '/api/oauth/token', { headers: { 'Content-Type': 'application/json' }, body: '{}' }),
      askClientToken(sim, '/api/oauth/token', { grant_type: 'password' }),
      askClientToken(sim, '/api/oauth/token', { grant_type: '' }),
      askClientToken(sim, '/api/v1/oauth/token', { scope: 'api-role:9' }),
      call(sim, 'POST', '/api/oauth/token', { headers: FORM, body: 'client_id=a&client_id=b' })
    ])
    expect(errors.map(checked('oauth-error'))).toEqual([
      [401, []],
      [401, []],
      [400, []],
      [400, []],
      [400, []],
      [400, []]
    ])
  })

  it('user tokens: /api/v1/auth/token and keep-alive', async () => {
    expect(checked('user-token-response')(await askUserToken(sim))).toEqual([200, []])
    const renewed = await call(sim, 'POST', '/api/v1/auth/keep-alive', {
      headers: bearer(await userToken(sim))
    })
    expect(checked('user-token-response')(renewed)).toEqual([200, []])
  })

  it('the Jamf Pro API error in each case the simulator answers one', async () => {
    const client = await clientToken(sim)
    const errors = [
      await call(sim, 'POST', '/api/v1/auth/token', {
        headers: { Authorization: basic('demo-admin', 'no') }
      }),
      await call(sim, 'POST', '/api/v1/nothing'),
      await call(sim, 'GET', '/api/v1/jamf-pro-version', { headers: bearer('a.b.c') }),
      await call(sim, 'POST', '/api/v1/auth/keep-alive', { headers: bearer(client) }),
      await call(sim, 'DELETE', '/api/v1/auth', { headers: bearer(client) })
    ]
    await withSimulator({ expiredPassword: true }, async own => {
      errors.push(await askUserToken(own))
    })
    await withSimulator({ jamfVersion: '10.49.0' }, async own => {
      errors.push(await askClientToken(own, '/api/v1/oauth/token')) // a token path this version lacks
    })
    sim.setFault('/api/v1/auth', { status: 503, times: 1 })
    errors.push(await call(sim, 'GET', '/api/v1/auth'))
    expect(errors.map(checked('api-error'))).toEqual([
      [401, []],
      [401, []],
      [401, []],
      [401, []],
      [405, []],
      [401, []],
      [401, []],
      [503, []]
    ])
  })

  it.each(['10.48.0', '10.49.0', '11.16.0'])('the version of a %s server', async jamfVersion => {
    await withSimulator({ jamfVersion }, async own => {
      const version = await call(own, 'GET', '/api/v1/jamf-pro-version', {
        headers: bearer(await userToken(own))
      })
      expect(checked('jamf-pro-version')(version)).toEqual([200, []])
    })
  })

  it('packages: the created record, the record read back, the upload', async () => {
    const token = await clientToken(sim)
    const created = await createPackage(sim, token)
    const id = JSON.parse(created.body).id
    expect(checked('href-response')(created)).toEqual([201, []])
    const read = await call(sim, 'GET', `/api/v1/packages/${id}`, { headers: bearer(token) })
    expect(checked('package')(read)).toEqual([200, []])
    expect(checked('href-response')(await uploadFile(sim, token, id, Buffer.from('pkg')))).toEqual([201, []])
    const errors = [
      await createPackage(sim, token, { packageName: undefined }),
      await call(sim, 'GET', '/api/v1/packages/999', { headers: bearer(token) }),
      await uploadFile(sim, token, '999', Buffer.from('pkg'))
    ]
    expect(errors.map(checked('api-error'))).toEqual([
      [400, []],
      [404, []],
      [404, []]
    ])
  })

  it('categories and scripts: created, read back, listed, replaced', async () => {
    const headers = { ...bearer(await clientToken(sim)), 'Content-Type': 'application/json' }
    const write = (method: string, path: string, body: object) =>
      call(sim, method, path, { headers, body: JSON.stringify(body) })
    const read = (path: string) => call(sim, 'GET', path, { headers })
    const category = { name: 'Schema check', priority: 4 }
    const script = { name: 'Schema check', priority: 'BEFORE', scriptContents: 'echo', parameter4: 'a' }
    for (const [path, body, schema] of [
      ['/api/v1/categories', category, 'category'],
      ['/api/v1/scripts', script, 'script']
    ] as const) {
      const created = await write('POST', path, body)
      expect(checked('href-response')(created)).toEqual([201, []])
      const id = JSON.parse(created.body).id
      expect(checked(schema)(await read(`${path}/${id}`))).toEqual([200, []])
      expect(checked(schema)(await write('PUT', `${path}/${id}`, body))).toEqual([200, []])
      const listed = JSON.parse((await read(path)).body)
      expect(listed.results.flatMap((result: unknown) => problems(schema, result))).toEqual([])
      expect(checked('api-error')(await read(`${path}/999`))).toEqual([404, []])
      expect(checked('api-error')(await write('POST', path, {}))).toEqual([400, []])
    }
  })

  it.each([
    ['11.16.0', 'v1'],
    ['11.23.0', 'v3'],
    ['11.30.0', 'v4']
  ])(
    'computers inventory of a %s server, %s: default and every section asked for',
    async (jamfVersion, api) => {
      await withSimulator({ jamfVersion }, async own => {
        const headers = bearer(await clientToken(own))
        const path = `/api/${api}/computers-inventory`
        const all =
          'section=GENERAL&section=HARDWARE&section=USER_AND_LOCATION&section=OPERATING_SYSTEM&section=STORAGE'
        expect(checked('computers-inventory')(await call(own, 'GET', path, { headers }))).toEqual([200, []])
        expect(checked('computers-inventory')(await call(own, 'GET', `${path}?${all}`, { headers }))).toEqual(
          [200, []]
        )
        expect(checked('api-error')(await call(own, 'GET', `${path}?sort=nothing:asc`, { headers }))).toEqual(
          [400, []]
        )
      })
    }
  )
})
