/**
 * The workflow runner the documentation's workflows run on (test-support/workflow-runner.mjs): the job's
 * environment as a runner builds it, failures and post steps, stand-ins, and a loud refusal of anything
 * it does not model, so that readme-workflows.test.ts cannot pass on a guess.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DEFAULT_CREDENTIALS, startSimulator, type Simulator } from '../simulator/server.mjs'
import { runWorkflow, type WorkflowOptions } from '../test-support/workflow-runner.mjs'
import { bearer, call } from './support/simulator-http.js'

const quiet = { print: () => undefined }
const workflow = (steps: string, top = '') =>
  `name: Check\non: push\n${top}jobs:\n  check:\n    runs-on: ubuntu-latest\n${steps}`
const job = async (source: string, options: WorkflowOptions = {}) =>
  (await runWorkflow(source, { ...quiet, ...options })).jobs[0]

let sim: Simulator
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

describe('run steps', () => {
  it('share the workspace, GITHUB_ENV and outputs; env comes from workflow < job < GITHUB_ENV < step', async () => {
    const source = workflow(
      `    env: { B: job, C: job, D: job }
    steps:
      - id: first
        run: |
          echo "C=exported" >> "$GITHUB_ENV"
          echo "D=exported" >> "$GITHUB_ENV"
          echo "answer=42" >> "$GITHUB_OUTPUT"
          echo hello > file.txt
      - env:
          D: step
          ANSWER: \${{ steps.first.outputs.answer }}
          V: \${{ vars.V }}
          S: \${{ secrets.S }}
          TEMP: \${{ runner.temp }}
        run: |
          echo "$A $B $C $D $ANSWER $V $(cat file.txt) $S $GITHUB_ACTION"
          test -d "$TEMP"
`,
      'env: { A: workflow, B: workflow, C: workflow, D: workflow }\n'
    )
    const result = await job(source, { vars: { V: 'var' }, secrets: { S: 'hush-hush' } })
    expect(result.outcome).toBe('success')
    expect(result.log).toContain('workflow job exported step 42 var hello *** __run')
    expect(result.log).not.toContain('hush-hush')
  })

  it('after a failure, skip the later steps (saying so), and the job fails', async () => {
    const lines: string[] = []
    const source = workflow('    steps:\n      - run: exit 3\n      - name: Later\n        run: echo never\n')
    const result = await job(source, { print: line => lines.push(line) })
    expect([result.outcome, result.steps.map(step => step.outcome)]).toEqual([
      'failure',
      ['failure', 'skipped']
    ])
    expect(lines).toContain('[Check / check] step 2 "Later": skipped, an earlier step failed')
    expect(result.log).not.toContain('never')
  })
})

describe("this action's steps", () => {
  it('run main, then post even after a later step failed: the token is invalid at the end', async () => {
    const source = workflow(`    steps:
      - id: jamf
        uses: your-org/jamf-pro-auth@v1
        with:
          url: \${{ vars.JAMF_URL }}
          client-id: \${{ vars.JAMF_CLIENT_ID }}
          client-secret: \${{ secrets.JAMF_CLIENT_SECRET }}
      - env:
          METHOD: \${{ steps.jamf.outputs.auth-method }}
        run: |
          echo "$METHOD $JAMF_TOKEN"
          exit 1
`)
    const result = await job(source, {
      vars: { JAMF_URL: sim.url, JAMF_CLIENT_ID: DEFAULT_CREDENTIALS.clientId },
      secrets: { JAMF_CLIENT_SECRET: DEFAULT_CREDENTIALS.clientSecret }
    })
    expect(result.steps.map(step => [step.label, step.outcome])).toEqual([
      ['step 1 "jamf"', 'success'],
      ['step 2 "run"', 'failure'],
      ['post of step 1 "jamf"', 'success']
    ])
    expect(result.log).toContain('client-credentials ***')
    const token = sim.tokens.at(-1)?.token ?? ''
    expect(result.log).not.toContain(token)
    expect((await call(sim, 'GET', '/api/v1/auth', { headers: bearer(token) })).status).toBe(401)
  })
})

describe('stand-ins', () => {
  it('upload-artifact warns and keeps nothing when the file is missing, as its default does', async () => {
    const source = workflow(`    steps:
      - uses: actions/upload-artifact@v7
        with:
          name: report
          path: missing.json
`)
    const result = await job(source)
    expect([result.outcome, result.artifacts]).toEqual(['success', {}])
    expect(result.log).toContain('Warning: No files were found with the provided path: missing.json.')
  })

  it('gh serves release downloads only, and needs GH_TOKEN', async () => {
    const steps = (run: string) =>
      workflow(`    steps:\n      - env:\n          GH_TOKEN: \${{ github.token }}\n        run: ${run}\n`)
    const assets = { 'v1.0.0': { 'App-1.0.0.pkg': 'pkg' } }
    const download = await job(
      steps(
        'gh release download v1.0.0 --repo "$GITHUB_REPOSITORY" --pattern "*.pkg" --dir pkg && cat pkg/App-1.0.0.pkg'
      ),
      { releaseAssets: assets }
    )
    expect([download.outcome, download.log]).toEqual(['success', expect.stringMatching(/^pkg$/m)])
    const view = await job(steps('gh release view v1.0.0'), { releaseAssets: assets })
    expect([view.outcome, view.log]).toEqual([
      'failure',
      expect.stringContaining('"gh release view v1.0.0" is not modelled')
    ])
    const noToken = workflow('    steps:\n      - run: gh release download v1.0.0 --repo o/r --dir pkg\n')
    expect((await job(noToken, { releaseAssets: assets })).log).toContain(
      'set the GH_TOKEN environment variable'
    )
  })
})

describe('what the runner does not model is refused, not guessed', () => {
  it.each([
    [
      'a step condition',
      workflow('    steps:\n      - if: always()\n        run: echo\n'),
      /does not model if/
    ],
    [
      'an action without a stand-in',
      workflow('    steps:\n      - uses: actions/cache@v4\n'),
      /no stand-in for uses: actions\/cache@v4/
    ],
    [
      'an input a stand-in lacks',
      workflow('    steps:\n      - uses: actions/checkout@v7\n        with: { lfs: true }\n'),
      /does not model the input\(s\) lfs/
    ],
    [
      'a function call',
      workflow("    steps:\n      - run: echo ${{ format('{0}', 'x') }}\n"),
      /knows only property paths/
    ],
    [
      'a variable the test does not set',
      workflow('    steps:\n      - run: echo ${{ vars.NOPE }}\n'),
      /vars\.NOPE is not defined here/
    ],
    [
      'an output no step set',
      workflow('    steps:\n      - run: echo ${{ steps.x.outputs.y }}\n'),
      /steps\.x is not defined here/
    ],
    [
      'another shell',
      workflow('    steps:\n      - shell: pwsh\n        run: echo\n'),
      /only bash is modelled/
    ],
    [
      'a matrix',
      workflow('    strategy: { matrix: { a: [1] } }\n    steps:\n      - run: echo\n'),
      /does not model strategy/
    ],
    [
      'another runner',
      workflow('    steps:\n      - run: echo\n').replace('ubuntu-latest', 'windows-latest'),
      /runs-on must be ubuntu/
    ]
  ])('%s', async (_, source, message) => {
    await expect(runWorkflow(source, quiet)).rejects.toThrow(message)
  })
})
