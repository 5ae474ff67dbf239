// Every third-party action the project's workflows and local actions run is pinned to a full commit SHA,
// with the release it stands for in a comment that Dependabot keeps in step.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ROOT } from '../test-support/runner.mjs'

const files = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory()
      ? files(path.join(dir, entry.name))
      : /\.ya?ml$/.test(entry.name)
        ? [path.join(dir, entry.name)]
        : []
  )

/** The `uses:` lines of a file that run another repository's action without a pinned SHA and version. */
function unpinned(source: string): string[] {
  return source
    .split('\n')
    .map(line => /^\s*(?:-\s+)?uses:\s*(.+)$/.exec(line)?.[1].trim())
    .filter((uses): uses is string => uses !== undefined && !/^(\.\/|docker:\/\/)/.test(uses))
    .filter(uses => !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/.test(uses))
}

describe.each([...files('.github/workflows'), ...files('.github/actions')])('%s', file => {
  it('pins every third-party action to a full commit SHA with its version in a comment', () => {
    expect(unpinned(readFileSync(path.join(ROOT, file), 'utf8'))).toEqual([])
  })
})

describe('the pin check', () => {
  it('accepts local actions and full SHAs with a version, and refuses tags, short SHAs and bare SHAs', () => {
    const sha = '3d3c42e5aac5ba805825da76410c181273ba90b1'
    const source = [
      '      - uses: ./',
      '        uses: ./.github/actions/e2e-check',
      `      - uses: actions/checkout@${sha} # v7.0.1`,
      `        uses: github/codeql-action/init@${sha} # v4.37.6`,
      '        uses: actions/checkout@v7',
      '        uses: actions/checkout@3d3c42e',
      `        uses: actions/setup-node@${sha}`
    ].join('\n')
    expect(unpinned(source)).toEqual([
      'actions/checkout@v7',
      'actions/checkout@3d3c42e',
      `actions/setup-node@${sha}`
    ])
  })
})
