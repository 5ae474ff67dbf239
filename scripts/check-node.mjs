#!/usr/bin/env node
// @ts-check
// `npm test` runs this first (pretest): the action and its tests run on Node 24, and on another Node the
// tests fail in ways that do not say why. Stops with one line that says how to get Node 24. Plain syntax
// only, so that any Node can run it.
import { existsSync } from 'node:fs'

const wanted = 24
const major = Number(process.versions.node.split('.')[0])
if (major !== wanted) {
  const has = (/** @type {string} */ file) => existsSync(new URL(`../node_modules/${file}`, import.meta.url))
  const fix = has('.bin/node')
    ? 'Node 24 is in node_modules/.bin: run the tests through npm (npm test), which puts it first on PATH'
    : has('node/package.json')
      ? 'the "node" dev dependency was installed without its install script (npm ci --ignore-scripts?): ' +
        'run "npm rebuild node" to put Node 24 in node_modules/.bin, which npm scripts use'
      : 'run "npm ci", which installs Node 24 into node_modules/.bin (the "node" dev dependency) for npm ' +
        'scripts to use, or install the version in .node-version'
  console.error(`Node ${wanted} is needed, this is Node ${process.version} (${process.execPath}): ${fix}.`)
  process.exit(1)
}
