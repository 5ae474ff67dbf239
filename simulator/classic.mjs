// @ts-check
/**
 * Two Classic API resources (/JSSResource/...), enough to show that a token works there too: the
 * Classic API takes the same bearer tokens (confirmed: 10.35 and later, API clients 10.49 and later),
 * answers XML unless JSON is asked for, and its 401 is an HTML status page (see pages.mjs).
 */
import { escapeMarkup } from './pages.mjs'
import { XML_TYPE } from './reply.mjs'

/** @type {Record<string, { xml: (user: string) => string, json: (user: string) => unknown }>} */
const RESOURCES = {
  '/JSSResource/computers': {
    xml: () =>
      '<?xml version="1.0" encoding="UTF-8"?><computers><size>1</size>' +
      '<computer><id>1</id><name>Demo-Mac</name></computer></computers>',
    json: () => ({ computers: [{ id: 1, name: 'Demo-Mac' }] })
  },
  '/JSSResource/accounts': {
    xml: user =>
      '<?xml version="1.0" encoding="UTF-8"?><accounts><users>' +
      `<user><id>1</id><name>${escapeMarkup(user)}</name></user></users><groups/></accounts>`,
    json: user => ({ accounts: { users: [{ id: 1, name: user }], groups: [] } })
  }
}

/** @param {import('./router.mjs').Context} ctx */
function classic({ request, reply, caller }) {
  const resource = RESOURCES[request.path]
  const subject = caller?.subject ?? ''
  if ((request.headers.accept ?? '').includes('application/json')) reply.json(200, resource.json(subject))
  else reply.send(200, resource.xml(subject), XML_TYPE)
}

/** @type {import('./router.mjs').RouteTable} */
export const classicRoutes = Object.fromEntries(
  Object.keys(RESOURCES).map(path => [path, { methods: { GET: classic } }])
)
