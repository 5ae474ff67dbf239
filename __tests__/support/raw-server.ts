// A TCP server on 127.0.0.1 that answers the first request of each connection with raw bytes of the test's
// choosing: what no HTTP server library would send (an answer cut off mid-body, not HTTP) or nothing at all.
import { createServer, type AddressInfo, type Socket } from 'node:net'

export interface RawServer {
  url: string
  /** Requests received (their first line), in order. */
  requests: string[]
  close(): Promise<void>
}

/** `answer(socket)` is called once the request head has arrived; it writes, ends or leaves the socket. */
export async function startRawServer(answer: (socket: Socket) => void): Promise<RawServer> {
  const requests: string[] = []
  const sockets = new Set<Socket>()
  const server = createServer(socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    let head = ''
    socket.on('data', chunk => {
      const complete = head.includes('\r\n\r\n')
      head += chunk.toString('latin1')
      if (complete || !head.includes('\r\n\r\n')) return
      requests.push(head.split('\r\n')[0])
      answer(socket)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      })
  }
}
