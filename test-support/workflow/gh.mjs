// @ts-check
// A stand-in for the GitHub CLI that GitHub's runner images carry: only `gh release download TAG --repo
// OWNER/REPO --pattern GLOB... --dir DIR` is modelled, copying the test's release assets (files under
// --stand-in-assets DIR/TAG, given by the wrapper the workflow runner installs) instead of downloading
// them. Like gh it needs GH_TOKEN (or GITHUB_TOKEN) in a workflow, fails for a release that does not
// exist, and fails when no asset matches the patterns. Every other command is refused.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

/** @param {string} message @param {number} [code] @returns {never} */
function fail(message, code = 1) {
  process.stderr.write(`${message}\n`)
  process.exit(code)
}

const args = process.argv.slice(2)
/** @type {Record<string, string[]>} */
const flags = { '--stand-in-assets': [], '--repo': [], '--pattern': [], '--dir': [] }
/** @type {string[]} */
const words = []
for (let i = 0; i < args.length; i++) {
  const [flag, inline] = args[i].split(/=(.*)/s)
  if (Object.hasOwn(flags, flag)) flags[flag].push(inline ?? args[++i])
  else words.push(args[i])
}
const [group, command, tag, ...rest] = words
const shown = args.slice(2).join(' ')
if (group !== 'release' || command !== 'download' || !tag || rest.length > 0 || flags['--repo'].length !== 1)
  fail(
    `gh stand-in: "gh ${shown}" is not modelled; only "gh release download TAG --repo R --pattern P --dir D" is`,
    2
  )
if (!process.env.GH_TOKEN && !process.env.GITHUB_TOKEN)
  fail('gh: To use GitHub CLI in a GitHub Actions workflow, set the GH_TOKEN environment variable.', 4)

const release = join(flags['--stand-in-assets'][0], tag)
if (!existsSync(release)) fail('release not found')
const patterns = flags['--pattern'].map(
  glob =>
    new RegExp(
      `^${glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*')
        .replaceAll('?', '.')}$`
    )
)
const assets = readdirSync(release).filter(name => patterns.length === 0 || patterns.some(p => p.test(name)))
if (assets.length === 0) fail('no assets match the file pattern')
const dir = flags['--dir'][0] ?? '.'
mkdirSync(dir, { recursive: true })
for (const asset of assets) copyFileSync(join(release, asset), join(dir, asset))
process.stderr.write(`gh stand-in: copied ${assets.join(', ')} of release ${tag} from the test's assets\n`)
