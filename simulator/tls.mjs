// @ts-check
/**
 * Self-signed certificates for HTTPS tests, made with the `openssl` CLI (no shell, so it works the
 * same on Linux, macOS and Windows). `openssl ca -selfsign` is used because it can set both validity
 * dates, which is the only way OpenSSL 3.0 (before 3.4) can make an already-expired certificate.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { isIP } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const HOUR = 3600_000
const DAY = 24 * HOUR

/** ASN.1 UTCTime (YYMMDDHHMMSSZ), the form `openssl ca -startdate/-enddate` takes. @param {number} ms */
const utcTime = ms => new Date(ms).toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'

/** @param {string[]} hosts */
const config = hosts => `
[req]
distinguished_name = dn
prompt = no
[dn]
CN = Jamf Pro Simulator
[ca]
default_ca = simulator
[simulator]
database = index.txt
serial = serial
new_certs_dir = .
default_md = sha256
policy = any
unique_subject = no
[any]
commonName = supplied
[v3]
# CA:TRUE so the certificate can be its own trust anchor in NODE_EXTRA_CA_CERTS.
basicConstraints = critical,CA:TRUE
keyUsage = critical,digitalSignature,keyEncipherment,keyCertSign
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = ${hosts.map(host => `${isIP(host) ? 'IP' : 'DNS'}:${host}`).join(',')}
`

/**
 * Make a self-signed certificate and key in a fresh temporary directory (the caller may delete `dir`).
 * @param {{ hosts?: string[], days?: number, expired?: boolean }} [options]
 *   expired: validity ended yesterday; otherwise valid from an hour ago (clock skew) for `days` days.
 * @returns {Promise<{ cert: string, key: string, certPath: string, keyPath: string, dir: string }>}
 */
export async function generateCertificate({
  hosts = ['localhost', '127.0.0.1'],
  days = 1,
  expired = false
} = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'jamf-simulator-tls-'))
  await writeFile(join(dir, 'openssl.cnf'), config(hosts))
  await writeFile(join(dir, 'index.txt'), '')
  // Every argument is a plain word (relative file names, dates), so a split string reads best.
  const openssl = (/** @type {string} */ args) => run('openssl', args.split(' '), { cwd: dir })

  const now = Date.now()
  const [start, end] = expired ? [now - 2 * DAY, now - DAY] : [now - HOUR, now + days * DAY]
  try {
    await openssl('req -new -newkey rsa:2048 -nodes -keyout key.pem -out request.csr -config openssl.cnf')
    await openssl(
      'ca -batch -selfsign -notext -rand_serial -config openssl.cnf -extensions v3 -keyfile key.pem ' +
        `-in request.csr -out cert.pem -startdate ${utcTime(start)} -enddate ${utcTime(end)}`
    )
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    const missing = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT'
    throw missing ? new Error('generateCertificate needs the openssl command on PATH') : error
  }

  const certPath = join(dir, 'cert.pem')
  const keyPath = join(dir, 'key.pem')
  return {
    cert: await readFile(certPath, 'utf8'),
    key: await readFile(keyPath, 'utf8'),
    certPath,
    keyPath,
    dir
  }
}
