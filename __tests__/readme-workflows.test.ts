/**
 * Every complete workflow in README.md and docs/ runs, as written, against the simulator: this action as
 * the built dist/ (main, then post), `run:` steps in bash, other actions through stand-ins
 * (test-support/workflow-runner.mjs). Each asserts what the workflow is for (the configuration applied,
 * the package uploaded intact, every computer exported once), that the token never reaches the log, and
 * that every token is invalid at the end. A workflow without a scenario here fails, so the docs cannot
 * show a workflow that is not run.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { parse } from 'yaml'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { docFiles, docWorkflows } from '../test-support/doc-workflows.mjs'
import { runWorkflow, type WorkflowJob, type WorkflowOptions } from '../test-support/workflow-runner.mjs'
import { kill } from './support/processes.js'
import { bearer, call, clientToken } from './support/simulator-http.js'

const WORKFLOWS = docFiles()
  .flatMap(docWorkflows)
  .map(target => ({ ...target, title: String(parse(target.source).name) }))

let sim: Simulator | undefined
/** Relays the workflows started (relay: true), ended by their PIDs even when a test fails. */
const relays: number[] = []
afterEach(async () => {
  await sim?.close()
  sim = undefined
  for (const pid of relays.splice(0)) kill(pid) // stopped by the post step, unless the test failed
})

/** Runs a documented workflow against `server` with the Quick start's variables and secret. */
async function run(source: string, server: Simulator, options: WorkflowOptions = {}): Promise<WorkflowJob> {
  const lines: string[] = []
  const result = await runWorkflow(source, {
    vars: { JAMF_URL: server.url, JAMF_CLIENT_ID: DEFAULT_CREDENTIALS.clientId },
    secrets: { JAMF_CLIENT_SECRET: DEFAULT_CREDENTIALS.clientSecret },
    print: line => lines.push(line),
    ...options
  })
  console.info(lines.join('\n'))
  for (const step of result.jobs.flatMap(job => job.steps)) {
    const pid = Number(step.state?.['relay-pid'])
    if (pid > 0) relays.push(pid)
  }
  const [job] = result.jobs
  expect({ outcome: result.outcome, log: job.log }).toEqual({ outcome: 'success', log: expect.any(String) })
  for (const record of server.tokens) expect(job.log).not.toContain(record.token)
  return job
}

/** Asks the simulator about every token it issued: each must be refused now. */
async function expectEveryTokenInvalid(server: Simulator) {
  expect(server.tokens.length).toBeGreaterThan(0)
  const answers = await Promise.all(
    server.tokens.map(record => call(server, 'GET', '/api/v1/auth', { headers: bearer(record.token) }))
  )
  expect(answers.map(answer => answer.status)).toEqual(server.tokens.map(() => 401))
}

/** A token for seeding the simulator, invalidated once the seeding is done. */
async function seed(server: Simulator, writes: Array<[string, string, object]>) {
  const token = await clientToken(server)
  const headers = { ...bearer(token), 'Content-Type': 'application/json' }
  for (const [method, path, body] of writes)
    expect((await call(server, method, path, { headers, body: JSON.stringify(body) })).status).toBeLessThan(
      300
    )
  await call(server, 'POST', '/api/v1/auth/invalidate-token', { headers: bearer(token) })
}

const CATEGORIES = {
  'jamf/categories/apps.json': { name: 'Apps', priority: 9 },
  'jamf/categories/utilities.json': { name: 'Utilities', priority: 5 }
}
const SCRIPTS = {
  'jamf/scripts/zap-caches.json': {
    name: 'Zap caches',
    priority: 'AFTER',
    categoryId: '-1',
    scriptContents: '#!/bin/sh\nrm -rf /Library/Caches/com.example.app\n'
  },
  'jamf/scripts/dock.json': {
    name: 'Add dock items',
    priority: 'BEFORE',
    scriptContents: '#!/bin/sh\nexit 0\n'
  }
}
const asFiles = (objects: Record<string, object>) =>
  Object.fromEntries(Object.entries(objects).map(([path, object]) => [path, JSON.stringify(object, null, 2)]))
const byName = (records: Array<{ fields: Record<string, unknown> }>) =>
  records.map(record => record.fields).sort((a, b) => String(a.name).localeCompare(String(b.name)))

/** What each documented workflow is run with, and what it must leave behind. */
const SCENARIOS: Record<string, (source: string) => Promise<void>> = {
  'Jamf Pro smoke test': async source => {
    sim = await startSimulator()
    const job = await run(source, sim)
    expect(job.log).toContain('"authenticationType": "CLIENT_CREDENTIALS"')
    expect(job.log).toMatch(/^Jamf Pro 11\.16\.0; the token expires at \d{4}-\d\d-\d\dT[\d:.]+Z\.$/m)
    await expectEveryTokenInvalid(sim)
  },

  'Deploy Jamf configuration': async source => {
    sim = await startSimulator()
    // One category and one script already exist with other values: apply must replace them, not add more.
    await seed(sim, [
      ['POST', '/api/v1/categories', { name: 'Apps', priority: 1 }],
      ['POST', '/api/v1/scripts', { name: 'Zap caches', scriptContents: 'echo old' }]
    ])
    const files = asFiles({ ...CATEGORIES, ...SCRIPTS })
    const first = await run(source, sim, { files })
    expect(first.notes.join('\n')).toMatch(
      /stand-in for Jamf-Concepts\/setup-jamf-cli@v1: a jamf-cli stand-in/
    )
    expect(first.log).toContain('jamf-cli stand-in')
    await run(source, sim, { files }) // again: nothing changes
    expect(byName(sim.categories)).toEqual(byName(Object.values(CATEGORIES).map(fields => ({ fields }))))
    expect(byName(sim.scripts)).toEqual(byName(Object.values(SCRIPTS).map(fields => ({ fields }))))
    expect(sim.categories.find(record => record.fields.name === 'Apps')?.id).toBe('1')
    await expectEveryTokenInvalid(sim)
  },

  'Upload release package to Jamf Pro': async source => {
    sim = await startSimulator()
    const content = Buffer.alloc(3 * 1024 * 1024 + 17)
    for (let i = 0; i < content.length; i++) content[i] = (i * 31 + (i >> 11)) & 0xff
    const job = await run(source, sim, {
      github: { event_name: 'release', event: { action: 'published', release: { tag_name: 'v1.4.2' } } },
      releaseAssets: { 'v1.4.2': { 'MyApp-1.4.2.pkg': content, 'notes.txt': 'not a package' } }
    })
    expect(sim.packages).toHaveLength(1)
    expect(sim.packages[0].fields).toMatchObject({
      packageName: 'MyApp-1.4.2.pkg',
      fileName: 'MyApp-1.4.2.pkg'
    })
    expect(sim.packages[0].file).toEqual({
      fileName: 'MyApp-1.4.2.pkg',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex')
    })
    expect(job.log).toContain('Uploaded pkg/MyApp-1.4.2.pkg to package record 1.')
    await expectEveryTokenInvalid(sim)
  },

  'Upload a large package': async source => {
    sim = await startSimulator({ clientTokenLifetime: 3 }) // renewed about every 0.8 s
    const content = Buffer.alloc(3 * 1024 * 1024 + 5)
    for (let i = 0; i < content.length; i++) content[i] = (i * 7 + (i >> 9)) & 0xff
    const job = await run(source, sim, { files: { 'build/MyApp.pkg': content as unknown as string } })

    expect(job.log).toContain('Uploaded build/MyApp.pkg to package record 1.')
    expect(job.log).toMatch(/^Stopped the relay after 2 API calls; none of the \d+ Jamf Pro tokens/m)
    expect(sim.packages[0].file).toEqual({
      fileName: 'MyApp.pkg',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex')
    })
    // The steps' requests reached Jamf Pro with the relay's tokens, never with the key they sent.
    const issued = new Set(sim.tokens.map(record => `Bearer ${record.token}`))
    const sent = sim.requests.filter(request => request.path.startsWith('/api/v1/packages'))
    expect(sent.map(request => issued.has(String(request.headers.authorization)))).toEqual([true, true])
    await expectEveryTokenInvalid(sim)
  },

  'Computer inventory': async source => {
    for (const [jamfVersion, api] of [
      ['11.16.0', 'v1'],
      ['11.23.0', 'v3'],
      ['11.30.0', 'v4']
    ]) {
      sim = await startSimulator({ jamfVersion })
      const job = await run(source, sim)
      const exported: Array<{ id: string; general: { name: string } }> = JSON.parse(
        job.artifacts['computers-inventory']
      )
      const ids = exported.map(computer => Number(computer.id)).sort((a, b) => a - b)
      expect(ids).toEqual(Array.from({ length: 321 }, (_, i) => i + 1))
      expect(exported.every(computer => typeof computer.general.name === 'string')).toBe(true)
      expect(job.log).toContain(`Exported 321 computers (computers-inventory ${api}).`)
      const inventoryPaths = sim.requests
        .map(request => request.path)
        .filter(path => path.includes('inventory'))
      expect(inventoryPaths).toEqual(Array(4).fill(`/api/${api}/computers-inventory`))
      await expectEveryTokenInvalid(sim)
      await sim.close()
      sim = undefined
    }
  }
}

describe('the complete workflows in the docs', () => {
  it('are found, and each has a scenario here', () => {
    expect(WORKFLOWS.map(workflow => workflow.title).sort()).toEqual(Object.keys(SCENARIOS).sort())
  })

  it.each(WORKFLOWS)(
    '$name "$title" runs green and does its job',
    async ({ source, title }) => {
      const scenario = SCENARIOS[title]
      if (!scenario) throw new Error(`No scenario runs the documented workflow "${title}": add one here`)
      await scenario(source)
    },
    120_000
  )
})
