// @ts-check
// `npm run demo`: the whole life of a token on the built-in simulator. Runs the committed dist/ main
// step as a runner would, then a step that uses $JAMF_TOKEN on the Jamf Pro API and the Classic API,
// then the post step; prints what the Actions log would show (masked values as ***) and the server's view.
// Exits non-zero if any part fails. `npm run demo -- --user` does the same with a user account.
import { DEFAULT_CREDENTIALS, startSimulator } from '../simulator/server.mjs'
import { renderLog, runJob } from '../test-support/runner.mjs'

const useUser = process.argv.includes('--user')
const jamf = await startSimulator() // a new API client's real lifetime, 60 s: the demo shows its notice
/** @type {string[]} */
const problems = []
/** @param {unknown} ok @param {string} what */
const check = (ok, what) => {
  if (!ok) problems.push(what)
}
/** @type {(text: string) => string} */
const bold = process.stdout.isTTY ? text => `\x1b[1m${text}\x1b[0m` : text => text
/** @param {string} text */
const heading = text => console.log(`\n${bold(text)}`)
/** @param {string} text */
const indent = text => text.replace(/^/gm, '  ')

try {
  const { clientId, clientSecret, username, password } = DEFAULT_CREDENTIALS
  /** @type {Record<string, string>} */
  const credentials = useUser
    ? { username, password }
    : { 'client-id': clientId, 'client-secret': clientSecret }
  const inputs = { url: jamf.url, ...credentials }
  console.log(`Jamf Pro simulator at ${jamf.url}`)
  heading(`Step 1: uses: jamf-pro-auth  (with: url, ${Object.keys(credentials).join(', ')})`)

  const { main, consumer, post } = await runJob({
    inputs,
    between: async step => {
      console.log(indent(renderLog(step.commands)))
      console.log(indent('Outputs:'))
      const masked = Object.fromEntries(
        Object.entries(step.outputs).map(([name, value]) => [
          name,
          value === step.outputs.token ? '***' : value
        ])
      )
      for (const [name, value] of Object.entries(masked)) console.log(indent(`  ${name} = ${value}`))
      check(step.exitCode === 0, 'the main step failed')
      check(Boolean(step.exported.JAMF_TOKEN), 'JAMF_TOKEN was not exported')

      heading('Step 2: run: a script that uses $JAMF_URL and $JAMF_TOKEN')
      const headers = { Authorization: `Bearer ${step.exported.JAMF_TOKEN}`, Accept: 'application/json' }
      /** @type {number[]} */
      const results = []
      for (const path of ['/api/v1/jamf-pro-version', '/api/v1/auth', '/JSSResource/computers']) {
        const response = await fetch(`${step.exported.JAMF_URL}${path}`, { headers })
        results.push(response.status)
        console.log(indent(`GET $JAMF_URL${path} -> HTTP ${response.status}`))
      }
      return results
    }
  })
  check(
    consumer?.every(status => status === 200),
    'the token did not work for the Jamf Pro API and the Classic API'
  )

  heading('Post step: jamf-pro-auth')
  console.log(indent(renderLog(post.commands)))
  check(post.exitCode === 0, 'the post step failed')

  heading("The simulator's view")
  for (const request of jamf.requests) console.log(indent(`${request.method} ${request.path}`))
  for (const token of jamf.tokens) {
    console.log(
      indent(
        `token for ${token.kind} ${token.subject}: issued, used ${token.used} time(s), ${token.invalidated ? 'invalidated' : 'STILL VALID'}`
      )
    )
    check(token.invalidated, 'the token was not invalidated')
  }
  check(jamf.tokens.length === 1, `expected one token, the server issued ${jamf.tokens.length}`)
  const after = await fetch(`${jamf.url}/api/v1/auth`, {
    headers: { Authorization: `Bearer ${main.outputs.token}` }
  })
  console.log(indent(`after the job, the token gets HTTP ${after.status}`))
  check(after.status === 401, 'the token still works after the job')
} finally {
  await jamf.close()
}

if (problems.length > 0) {
  console.error(`\nDemo FAILED: ${problems.join('; ')}`)
  process.exit(1)
}
console.log('\nDemo OK: token issued, masked, used by a later step, and invalidated at the end of the job.')
