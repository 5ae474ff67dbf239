/**
 * The simulator's computer inventory (simulator/inventory.mjs, computers.mjs, listing.mjs): paging,
 * sorting, filtering and sections as Jamf's OpenAPI documents them, and which of /api/v1, v3 and v4 a
 * server of each version has. Answer shapes are checked in simulator-schemas.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../simulator/server.mjs'
import { bearer, call, clientToken, HTML, htmlAnswer, withSimulator } from './support/simulator-http.js'

interface Computer {
  id: string
  udid: string
  general: Record<string, unknown> | null
  hardware: Record<string, unknown> | null
  [section: string]: unknown
}
interface Page {
  totalCount: number
  results: Computer[]
}

let sim: Simulator
let token: string
beforeAll(async () => {
  sim = await startSimulator({ jamfVersion: '11.30.0' })
  token = await clientToken(sim)
})
afterAll(() => sim.close())

async function list(query: string, version = 'v4', server: Simulator = sim, auth = token): Promise<Page> {
  const reply = await call(server, 'GET', `/api/${version}/computers-inventory?${query}`, {
    headers: bearer(auth)
  })
  expect(reply.status).toBe(200)
  return JSON.parse(reply.body)
}

describe('paging', () => {
  it('pages of 100 hold every computer exactly once; the last page is partial, the next one empty', async () => {
    const pages = await Promise.all(
      [0, 1, 2, 3, 4].map(page => list(`page=${page}&page-size=100&sort=id:asc`))
    )
    expect(pages.map(page => [page.totalCount, page.results.length])).toEqual([
      [321, 100],
      [321, 100],
      [321, 100],
      [321, 21],
      [321, 0]
    ])
    const ids = pages.flatMap(page => page.results.map(computer => computer.id))
    expect(ids).toEqual(Array.from({ length: 321 }, (_, i) => String(i + 1)))
  })

  it('defaults to page 0 of 100, sorted by general.name', async () => {
    const page = await list('')
    const names = page.results.map(computer => String(computer.general?.name))
    expect(page.results).toHaveLength(100)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)))
    expect(names[0]).toBe('Design-Mac-0006')
  })

  it('cuts a page-size above 2000 to 2000', async () => {
    await withSimulator({ jamfVersion: '11.30.0', computerCount: 2500 }, async big => {
      const page = await list('page-size=5000', 'v4', big, await clientToken(big))
      expect([page.totalCount, page.results.length]).toEqual([2500, 2000])
    })
  })

  it.each(['page=-1', 'page-size=0', 'page=x', 'sort=general.nickname:asc', 'sort=id:up', 'section=general'])(
    'refuses %s with 400 naming the parameter',
    async query => {
      const reply = await call(sim, 'GET', `/api/v4/computers-inventory?${query}`, { headers: bearer(token) })
      expect([reply.status, JSON.parse(reply.body).errors[0].field]).toEqual([400, query.split('=')[0]])
    }
  )
})

describe('sorting and filtering', () => {
  it('sorts on several fields, given comma-separated or repeated', async () => {
    const byId = (page: Page) => page.results.map(computer => computer.id)
    const descending = await list('sort=id:desc&page-size=3')
    expect(byId(descending)).toEqual(['321', '320', '319'])
    const repeated = await list('sort=general.platform:asc&sort=id:desc&page-size=2')
    const joined = await list(`sort=${encodeURIComponent('general.platform:asc,id:desc')}&page-size=2`)
    expect([byId(repeated), byId(joined)]).toEqual([
      ['321', '320'],
      ['321', '320']
    ])
  })

  it('filters in RSQL, ignoring letter case, with * as a wildcard; totalCount counts the matches', async () => {
    const one = await list(`filter=${encodeURIComponent('general.name=="lab-mac-0001"')}`)
    expect(one.results.map(computer => computer.id)).toEqual(['1'])
    const labs = await list(`filter=${encodeURIComponent('general.name=="Lab-*" and id!=1')}&page-size=5`)
    expect([labs.totalCount, labs.results.every(c => String(c.general?.name).startsWith('Lab-'))]).toEqual([
      45,
      true
    ])
  })
})

describe('sections', () => {
  it('answer GENERAL by default and every other section null', async () => {
    const [computer] = (await list('page-size=1')).results
    expect(Object.keys(computer)).toEqual(expect.arrayContaining(['id', 'udid', 'general', 'hardware']))
    expect(computer.general).toEqual(expect.objectContaining({ name: expect.any(String) }))
    expect(
      Object.entries(computer).filter(
        ([key, value]) => !['id', 'udid', 'general'].includes(key) && value !== null
      )
    ).toEqual([])
  })

  it('answer each section asked for', async () => {
    const [computer] = (
      await list('section=HARDWARE&section=OPERATING_SYSTEM&section=APPLICATIONS&page-size=1')
    ).results
    expect(computer.general).toBeNull()
    expect(computer.hardware).toEqual(
      expect.objectContaining({ make: 'Apple', serialNumber: expect.stringMatching(/^C02\w{9}$/) })
    )
    expect(computer.operatingSystem).toEqual(expect.objectContaining({ name: 'macOS' }))
    expect(computer.applications).toEqual([])
  })

  it('differ by version: v1 has PLUGINS and FONTS, v4 reports lastCheckIn instead of lastContactTime', async () => {
    const [v1] = (await list('section=PLUGINS&page-size=1', 'v1')).results
    expect([v1.plugins, v1.fonts, v1.general]).toEqual([[], null, null])
    const [v1General] = (await list('page-size=1', 'v1')).results
    const [v4General] = (await list('page-size=1', 'v4')).results
    expect(v1General.general).toHaveProperty('lastContactTime')
    expect(v4General.general).not.toHaveProperty('lastContactTime')
    expect(v4General.general).toHaveProperty('lastCheckIn')
    expect(v4General).not.toHaveProperty('plugins')
    const refused = await call(sim, 'GET', '/api/v4/computers-inventory?section=FONTS', {
      headers: bearer(token)
    })
    expect(refused.status).toBe(400)
  })

  it('are the same on every run: the fleet is generated from each computer index', async () => {
    await withSimulator({ jamfVersion: '11.30.0' }, async other => {
      const query = 'section=GENERAL&section=HARDWARE&section=USER_AND_LOCATION&page=2&page-size=50'
      expect(await list(query, 'v4', other, await clientToken(other))).toEqual(await list(query))
    })
  })
})

describe('versions', () => {
  it.each([
    ['11.16.0', [200, 404, 404, 404]],
    ['11.23.0', [200, 404, 200, 404]],
    ['11.30.0', [200, 404, 200, 200]]
  ])('a %s server has v1, v2, v3, v4: %j', async (jamfVersion, statuses) => {
    await withSimulator({ jamfVersion }, async server => {
      const auth = bearer(await clientToken(server))
      const replies = await Promise.all(
        ['v1', 'v2', 'v3', 'v4'].map(version =>
          call(server, 'GET', `/api/${version}/computers-inventory`, { headers: auth })
        )
      )
      expect(replies.map(reply => reply.status)).toEqual(statuses)
      for (const reply of replies.filter(answer => answer.status === 404))
        expect(htmlAnswer(reply)).toEqual([404, HTML])
    })
  })

  it('need a token: without one, 401 on every version, present or not', async () => {
    const replies = await Promise.all(
      ['v1', 'v2', 'v4'].map(version => call(sim, 'GET', `/api/${version}/computers-inventory`))
    )
    expect(replies.map(reply => [reply.status, JSON.parse(reply.body)])).toEqual(
      Array(3).fill([401, { httpStatus: 401, errors: [] }])
    )
  })
})
