// @ts-check
// A stand-in for Jamf's jamf-cli (github.com/Jamf-Concepts/jamf-cli), which cannot be installed here: it
// does what `jamf-cli [--no-input] pro categories|scripts apply [--yes] --from-file FILE` does, with the
// same requests, and refuses every other command. From jamf-cli's source
// (internal/commands/pro/generated/categories.go, newCategoriesApplyCmd; scripts.go alike) and its
// resolveAuth: the server and token come from JAMF_URL and JAMF_TOKEN, but JAMF_CLIENT_ID and
// JAMF_CLIENT_SECRET would win (jamf-cli would then get its own token), so that case is refused; the file's
// `name` is looked up in GET /api/v1/<resource> (the stand-in sends filter=name=="…", as the resource's
// OpenAPI documents; jamf-cli's own lookup, resolveNameToIDForApply, is not in the stored source); none
// found: POST /api/v1/<resource>; found: with --no-input and without --yes it refuses, with --yes it PUTs
// /api/v1/<resource>/<id>. It prints "Created <kind> "<name>"" or "Replaced <kind> "<name>" (id: N)" on
// stderr and the server's answer on stdout. JSON files only (jamf-cli also reads YAML).
import { readFileSync } from 'node:fs'

/** @type {Record<string, string>} */
const KINDS = { categories: 'category', scripts: 'script' }

/** @param {string} message @param {number} [code] @returns {never} */
function fail(message, code = 1) {
  process.stderr.write(`Error: ${message}\n`)
  process.exit(code)
}

/** @param {string[]} args */
function parse(args) {
  /** @type {{ noInput: boolean, yes: boolean, fromFile: string | undefined }} */
  const options = { noInput: false, yes: false, fromFile: undefined }
  /** @type {string[]} */
  const words = []
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s)
    if (flag === '--no-input') options.noInput = true
    else if (flag === '--yes') options.yes = true
    else if (flag === '--from-file') options.fromFile = inline ?? args[++i]
    else if (flag.startsWith('-')) words.push(`(${flag})`)
    else words.push(args[i])
  }
  const [api, resource, command, ...rest] = words
  const { fromFile } = options
  if (api !== 'pro' || !Object.hasOwn(KINDS, resource) || command !== 'apply' || rest.length > 0 || !fromFile)
    fail(
      `jamf-cli stand-in: "jamf-cli ${args.join(' ')}" is not modelled; only ` +
        '"jamf-cli [--no-input] pro categories|scripts apply [--yes] --from-file FILE" is',
      2
    )
  return { resource, ...options, fromFile }
}

/** @param {string} method @param {string} path @param {string} [body] @returns {Promise<string>} */
async function send(method, path, body) {
  const response = await fetch(`${process.env.JAMF_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${process.env.JAMF_TOKEN}`,
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' })
    },
    body
  })
  const text = await response.text()
  if (!response.ok) fail(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 200)}`)
  return text
}

const { resource, noInput, yes, fromFile } = parse(process.argv.slice(2))
if (process.env.JAMF_CLIENT_ID && process.env.JAMF_CLIENT_SECRET)
  fail(
    'jamf-cli stand-in: JAMF_CLIENT_ID/JAMF_CLIENT_SECRET are set, so jamf-cli would get its own token; not modelled'
  )
if (!process.env.JAMF_URL || !process.env.JAMF_TOKEN)
  fail(
    'authentication required: use --client-id/--client-secret, --token, JAMF_TOKEN/JAMF_CLIENT_ID env vars',
    2
  )
const kind = KINDS[resource]
const data = readFileSync(fromFile, 'utf8')
/** @type {{ name?: unknown } | null} */
const body = JSON.parse(data)
if (typeof body?.name !== 'string') fail(`input must include a "name" field`)
const filter = `name=="${body.name.replace(/["\\]/g, '\\$&')}"`
/** @type {{ results: { id: string, name: string }[] }} */
const found = JSON.parse(
  await send('GET', `/api/v1/${resource}?page=0&page-size=100&filter=${encodeURIComponent(filter)}`)
)
const matches = found.results.filter(result => result.name === body.name)
if (matches.length > 1) fail(`more than one ${kind} is named "${body.name}"`)
if (matches.length === 0) {
  const answer = await send('POST', `/api/v1/${resource}`, data)
  process.stderr.write(`Created ${kind} "${body.name}"\n`)
  process.stdout.write(`${answer}\n`)
} else {
  const { id } = matches[0]
  if (!yes && noInput)
    fail(`${kind} "${body.name}" already exists (id: ${id}); use --yes to replace when --no-input is set`)
  if (!yes) fail('jamf-cli stand-in: cannot ask for confirmation; give --yes')
  const answer = await send('PUT', `/api/v1/${resource}/${encodeURIComponent(id)}`, data)
  process.stderr.write(`Replaced ${kind} "${body.name}" (id: ${id})\n`)
  process.stdout.write(`${answer}\n`)
}
