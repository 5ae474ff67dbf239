// A tiny HTTP CONNECT proxy on 127.0.0.1, as a corporate proxy would be: it resolves host names itself
// (from `routes`, never DNS), so the action can reach a host name that does not resolve on the runner.
import http from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ConnectProxy {
  url: string
  /** Every request line received, e.g. `CONNECT jamf.test:443`. */
  lines: string[]
  /** The Proxy-Authorization header of each CONNECT, if any. */
  authorizations: Array<string | undefined>
  close(): Promise<void>
}

export interface ConnectProxyOptions {
  /** `host:port` as the client asks for it → where the proxy really connects. */
  routes: Record<string, { host: string; port: number }>
  /** Answer every CONNECT with this status instead of opening a tunnel. */
  refuse?: number
  /** Accept every CONNECT and never answer it, as a stalled proxy does. */
  stall?: boolean
}

export async function startConnectProxy({
  routes,
  refuse,
  stall = false
}: ConnectProxyOptions): Promise<ConnectProxy> {
  const lines: string[] = []
  const authorizations: Array<string | undefined> = []
  const sockets = new Set<Socket>()
  const track = (socket: Socket): void => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  }

  const server = http.createServer((req, res) => {
    // Plain requests through the proxy are not expected: the action only speaks HTTPS to Jamf Pro.
    lines.push(`${req.method} ${req.url}`)
    res.writeHead(405).end()
  })
  server.on('connection', track)
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    lines.push(`CONNECT ${target}`)
    authorizations.push(req.headers['proxy-authorization'])
    client.on('error', () => client.destroy())
    if (stall) return
    const route = routes[target]
    if (refuse !== undefined || !route) {
      client.end(`HTTP/1.1 ${refuse ?? 502} ${http.STATUS_CODES[refuse ?? 502]}\r\nContent-Length: 0\r\n\r\n`)
      return
    }
    const upstream = connect(route.port, route.host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length > 0) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    track(upstream)
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.destroy())
  })

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    lines,
    authorizations,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
  }
}
