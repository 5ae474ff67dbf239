/**
 * The simulator's named objects (simulator/records.mjs: categories and scripts) and the package list, as
 * the README's deploy workflow (jamf-cli's apply) and clients use them: create, read, list filtered by
 * name, replace by id. Answer shapes are checked in simulator-schemas.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/server.mjs'
import { createPackage } from './support/packages.js'
import { bearer, call, clientToken } from './support/simulator-http.js'

let sim: Simulator
let token: string
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())
beforeEach(async () => {
  sim.reset()
  token = await clientToken(sim)
})

const send = (method: string, path: string, body?: unknown) =>
  call(sim, method, path, {
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
const json = async (reply: Promise<{ status: number; body: string }>) => {
  const { status, body } = await reply
  return [status, JSON.parse(body)]
}
const filtered = (path: string, filter: string) => send('GET', `${path}?filter=${encodeURIComponent(filter)}`)

describe('categories', () => {
  it('are created (201 and an href), read back, found by name and replaced by id', async () => {
    expect(await json(send('POST', '/api/v1/categories', { name: 'Apps', priority: 9, id: '77' }))).toEqual([
      201,
      { id: '1', href: `${sim.url}/api/v1/categories/1` }
    ])
    await send('POST', '/api/v1/categories', { name: 'Utilities', priority: 5 })
    expect(await json(send('GET', '/api/v1/categories/1'))).toEqual([
      200,
      { id: '1', name: 'Apps', priority: 9 }
    ])
    expect(await json(filtered('/api/v1/categories', 'name=="apps"'))).toEqual([
      200,
      { totalCount: 1, results: [{ id: '1', name: 'Apps', priority: 9 }] }
    ])
    expect(await json(send('PUT', '/api/v1/categories/1', { name: 'Apps', priority: 3 }))).toEqual([
      200,
      { id: '1', name: 'Apps', priority: 3 }
    ])
    expect(sim.categories.map(record => record.fields)).toEqual([
      { name: 'Apps', priority: 3 },
      { name: 'Utilities', priority: 5 }
    ])
  })

  it('refuse a missing or mistyped field, a name already taken, and an id that does not exist', async () => {
    await send('POST', '/api/v1/categories', { name: 'Apps', priority: 9 })
    const refusals = [
      await json(send('POST', '/api/v1/categories', { name: 'No priority' })),
      await json(send('POST', '/api/v1/categories', { name: 'Text', priority: '1' })),
      await json(send('POST', '/api/v1/categories', { name: 'APPS', priority: 1 }))
    ]
    expect(refusals.map(([status, body]) => [status, body.errors[0].field])).toEqual([
      [400, 'priority'],
      [400, 'priority'],
      [400, 'name']
    ])
    expect((await send('PUT', '/api/v1/categories/9', { name: 'X', priority: 1 })).status).toBe(404)
    expect(await json(send('GET', '/api/v1/categories/9'))).toEqual([404, { httpStatus: 404, errors: [] }])
    expect((await send('POST', '/api/v1/categories', '[]')).status).toBe(400)
    expect(sim.categories).toHaveLength(1)
  })

  it('need a token: without one, 401 before any route is looked at', async () => {
    const anonymous = await call(sim, 'POST', '/api/v1/categories', { body: '{"name":"A","priority":1}' })
    expect([anonymous.status, JSON.parse(anonymous.body)]).toEqual([401, { httpStatus: 401, errors: [] }])
    expect(sim.categories).toEqual([])
  })
})

describe('scripts', () => {
  it('need only a name, list by name by default, and are replaced whole', async () => {
    await send('POST', '/api/v1/scripts', {
      name: 'Zap caches',
      priority: 'AFTER',
      scriptContents: 'echo zap'
    })
    await send('POST', '/api/v1/scripts', { name: 'Add dock items' })
    const [, listed] = await json(send('GET', '/api/v1/scripts'))
    expect(listed.results.map((script: { name: string }) => script.name)).toEqual([
      'Add dock items',
      'Zap caches'
    ])
    await send('PUT', '/api/v1/scripts/1', { name: 'Zap caches', scriptContents: 'echo zapped' })
    expect(await json(send('GET', '/api/v1/scripts/1'))).toEqual([
      200,
      { id: '1', name: 'Zap caches', scriptContents: 'echo zapped' }
    ])
  })

  it('refuse a priority outside BEFORE, AFTER, AT_REBOOT', async () => {
    const [status, body] = await json(send('POST', '/api/v1/scripts', { name: 'X', priority: 'LATER' }))
    expect([status, body.errors[0].field]).toEqual([400, 'priority'])
  })
})

describe('filters (RSQL)', () => {
  beforeEach(async () => {
    for (const [name, priority] of [
      ['Apps', 9],
      ['Apps "Beta"', 5],
      ['Browsers', 5]
    ] as const)
      await send('POST', '/api/v1/categories', { name, priority })
  })
  const names = async (filter: string) => {
    const [status, body] = await json(filtered('/api/v1/categories', filter))
    return [status, body.results?.map((category: { name: string }) => category.name)]
  }

  it.each([
    ['name=="Apps*"', ['Apps', 'Apps "Beta"']],
    ['name=="Apps \\"Beta\\""', ['Apps "Beta"']],
    ["name=='browsers'", ['Browsers']],
    ['priority==5 and name!=Browsers', ['Apps "Beta"']],
    ['name==Apps,name==Browsers', ['Apps', 'Browsers']],
    ['name==Apps;priority==5', []]
  ])('%s', async (filter, expected) => {
    expect(await names(filter)).toEqual([200, expected])
  })

  it.each([
    'name=in=(Apps,Browsers)',
    '(name==Apps)',
    'priority>=5',
    'name==',
    'colour==red',
    'name==Apps and'
  ])('refuses what it does not model: %s', async filter => {
    const [status, body] = await json(filtered('/api/v1/categories', filter))
    expect([status, body.errors[0].field]).toEqual([400, 'filter'])
  })
})

describe('the package list', () => {
  it('pages the records in id order and filters on fileName', async () => {
    for (const fileName of ['A-1.pkg', 'B-1.pkg', 'A-2.pkg'])
      await createPackage(sim, token, { fileName, packageName: fileName })
    const [, page] = await json(send('GET', '/api/v1/packages?page=1&page-size=2'))
    expect([page.totalCount, page.results.map((pkg: { id: string }) => pkg.id)]).toEqual([3, ['3']])
    const [, found] = await json(filtered('/api/v1/packages', 'fileName=="A-*"'))
    expect(found.results.map((pkg: { fileName: string }) => pkg.fileName)).toEqual(['A-1.pkg', 'A-2.pkg'])
  })
})
