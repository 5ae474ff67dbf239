// action.yml as the runner and the Marketplace read it, and the metadata of the local actions in .github/actions.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import YAML from 'yaml'
import { ROOT } from '../test-support/runner.mjs'

interface Metadata {
  [key: string]: unknown
  name?: unknown
  description?: unknown
  branding?: { icon?: unknown; color?: unknown }
  inputs?: Record<string, Record<string, unknown> | null>
  outputs?: Record<string, Record<string, unknown> | null>
  runs?: Record<string, unknown>
}

const read = (file: string): Metadata => YAML.parse(readFileSync(path.join(ROOT, file), 'utf8'))
const branding: { icons: string[]; excluded: string[]; colors: string[] } = JSON.parse(
  readFileSync(path.join(ROOT, '__tests__', 'support', 'branding.json'), 'utf8')
)
const localActions = readdirSync(path.join(ROOT, '.github', 'actions')).map(
  name => `.github/actions/${name}/action.yml`
)

const TOP_LEVEL_KEYS = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage']

/** The problems the runner would refuse or warn about in a JavaScript action's metadata; dir: its folder. */
function problems(metadata: Metadata, dir: string): string[] {
  const found: string[] = []
  const text = (value: unknown) => typeof value === 'string' && value.trim() !== ''
  for (const key of Object.keys(metadata)) if (!TOP_LEVEL_KEYS.includes(key)) found.push(`unknown key ${key}`)
  for (const key of ['name', 'description'])
    if (!text(metadata[key])) found.push(`${key} is missing or empty`)
  for (const [name, input] of Object.entries(metadata.inputs ?? {})) {
    if (!text(input?.description)) found.push(`input ${name} has no description`)
    for (const key of Object.keys(input ?? {}))
      if (!INPUT_KEYS.includes(key)) found.push(`input ${name} has an unknown key ${key}`)
    if (input?.default !== undefined && typeof input.default !== 'string')
      found.push(`input ${name}: default must be a string`)
  }
  for (const [name, output] of Object.entries(metadata.outputs ?? {}))
    if (!text(output?.description)) found.push(`output ${name} has no description`)
  const runs = metadata.runs ?? {}
  if (runs.using !== 'node24') found.push(`runs.using is ${String(runs.using)}, expected node24`)
  for (const step of ['main', 'post']) {
    const script = runs[step]
    if (step === 'main' && !text(script)) found.push('runs.main is missing')
    if (typeof script === 'string' && !existsSync(path.join(ROOT, dir, script)))
      found.push(`runs.${step}: ${script} does not exist`)
  }
  return found
}

describe('action.yml', () => {
  const metadata = read('action.yml')

  it('has the keys the runner needs, describes every input and output, and runs on node24', () => {
    expect(problems(metadata, '.')).toEqual([])
    expect(metadata.runs).toMatchObject({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js'
    })
  })

  it('has Marketplace branding: an allowed Feather icon and a badge color', () => {
    const { icon, color } = metadata.branding ?? {}
    expect(branding.icons).toContain(icon)
    expect(branding.excluded).not.toContain(icon)
    expect(branding.colors).toContain(color)
  })

  it('finds each fault of a faulty metadata file', () => {
    const faulty: Metadata = {
      name: 'x',
      description: ' ',
      brand: {},
      inputs: { a: { required: true }, b: { description: 'b', default: true, type: 'string' } },
      outputs: { c: null },
      runs: { using: 'node20', main: 'missing.js' }
    }
    expect(problems(faulty, '.')).toEqual([
      'unknown key brand',
      'description is missing or empty',
      'input a has no description',
      'input b has an unknown key type',
      'input b: default must be a string',
      'output c has no description',
      'runs.using is node20, expected node24',
      'runs.main: missing.js does not exist'
    ])
  })
})

describe.each(localActions)('%s (local action)', file => {
  it('has the keys the runner needs, describes every input and output, and runs on node24', () => {
    expect(problems(read(file), path.dirname(file))).toEqual([])
  })
})
