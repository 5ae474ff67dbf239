// @ts-check
// Adds to package-lock.json the platform bindings of unrs-resolver (used by jest 30) that the project's
// package mirror does not serve: without their entries `npm ci` refuses the lock file. npm skips them at
// install time on every other platform; where they are needed, npm fetches them by name and version.
// Run after any `npm install` that rewrites the lock file: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs'

const lockPath = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(lockPath, 'utf8'))
const resolver = lock.packages['node_modules/unrs-resolver']
/** @param {string} name */
const platform = name => {
  const [, os, cpu, abi = ''] = /^@unrs\/resolver-binding-([a-z0-9]+)-([a-z0-9]+)(?:-(.+))?$/.exec(name) ?? []
  const libc = abi.startsWith('gnu') ? ['glibc'] : abi.startsWith('musl') ? ['musl'] : undefined
  return { os: [os], cpu: [cpu === 'arm' && abi.endsWith('eabi') ? 'arm' : cpu], ...(libc && { libc }) }
}
let added = 0
for (const [name, version] of Object.entries(resolver?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`
  if (lock.packages[key]) continue
  lock.packages[key] = { version, dev: true, license: 'MIT', optional: true, ...platform(name) }
  added++
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
)
writeFileSync(lockPath, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`)
console.log(`package-lock.json: ${added} platform binding(s) added`)
