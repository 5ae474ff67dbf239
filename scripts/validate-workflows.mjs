#!/usr/bin/env node
/**
 * Validates the project's GitHub Actions workflows against the workflow schema (@action-validator/core):
 *   - every .github/workflows/*.yml and *.yaml;
 *   - every complete workflow shown in README.md: a ```yaml (or ```yml) block with both `on:` and
 *     `jobs:` at the top level (fragments such as a single step are skipped);
 *   - .github/dependabot.yml, with a structure check of its own (the package has no schema for it).
 * action.yml files are not validated: the package's action schema does not know `using: node24`.
 *
 *   node scripts/validate-workflows.mjs            the files above
 *   node scripts/validate-workflows.mjs FILE...    only these workflow files
 *
 * Prints one line per file or block, OK or its errors, and exits 1 when anything is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import validator from '@action-validator/core'
import YAML from 'yaml'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * lineOffset: what to add to a line number within `source` to get one within the file.
 * @typedef {{ name: string, source: string, kind: 'workflow' | 'dependabot', lineOffset?: number }} Target
 */

/** @returns {Target[]} */
function workflowFiles() {
  const dir = path.join(root, '.github', 'workflows')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => ({
      name: `.github/workflows/${name}`,
      source: readFileSync(path.join(dir, name), 'utf8'),
      kind: 'workflow'
    }))
}

/** Complete workflows in README.md's fenced yaml blocks. @returns {Target[]} */
function readmeWorkflows() {
  const file = path.join(root, 'README.md')
  if (!existsSync(file)) return []
  const lines = readFileSync(file, 'utf8').split(/\r?\n/)
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ya?ml)\b/i.exec(lines[i])
    if (!open) continue
    const [, indent, fence] = open
    const start = i + 1
    let end = start
    while (end < lines.length && !lines[end].trimStart().startsWith(fence)) end++
    const body = lines
      .slice(start, end)
      .map(line => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n')
    const topLevel = key => new RegExp(`^(${key}|"${key}"|'${key}')\\s*:`, 'm').test(body)
    if (topLevel('on') && topLevel('jobs')) {
      blocks.push({
        name: `README.md:${start} (yaml block)`,
        source: `${body}\n`,
        kind: 'workflow',
        lineOffset: start
      })
    }
    i = end
  }
  return blocks
}

/** @returns {Target[]} */
function dependabotFile() {
  for (const name of ['.github/dependabot.yml', '.github/dependabot.yaml']) {
    const file = path.join(root, name)
    if (existsSync(file)) return [{ name, source: readFileSync(file, 'utf8'), kind: 'dependabot' }]
  }
  return []
}

/** Flattens the validator's errors (one_of/any_of nest their alternatives) into unique lines. */
function describe(errors, lineOffset, depth = 0, seen = new Set(), out = []) {
  for (const error of errors) {
    const where = 'path' in error && error.path ? `${error.path}: ` : ''
    const at = 'location' in error && error.location ? ` (line ${error.location.line + lineOffset})` : ''
    const line = `${'  '.repeat(depth)}${where}${error.detail ?? error.title}${at}`
    if (!seen.has(line)) {
      seen.add(line)
      out.push(line)
    }
    for (const state of error.states ?? []) describe(state.errors, lineOffset, depth + 1, seen, out)
  }
  return out
}

/** Runs the schema validation, collecting the warnings the WebAssembly module prints. */
function validateWorkflow(source, lineOffset = 0) {
  const warnings = []
  const warn = console.warn
  console.warn = (...args) => warnings.push(args.join(' '))
  try {
    return { errors: describe(validator.validateWorkflow(source).errors, lineOffset), warnings }
  } finally {
    console.warn = warn
  }
}

// prettier-ignore
const ECOSYSTEMS = new Set([
  'bundler', 'cargo', 'composer', 'devcontainers', 'docker', 'docker-compose', 'dotnet-sdk', 'elm',
  'github-actions', 'gitsubmodule', 'gomod', 'gradle', 'helm', 'maven', 'mix', 'npm', 'nuget', 'pip',
  'pub', 'swift', 'terraform', 'uv'
])
const INTERVALS = new Set(['daily', 'weekly', 'monthly', 'quarterly', 'semiannually', 'yearly', 'cron'])
const UPDATE_TYPES = new Set([
  'version-update:semver-major',
  'version-update:semver-minor',
  'version-update:semver-patch'
])
const GROUP_UPDATE_TYPES = new Set(['major', 'minor', 'patch'])

/** The structure GitHub requires of dependabot.yml (version 2), for the keys this project uses. */
function validateDependabot(source) {
  const errors = []
  let config
  try {
    config = YAML.parse(source)
  } catch (error) {
    return { errors: [`YAML parse error: ${error.message.split('\n')[0]}`], warnings: [] }
  }
  if (config?.version !== 2) errors.push('/version: must be 2')
  if (!Array.isArray(config?.updates) || config.updates.length === 0) {
    errors.push('/updates: must be a non-empty list')
    return { errors, warnings: [] }
  }
  config.updates.forEach((update, i) => {
    const at = `/updates/${i}`
    if (!ECOSYSTEMS.has(update?.['package-ecosystem'])) {
      errors.push(`${at}/package-ecosystem: unknown ecosystem "${update?.['package-ecosystem']}"`)
    }
    if (typeof update?.directory !== 'string' && !Array.isArray(update?.directories)) {
      errors.push(`${at}: needs directory or directories`)
    }
    if (!INTERVALS.has(update?.schedule?.interval)) {
      errors.push(`${at}/schedule/interval: must be one of ${[...INTERVALS].join(', ')}`)
    }
    for (const [j, rule] of (update?.ignore ?? []).entries()) {
      if (typeof rule?.['dependency-name'] !== 'string') {
        errors.push(`${at}/ignore/${j}/dependency-name: required`)
      }
      for (const type of rule?.['update-types'] ?? []) {
        if (!UPDATE_TYPES.has(type)) errors.push(`${at}/ignore/${j}/update-types: unknown "${type}"`)
      }
    }
    for (const [name, group] of Object.entries(update?.groups ?? {})) {
      for (const type of group?.['update-types'] ?? []) {
        if (!GROUP_UPDATE_TYPES.has(type)) errors.push(`${at}/groups/${name}/update-types: unknown "${type}"`)
      }
    }
  })
  return { errors, warnings: [] }
}

const args = process.argv.slice(2)
/** @type {Target[]} */
const targets =
  args.length > 0
    ? args.map(file => ({ name: file, source: readFileSync(file, 'utf8'), kind: 'workflow' }))
    : [...workflowFiles(), ...readmeWorkflows(), ...dependabotFile()]

let failed = 0
if (args.length === 0 && !targets.some(target => target.name.startsWith('.github/workflows/'))) {
  console.log('FAIL .github/workflows: no workflow files found')
  failed++
}
for (const target of targets) {
  const { errors, warnings } =
    target.kind === 'dependabot'
      ? validateDependabot(target.source)
      : validateWorkflow(target.source, target.lineOffset)
  const note = target.kind === 'dependabot' ? ' (structure check)' : ''
  if (errors.length === 0) {
    console.log(`OK   ${target.name}${note}`)
  } else {
    failed++
    console.log(`FAIL ${target.name}${note}`)
    for (const line of errors) console.log(`       ${line}`)
  }
  for (const warning of warnings) console.log(`       note: ${warning}`)
}
const readmeBlocks = targets.filter(target => target.name.startsWith('README.md')).length
if (args.length === 0) console.log(`(${readmeBlocks} complete workflow(s) found in README.md)`)
process.exit(failed > 0 ? 1 : 0)
