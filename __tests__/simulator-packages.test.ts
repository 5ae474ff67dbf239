/**
 * The simulator's packages (simulator/packages.mjs): records, then uploads read as they stream in, behind
 * the same authentication as every /api/ path. Answer shapes are checked in simulator-schemas.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import { Readable } from 'node:stream'
import { multipartBoundary, readFilePart } from '../simulator/multipart.mjs'
import { startSimulator, type Simulator } from '../simulator/server.mjs'
import { createPackage, multipartFrame, PACKAGE, uploadFile } from './support/packages.js'
import { bearer, call, clientToken, HTML, htmlAnswer, withSimulator } from './support/simulator-http.js'

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

let sim: Simulator
let token: string
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())
beforeEach(async () => {
  sim.reset()
  token = await clientToken(sim)
})

describe('package records', () => {
  it('are created with the required fields and read back; fields the schema lacks are dropped', async () => {
    const created = await createPackage(sim, token, { uninstall: false, info: 'Demo' })
    expect(created.status).toBe(201)
    expect(JSON.parse(created.body)).toEqual({ id: '1', href: `${sim.url}/api/v1/packages/1` })
    const read = await call(sim, 'GET', '/api/v1/packages/1', { headers: bearer(token) })
    expect(JSON.parse(read.body)).toEqual({ id: '1', ...PACKAGE, info: 'Demo' })
  })

  it.each(['packageName', 'priority', 'suppressRegistration'])('are refused without %s', async field => {
    const refused = await createPackage(sim, token, { [field]: undefined })
    expect([refused.status, JSON.parse(refused.body).errors[0].field]).toEqual([400, field])
    expect(sim.packages).toEqual([])
  })

  it('need a token: without one, 401 before any route is looked at', async () => {
    const anonymous = await call(sim, 'POST', '/api/v1/packages', { body: JSON.stringify(PACKAGE) })
    expect([anonymous.status, JSON.parse(anonymous.body)]).toEqual([401, { httpStatus: 401, errors: [] }])
    expect(sim.packages).toEqual([])
  })

  it('do not exist before Jamf Pro 11.5.0', async () => {
    await withSimulator({ jamfVersion: '11.4.0' }, async old => {
      expect(htmlAnswer(await createPackage(old, await clientToken(old)))).toEqual([404, HTML])
    })
  })
})

describe('uploads', () => {
  it('keep only the size and SHA-256 of the file part, in the record and in the recorded request', async () => {
    await createPackage(sim, token)
    const content = randomBytes(3 * 1024 * 1024 + 5)
    const uploaded = await uploadFile(sim, token, '1', content)
    expect([uploaded.status, JSON.parse(uploaded.body)]).toEqual([
      201,
      { id: '1', href: `${sim.url}/api/v1/packages/1` }
    ])
    const file = { fileName: 'DemoApp.pkg', size: content.length, sha256: sha256(content) }
    expect(sim.packages[0].file).toEqual(file)
    const request = sim.requests.at(-1)
    expect(request).toMatchObject({ path: '/api/v1/packages/1/upload', body: '', file })
  })

  it('answer 404 for a package that does not exist, 400 without a file part', async () => {
    await createPackage(sim, token)
    expect((await uploadFile(sim, token, '7', Buffer.from('x'))).status).toBe(404)
    const notMultipart = await call(sim, 'POST', '/api/v1/packages/1/upload', {
      headers: { ...bearer(token), 'Content-Type': 'application/octet-stream' },
      body: 'x'
    })
    expect(notMultipart.status).toBe(400)
    expect(sim.packages[0].file).toBeUndefined()
  })

  it('without a token get 401 and nothing is read or kept', async () => {
    await createPackage(sim, token)
    const { head, tail, type } = multipartFrame()
    const anonymous = await call(sim, 'POST', '/api/v1/packages/1/upload', {
      headers: { 'Content-Type': type },
      body: Buffer.concat([head, Buffer.from('content'), tail])
    })
    expect(anonymous.status).toBe(401)
    expect(sim.packages[0].file).toBeUndefined()
  })

  it('stream: 256 MiB pass through without the simulator holding them', async () => {
    await createPackage(sim, token)
    const { head, tail, type } = multipartFrame()
    const chunk = randomBytes(1024 * 1024)
    const hash = createHash('sha256')
    const chunks = 256
    for (let i = 0; i < chunks; i++) hash.update(chunk)
    const before = process.memoryUsage().rss
    let peak = before
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(sim.url)
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/api/v1/packages/1/upload',
          headers: { ...bearer(token), 'Content-Type': type }
        },
        res => {
          res.resume()
          resolve(res.statusCode ?? 0)
        }
      )
      req.on('error', reject)
      Readable.from(
        (function* () {
          yield head
          for (let i = 0; i < chunks; i++) {
            peak = Math.max(peak, process.memoryUsage().rss)
            yield chunk
          }
          yield tail
        })()
      ).pipe(req)
    })
    expect(status).toBe(201)
    expect(sim.packages[0].file).toEqual({
      fileName: 'DemoApp.pkg',
      size: chunks * chunk.length,
      sha256: hash.digest('hex')
    })
    // Buffering the body would add 256 MiB; streaming adds at most a few socket buffers.
    expect(peak - before).toBeLessThan(128 * 1024 * 1024)
  })
})

describe('multipart reading', () => {
  const boundary = 'b0undary'
  const body = (content: Buffer) =>
    Buffer.concat([
      Buffer.from(`preamble\r\n--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n`),
      Buffer.from(`--${boundary} look-alike\r\n--${boundary}\r\n`),
      Buffer.from(`Content-Disposition: form-data; name="file"; filename="a.pkg"\r\n\r\n`),
      content,
      Buffer.from(`\r\n--${boundary}--\r\n`)
    ])
  const inChunks = (data: Buffer, size: number) =>
    Readable.from(
      (function* () {
        for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size)
      })()
    )

  it.each([1, 13, 65536])('finds the file part whatever the chunk size (%d)', async size => {
    // Content may hold anything but the whole delimiter, e.g. all of it but its last character.
    const content = Buffer.concat([Buffer.from(`\r\n--${boundary.slice(0, -1)}`), randomBytes(10_000)])
    await expect(readFilePart(inChunks(body(content), size), boundary, 'file')).resolves.toEqual({
      fileName: 'a.pkg',
      size: content.length,
      sha256: sha256(content)
    })
  })

  it('refuses a body without its closing delimiter', async () => {
    const truncated = body(Buffer.from('x')).subarray(0, -6)
    await expect(readFilePart(inChunks(truncated, 100), boundary, 'file')).resolves.toBeUndefined()
  })

  it('reads the boundary of a multipart/form-data type only', () => {
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBe('a b')
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary=xyz')).toBe('xyz')
    expect(multipartBoundary('multipart/mixed; boundary=xyz')).toBeUndefined()
  })
})
