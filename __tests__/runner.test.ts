/**
 * The runner imitation (test-support/runner.mjs) holds steps to what a real runner does, with small
 * throwaway scripts in the step's place: file commands parsed strictly, workflow commands read from
 * stdout and stderr, the runner's environment, input warnings, post-if, the end of a step, cancellation.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseFileCommands, runJob, runStep, type StepResult } from '../test-support/runner.mjs'

let dir: string
let count = 0
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-test-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A throwaway ES module script; returns its path. */
function script(code: string): string {
  const file = join(dir, `step-${++count}.mjs`)
  writeFileSync(file, code)
  return file
}

/** Runs `code` as the main step. */
const step = (code: string, options: Parameters<typeof runStep>[1] = {}) =>
  runStep('main', { ...options, args: [script(code)] })

/** A throwaway JavaScript action whose main and post steps run `main` and `post`. */
function action({ main, post, postIf }: { main: string; post: string; postIf?: string }): string {
  const root = join(dir, `action-${++count}`)
  mkdirSync(root)
  writeFileSync(join(root, 'main.mjs'), main)
  writeFileSync(join(root, 'post.mjs'), post)
  const condition = postIf === undefined ? '' : `\n  post-if: ${JSON.stringify(postIf)}`
  writeFileSync(
    join(root, 'action.yml'),
    `name: t\ndescription: t\nruns:\n  using: node24\n  main: main.mjs\n  post: post.mjs${condition}\n`
  )
  return root
}

const byRunner = (result: StepResult) =>
  result.commands.filter(line => line.runner).map(({ command, message }) => `${command}: ${message}`)
const writeFile = (variable: string, text: string) =>
  `;(await import('node:fs')).appendFileSync(process.env.${variable}, ${JSON.stringify(text)})\n`

describe('file commands, parsed as strictly as the runner does', () => {
  it.each([
    [
      'an unterminated heredoc',
      'GITHUB_OUTPUT',
      'a=1\nb<<EOF\nline\n',
      'output',
      "Invalid value. Matching delimiter not found 'EOF'"
    ],
    [
      'a heredoc whose last line has no line break',
      'GITHUB_OUTPUT',
      'a=1\nb<<EOF\nline',
      'output',
      'Invalid value. EOF marker missing new line.'
    ],
    [
      'a line that is neither name=value nor name<<DELIMITER',
      'GITHUB_STATE',
      'a=1\ngarbage\n',
      'state',
      "Invalid format 'garbage'"
    ],
    [
      'a heredoc without a name',
      'GITHUB_ENV',
      'a=1\n<<EOF\nx\nEOF\n',
      'env',
      "Invalid format '<<EOF'. Name must not be empty and delimiter must not be empty"
    ]
  ])(
    '%s fails the step with the runner error, after the entries before it',
    async (_, variable, text, context, error) => {
      const result = await step(writeFile(variable, text))

      expect(result.exitCode).toBe(0)
      expect(result.outcome).toBe('failure')
      expect(byRunner(result)).toEqual([
        `error: Unable to process file command '${context}' successfully.`,
        `error: ${error}`
      ])
      const kept = { GITHUB_OUTPUT: result.outputs, GITHUB_STATE: result.state, GITHUB_ENV: result.exported }
      expect(kept[variable as keyof typeof kept]).toEqual({ a: '1' })
      expect(result.elapsedMs).toBeLessThan(5000)
    }
  )

  it('reads values as the runner on Linux does: LF ends a line, a CR stays in the value', () => {
    expect(parseFileCommands('a=1\r\nb<<EOF\nx\r\ny\nEOF\n=z\n')).toEqual({ a: '1\r', b: 'x\r\ny', '': 'z' })
    expect(() => parseFileCommands('b<<EOF\r\nx\r\nEOF\n')).toThrow("Matching delimiter not found 'EOF\r'")
  })

  it('refuses NODE_OPTIONS in GITHUB_ENV with an error, keeps the rest, and the step goes on', async () => {
    const root = action({
      main: writeFile(
        'GITHUB_ENV',
        'NODE_OPTIONS=--require=/tmp/x.js\nnode_options<<EOF\n-r x\nEOF\nKEPT=yes\n'
      ),
      post: 'console.log(`NODE_OPTIONS=${process.env.NODE_OPTIONS ?? "unset"} KEPT=${process.env.KEPT}`)'
    })
    const { main, post } = await runJob({ action: root })

    expect(main.outcome).toBe('success')
    expect(main.exported).toEqual({ KEPT: 'yes' })
    const refused = "error: Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command."
    expect(byRunner(main)).toEqual([refused, refused])
    expect(post.stdout).toBe('NODE_OPTIONS=unset KEPT=yes\n')
  })

  it('hands the main step state, GITHUB_ENV and GITHUB_PATH to the post step', async () => {
    const root = action({
      main:
        writeFile('GITHUB_STATE', 'k<<D\nv1\nv2\nD\n') +
        writeFile('GITHUB_ENV', 'X=1\n') +
        writeFile('GITHUB_PATH', '/opt/tool/bin\n'),
      post: 'console.log(JSON.stringify([process.env.STATE_k, process.env.X, process.env.PATH.split(":")[0]]))'
    })
    const { post } = await runJob({ action: root })

    expect(JSON.parse(post.stdout)).toEqual(['v1\nv2', '1', '/opt/tool/bin'])
  })
})

describe('workflow commands, read as the runner reads them', () => {
  it('reads commands on stderr as on stdout (two pipes: no order between them)', async () => {
    const result = await step(
      "console.log('::add-mask::secret')\nconsole.error('::error::on stderr')\nconsole.log('::warning::on stdout')\n"
    )

    expect(result.commands).toHaveLength(3)
    expect(result.commands).toEqual(
      expect.arrayContaining([
        { command: 'add-mask', message: 'secret' },
        { command: 'error', message: 'on stderr' },
        { command: 'warning', message: 'on stdout' }
      ])
    )
  })

  it.each([
    ['a lone CR before it', 'Jamf Pro 11.16.0\r::error::forged', 'error', 'forged'],
    ['leading white space', '   ::error::forged', 'error', 'forged'],
    ['a property holding a colon', '::error title=https://evil.example::forged', 'error', 'forged'],
    ['upper case', '::ERROR::forged', 'error', 'forged'],
    ['the ##[ form in mid-line', 'version 1 ##[warning]forged', 'warning', 'forged']
  ])('finds a command with %s', async (_, line, command, message) => {
    const result = await step(`process.stdout.write(${JSON.stringify(`${line}\n`)})`)

    expect(result.commands.filter(found => found.command !== 'log')).toEqual([
      expect.objectContaining({ command, message })
    ])
  })

  it('lets set-output and save-state set outputs and state, with the runner deprecation warning', async () => {
    const result = await step(
      "console.log('::set-output name=url::https://evil.example')\nconsole.log('::save-state name=url::https://evil.example')"
    )

    expect(result.outputs).toEqual({ url: 'https://evil.example' })
    expect(result.state).toEqual({ url: 'https://evil.example' })
    expect(byRunner(result)).toEqual([
      expect.stringMatching(/^warning: The `set-output` command is deprecated/),
      expect.stringMatching(/^warning: The `save-state` command is deprecated/)
    ])
  })

  it('fails the step on set-env, which the runner has disabled', async () => {
    const result = await step("console.log('::set-env name=A::b')")

    expect(result.outcome).toBe('failure')
    expect(byRunner(result)).toEqual([
      "error: Unable to process command '::set-env name=A::b' successfully.",
      expect.stringMatching(/^error: The `set-env` command is disabled/)
    ])
  })

  it('warns of an empty ::add-mask::, and stop-commands turns commands into text until its token', async () => {
    const result = await step(
      "console.log('::add-mask::')\nconsole.log('::stop-commands::pause-1')\nconsole.log('::error::text')\nconsole.log('::pause-1::')\nconsole.log('::error::again')"
    )

    expect(result.commands.map(({ command, message }) => `${command}: ${message}`)).toEqual([
      'add-mask: ',
      "warning: Can't add secret mask for empty string in ##[add-mask] command.",
      'log: ::stop-commands::pause-1',
      'log: ::error::text',
      'log: ::pause-1::',
      'error: again'
    ])
  })
})

describe('inputs', () => {
  it('warns of with: keys action.yml does not declare, matches names in any case, and fills in defaults', async () => {
    const result = await step(
      'console.log(JSON.stringify(Object.entries(process.env).filter(([k]) => k.startsWith("INPUT_"))))',
      {
        inputs: { url: 'https://jamf.example.com', Scope: 'api-role:1', client_id: 'x', token: 'y' }
      }
    )

    expect(result.commands[0]).toEqual({
      command: 'warning',
      message:
        "Unexpected input(s) 'client_id', 'token', valid inputs are ['url', 'client-id', 'client-secret', 'username', " +
        "'password', 'scope', 'invalidate-token', 'export-env', 'verify', 'min-lifetime', 'timeout', 'retries', " +
        "'relay', 'relay-methods', 'relay-lifetime']",
      runner: true
    })
    const inputs = Object.fromEntries(JSON.parse(result.stdout))
    expect(inputs).toMatchObject({
      INPUT_URL: 'https://jamf.example.com',
      INPUT_SCOPE: 'api-role:1',
      INPUT_CLIENT_ID: 'x',
      INPUT_RETRIES: '3'
    })
    expect(Object.keys(inputs)).toHaveLength(17)
  })
})

describe("a runner's environment", () => {
  const environment = async (env: Record<string, string> = {}) => {
    const result = await step(
      "import { existsSync, readFileSync } from 'node:fs'\n" +
        'const { GITHUB_WORKSPACE, RUNNER_TEMP, RUNNER_TOOL_CACHE, GITHUB_EVENT_PATH } = process.env\n' +
        'const found = [GITHUB_WORKSPACE, RUNNER_TEMP, RUNNER_TOOL_CACHE].map(existsSync)\n' +
        "const event = JSON.parse(readFileSync(GITHUB_EVENT_PATH, 'utf8'))\n" +
        'console.log(JSON.stringify({ cwd: process.cwd(), env: process.env, found, event }))',
      { env }
    )
    return JSON.parse(result.stdout) as {
      cwd: string
      env: Record<string, string>
      found: boolean[]
      event: Record<string, unknown>
    }
  }

  it('has the variables a runner sets for a step, and the runner process environment', async () => {
    const { cwd, env, found, event } = await environment()

    expect(env).toMatchObject({
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: cwd,
      GITHUB_ACTION: 'jamf',
      GITHUB_ACTION_REPOSITORY: 'your-org/jamf-pro-auth',
      GITHUB_EVENT_NAME: 'push',
      RUNNER_OS: { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform as string],
      RUNNER_ARCH: expect.stringMatching(/^(X64|ARM64|ARM|X86)$/),
      RUNNER_ENVIRONMENT: 'github-hosted',
      RUNNER_TRACKING_ID: expect.stringMatching(/^github_[0-9a-f-]{36}$/),
      PATH: process.env.PATH,
      HOME: process.env.HOME
    })
    expect(found).toEqual([true, true, true])
    expect(event).toMatchObject({ ref: env.GITHUB_REF })
    // Composite actions only; and nothing of the test process leaks in (npm test sets NODE_OPTIONS).
    expect(env.GITHUB_ACTION_PATH).toBeUndefined()
    expect(env.NODE_OPTIONS).toBeUndefined()
  })

  it("takes the step env:, which cannot override the runner's own variables", async () => {
    const { env } = await environment({
      https_proxy: 'http://127.0.0.1:3128',
      CI: 'false',
      GITHUB_WORKSPACE: '/elsewhere',
      RUNNER_TEMP: '/elsewhere'
    })

    expect(env).toMatchObject({ https_proxy: 'http://127.0.0.1:3128', CI: 'false' })
    expect(env.GITHUB_WORKSPACE).not.toBe('/elsewhere')
    expect(env.RUNNER_TEMP).not.toBe('/elsewhere')
  })

  it('closes stdin at once', async () => {
    const result = await step(
      "process.stdin.resume()\nprocess.stdin.on('end', () => console.log('stdin closed'))",
      {
        timeoutMs: 5000
      }
    )

    expect(result.stdout).toBe('stdin closed\n')
    expect(result.outcome).toBe('success')
  })
})

describe('post-if', () => {
  const fails = 'process.exitCode = 1\n'
  const succeeds = ''
  it.each([
    ['always()', fails, true],
    ['success()', fails, false],
    ['success()', succeeds, true],
    ['failure()', fails, true],
    ['failure()', succeeds, false],
    ['failure()', writeFile('GITHUB_OUTPUT', 'broken\n'), true],
    ['!cancelled() && (Failure() || !success())', fails, true],
    ['cancelled() || success()', fails, false]
  ])('post-if %s, main step %j: the post step runs: %s', async (postIf, main, runs) => {
    const { post } = await runJob({ action: action({ main, post: "console.log('post')", postIf }) })

    expect(post.outcome).toBe(runs ? 'success' : 'skipped')
    expect(post.stdout).toBe(runs ? 'post\n' : '')
  })

  it('runs the default always() post step of a cancelled job, and cancelled() holds', async () => {
    const controller = new AbortController()
    controller.abort()
    const { main, post } = await runJob({
      action: action({
        main: 'setInterval(() => {}, 1000)',
        post: "console.log('post')",
        postIf: 'cancelled()'
      }),
      signal: controller.signal
    })

    expect(main.outcome).toBe('cancelled')
    expect(post.stdout).toBe('post\n')
  })

  it('refuses a condition it cannot evaluate', async () => {
    const root = action({ main: '', post: '', postIf: "runner.os == 'Linux'" })

    await expect(runJob({ action: root })).rejects.toThrow(
      "Cannot evaluate the condition 'runner.os == 'Linux''"
    )
  })
})

/** Waits for `file` to appear (a script's sign that its signal handlers are in place). */
async function ready(file: string): Promise<void> {
  for (let i = 0; i < 500 && !existsSync(file); i++) await sleep(20)
}

describe('the end of a step', () => {
  /** A main step that leaves `sleep seconds` holding its stdout and stderr, and exits. */
  const holder = (seconds: number) =>
    step(
      "import { spawn } from 'node:child_process'\n" +
        `const child = spawn('sleep', ['${seconds}'], { stdio: ['ignore', 'inherit', 'inherit'] })\n` +
        'console.log(`holder ${child.pid}`)\nchild.unref()\n'
    )
  const holderPid = (result: StepResult) => Number(/holder (\d+)/.exec(result.stdout)?.[1])

  it('waits for a child that inherited stdout and stderr to close them', async () => {
    const result = await holder(1.5)

    expect(result.outcome).toBe('success')
    expect(result.streamsClosedAfterMs).toBeGreaterThan(1000)
    expect(result.streamsClosedAfterMs).toBeLessThan(4500)
    expect(result.elapsedMs - (result.exitedAtMs ?? 0)).toBeGreaterThan(1000)
  })

  it('stops waiting 5 s after the exit when the streams stay open', async () => {
    const result = await holder(30)
    try {
      expect(result.streamsClosedAfterMs).toBeNull()
      const afterExit = result.elapsedMs - (result.exitedAtMs ?? 0)
      expect(afterExit).toBeGreaterThan(4900)
      expect(afterExit).toBeLessThan(7000)
    } finally {
      process.kill(holderPid(result), 'SIGKILL')
    }
  }, 20_000)
})

describe('cancellation', () => {
  /** A step that installs `handlers`, writes its ready file and idles: its code and that file. */
  const idle = (handlers: string) => {
    const file = join(dir, `ready-${++count}`)
    const code =
      "import { writeFileSync } from 'node:fs'\n" +
      `${handlers}\nwriteFileSync(${JSON.stringify(file)}, '')\nsetInterval(() => {}, 1000)\n`
    return { file, code }
  }
  /** Runs an idle step with `handlers` and cancels it once they are in place. */
  const cancelled = async (handlers: string) => {
    const { file, code } = idle(handlers)
    const controller = new AbortController()
    const running = step(code, { signal: controller.signal })
    await ready(file)
    controller.abort()
    return running
  }

  it('sends SIGINT first; a step that stops on it ends at once', async () => {
    const result = await cancelled(
      "process.on('SIGINT', () => { console.log('::warning::interrupted'); process.exit(130) })"
    )

    expect(result.outcome).toBe('cancelled')
    expect(result.cancellation).toMatchObject({
      reason: 'cancelled',
      signals: [{ signal: 'SIGINT' }],
      endedBy: 'SIGINT'
    })
    expect(result.exitCode).toBe(130)
    expect((result.exitedAtMs ?? 0) - (result.cancellation?.atMs ?? 0)).toBeLessThan(2000)
    expect(result.commands.filter(line => line.command !== 'log').map(line => line.message)).toEqual([
      'interrupted',
      'The operation was canceled.'
    ])
  })

  it('sends SIGTERM 7.5 s after SIGINT and SIGKILL 2.5 s after that', async () => {
    const result = await cancelled(
      "for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => console.log(`ignored ${signal}`))"
    )

    const signals = result.cancellation?.signals ?? []
    expect(signals.map(sent => sent.signal)).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL'])
    expect(signals[1].atMs - signals[0].atMs).toBeGreaterThan(7400)
    expect(signals[1].atMs - signals[0].atMs).toBeLessThan(9000)
    expect(signals[2].atMs - signals[1].atMs).toBeGreaterThan(2400)
    expect(signals[2].atMs - signals[1].atMs).toBeLessThan(4000)
    expect(result).toMatchObject({ outcome: 'cancelled', exitCode: null, signal: 'SIGKILL' })
    expect(result.cancellation?.endedBy).toBe('SIGKILL')
    expect(result.stdout).toBe('ignored SIGINT\nignored SIGTERM\n')
  }, 25_000)

  it('cancels a step that runs out of time the same way, and fails it', async () => {
    const { code } = idle('')
    const result = await step(code, { timeoutMs: 1000 })

    expect(result.outcome).toBe('failure')
    expect(result.cancellation).toMatchObject({
      reason: 'timeout',
      signals: [{ signal: 'SIGINT' }],
      endedBy: 'SIGINT'
    })
    expect(byRunner(result)).toEqual(['error: The action has timed out.'])
  })
})
