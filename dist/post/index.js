import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(278);
var tls = __nccwpck_require__(756);
var http = __nccwpck_require__(611);
var https = __nccwpck_require__(692);
var events = __nccwpck_require__(434);
var assert = __nccwpck_require__(613);
var util = __nccwpck_require__(23);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 139:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ exitWhenDone)
/* harmony export */ });
// The last line of defence for the time bounds: once a step's work is done, nothing left behind (a socket
// a proxy never answers, a timer) may hold the job. What was written is flushed, then the process ends with
// the exit code the step set (setFailed sets process.exitCode).
async function exitWhenDone() {
    await Promise.all([process.stdout, process.stderr].map(stream => new Promise(resolve => stream.write('', resolve))));
    process.exit();
}


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ basicCredentials),
/* harmony export */   CA: () => (/* binding */ errorCode),
/* harmony export */   Hd: () => (/* binding */ secondsText),
/* harmony export */   St: () => (/* binding */ createHttpTransport),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(210);
/* harmony import */ var _tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(874);


/** An attempt that got no complete answer in time. */
class AttemptTimeoutError extends Error {
    timeoutMs;
    code = 'ATTEMPT_TIMEOUT';
    constructor(timeoutMs) {
        super(`no complete answer within ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
        this.name = 'AttemptTimeoutError';
    }
}
const USER_AGENT = 'jamf-pro-auth-action/1';
/**
 * Requests go through @actions/http-client with its redirects and retries off: credentials must never
 * follow a redirect, and retry.ts alone decides what is tried again. Connections are the transport's own
 * (tunnel.ts), kept alive so that the token and verify requests share one, and all ended on close() or
 * when an attempt runs out of time, whatever state they are in.
 */
function createHttpTransport(timeoutMs, proxy) {
    const byScheme = new Map();
    const connectionsFor = (protocol) => {
        const existing = byScheme.get(protocol) ?? (0,_tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .createConnections */ .Ew)(protocol, proxy);
        byScheme.set(protocol, existing);
        return existing;
    };
    return {
        async send(request) {
            const limit = Math.min(timeoutMs, request.timeoutMs ?? Infinity);
            const connections = connectionsFor(new URL(request.url).protocol);
            let timer;
            const deadline = new Promise((_, reject) => {
                timer = setTimeout(() => {
                    const seconds = `no answer within ${secondsText(limit)} s`;
                    // Everything is ended at once, so that nothing of this attempt outlives it.
                    const pending = connections.tunnelPending();
                    connections.destroyAll();
                    reject(pending ? new _tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .ProxyTunnelError */ .Ng(seconds, 'ATTEMPT_TIMEOUT') : new AttemptTimeoutError(limit));
                }, limit);
            });
            try {
                return await Promise.race([exchange(request, connections.agent, limit), deadline]);
            }
            finally {
                clearTimeout(timer);
            }
        },
        close() {
            for (const connections of byScheme.values())
                connections.destroyAll();
        }
    };
}
async function exchange(request, agent, timeoutMs) {
    // The deadline above bounds the attempt; http-client's idle timeout only backs it up.
    const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(USER_AGENT, [useAgent(agent)], {
        allowRedirects: false,
        allowRetries: false,
        keepAlive: true,
        socketTimeout: timeoutMs + 1000
    });
    const response = await client.request(request.method, request.url, request.body ?? null, request.headers);
    const body = await readBody(response.message);
    return { status: response.message.statusCode ?? 0, headers: response.message.headers, body };
}
/**
 * Makes every request use the transport's agent. Node connects to `host` as it is, so an IPv6 literal
 * loses the brackets URL.hostname keeps (Node puts them back in the Host header).
 */
function useAgent(agent) {
    return {
        prepareRequest(options) {
            options.agent = agent;
            options.host = options.host?.replace(/^\[(.*)\]$/, '$1');
        },
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error('not used'))
    };
}
/**
 * The whole body, or a dropped-connection error as soon as the connection closes before the body is
 * complete: a cut-off answer must not wait out the timeout.
 */
function readBody(message) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        message.on('data', (chunk) => chunks.push(chunk));
        message.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        message.once('error', reject);
        message.once('close', () => {
            if (!message.complete)
                reject(Object.assign(new Error('answer cut off'), { code: 'ECONNRESET' }));
        });
    });
}
/** The value of a Basic Authorization header: UTF-8, so that any character in a password survives. */
function basicCredentials(username, password) {
    return Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
}
/** Milliseconds as seconds for a message: `3.5`, `10`. */
function secondsText(ms) {
    return String(Math.round(ms / 100) / 10);
}
function header(response, name) {
    const value = response.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : '';
}


/***/ }),

/***/ 874:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ng: () => (/* binding */ ProxyTunnelError),
  Ew: () => (/* binding */ createConnections),
  xh: () => (/* binding */ proxyFailure)
});

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(30);
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./src/net/tunnel.ts
// The connections a transport opens: direct, or through a tunnel that an HTTP CONNECT proxy opens. Every
// socket is tracked, the proxy's included, so that the transport can end all of them whatever state they
// are in: @actions/http-client's tunnel agent keeps no handle on a CONNECT that was never answered, and a
// stalled proxy would then hold the process open.




/** The proxy did not open the tunnel; `reason` is `HTTP 407` or what went wrong. */
class ProxyTunnelError extends Error {
    reason;
    code;
    constructor(reason, code) {
        super(`the proxy did not open a tunnel: ${reason}`);
        this.reason = reason;
        this.code = code;
        this.name = 'ProxyTunnelError';
    }
}
/** Why the proxy did not open a tunnel, for a ProxyTunnelError; undefined for any other error. */
function proxyFailure(error) {
    return error instanceof ProxyTunnelError ? error.reason : undefined;
}
/**
 * Connections to servers of one scheme (`https:` or `http:`), through `proxy` when there is one; at most
 * `maxSockets` at a time (the relay's forwarded requests), the rest waiting for a free one.
 */
function createConnections(protocol, proxy, maxSockets = Infinity) {
    const sockets = new Set();
    let pending = 0;
    const track = (socket) => {
        sockets.add(socket);
        socket.once('close', () => sockets.delete(socket));
        return socket;
    };
    const secure = protocol === 'https:';
    const Base = secure ? (external_node_https_default()).Agent : (external_node_http_default()).Agent;
    class TrackingAgent extends Base {
        createConnection(options, callback) {
            if (proxy === undefined) {
                const socket = super.createConnection(options, callback);
                return socket ? track(socket) : socket;
            }
            pending++;
            openTunnel(proxy, options, track).then(socket => {
                pending--;
                // Over the tunnel, TLS to the server, checked against its name as a direct connection is.
                callback?.(null, secure ? track((0,external_node_tls_namespaceObject.connect)({ ...options, socket })) : socket);
            }, (error) => {
                pending--;
                callback?.(error, undefined);
            });
            return undefined;
        }
    }
    const agent = new TrackingAgent({ keepAlive: true, maxSockets });
    return {
        agent,
        tunnelPending: () => pending > 0,
        destroyAll() {
            for (const socket of sockets)
                socket.destroy();
            agent.destroy();
        }
    };
}
function openTunnel(proxy, options, track) {
    const host = options.host ?? 'localhost';
    const authority = `${(0,external_node_net_.isIPv6)(host) ? `[${host}]` : host}:${options.port}`;
    const { url } = proxy;
    const request = (url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request({
        host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || (url.protocol === 'https:' ? 443 : 80),
        method: 'CONNECT',
        path: authority,
        agent: false,
        headers: {
            host: authority,
            ...(proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {})
        }
    });
    request.on('socket', track);
    request.end();
    return new Promise((resolve, reject) => {
        request.once('connect', (response, socket, head) => {
            if (response.statusCode === 200 && head.length === 0)
                return resolve(socket);
            socket.destroy();
            reject(response.statusCode === 200
                ? new ProxyTunnelError('it sent data before the tunnel was open', 'ECONNRESET')
                : new ProxyTunnelError(`HTTP ${response.statusCode}`, 'EPROXY'));
        });
        request.once('error', (cause) => reject(new ProxyTunnelError(cause.message, cause.code ?? 'ECONNRESET')));
    });
}


/***/ }),

/***/ 908:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(79);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(139);
/* harmony import */ var _net_http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(663);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(497);
// Entry point of runs.post.




await (0,_post_js__WEBPACK_IMPORTED_MODULE_2__/* .post */ .b)(_actions_core__WEBPACK_IMPORTED_MODULE_0__, _net_http_js__WEBPACK_IMPORTED_MODULE_1__/* .createHttpTransport */ .St);
await (0,_exit_js__WEBPACK_IMPORTED_MODULE_3__/* .exitWhenDone */ .l)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ post)
});

;// CONCATENATED MODULE: ./src/inputs.ts
// Reads and checks every input before any request is made. Messages never repeat an input's value:
// a secret pasted into the wrong input must not reach the log.
/** One or more problems with the inputs, each a sentence that names the input and what to write. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join(' '));
        this.problems = problems;
        this.name = 'InputError';
    }
}
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
const MAX_TIMEOUT_SECONDS = 600;
const MAX_RETRIES = 10;
const SECONDS = ' of seconds';
// Longer than the longest job a self-hosted runner runs (5 days); 6 hours is the longest on GitHub's.
const MAX_RELAY_LIFETIME_SECONDS = 432_000;
// An HTTP method is a token (RFC 9110 5.6.2).
const METHOD = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
function readInputs(getInput) {
    const problems = [];
    const text = (name) => getInput(name).trim();
    const flag = (name, fallback) => parseBoolean(name, text(name), fallback, problems);
    const number = (name, rule) => parseNumber(name, text(name), rule, problems);
    const inputs = {
        ...parseUrl(text('url'), problems),
        credentials: parseCredentials(getInput, problems),
        invalidateToken: flag('invalidate-token', true),
        exportEnv: flag('export-env', true),
        verify: flag('verify', true),
        minLifetime: number('min-lifetime', { fallback: 0, min: 0, integer: true, unit: SECONDS }),
        timeoutSeconds: number('timeout', {
            fallback: 10,
            min: 1,
            max: MAX_TIMEOUT_SECONDS,
            integer: false,
            unit: SECONDS
        }),
        retries: number('retries', { fallback: 3, min: 0, max: MAX_RETRIES, integer: true, unit: '' }),
        relay: parseRelay(text, problems)
    };
    if (inputs.relay && !inputs.invalidateToken)
        problems.push('Input relay needs invalidate-token: true: the relay invalidates its tokens when the job ends. Remove invalidate-token: false, or relay: true.');
    if (problems.length > 0)
        throw new InputError(problems);
    return inputs;
}
// What users paste after the root: /api, the API docs or an API path under it, a Classic API path, the web
// app's page (cut one after another: /api/doc/index.html). Anything else is a context path (/jamf, even
// /api/jamf) and stays.
const PASTED_SUFFIX = /^(.*)(\/api(?:\/(?:docs?|v\d+|preview|oauth|swagger[\w-]*)(?:[/?#.].*)?)?\/*|\/jssresource(?:\/.*)?|\/index\.html\/*)$/i;
/** https://, or http:// to this machine only: where the action may send credentials and tokens. */
function isServerUrl(url) {
    const { protocol, hostname } = URL.parse(url) ?? new URL('invalid:');
    return protocol === 'https:' || (protocol === 'http:' && LOOPBACK_HOSTS.test(hostname));
}
function parseUrl(raw, problems) {
    const example = 'e.g. https://yourorg.jamfcloud.com or https://jss.example.com:8443';
    const none = { url: '', urlSuffix: '' };
    if (raw === '') {
        problems.push(`Input url is required: set it to your Jamf Pro server's address, ${example}.`);
        return none;
    }
    let parsed;
    try {
        parsed = new URL(raw);
    }
    catch {
        parsed = new URL('invalid:');
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        problems.push(`Input url must be an absolute https:// URL, ${example}.`);
        return none;
    }
    if (!isServerUrl(parsed.href)) {
        problems.push(`Input url must use https:// (plain http:// is allowed only for localhost, for local testing), ${example}.`);
    }
    if (parsed.username !== '' || parsed.password !== '') {
        problems.push('Input url must not contain a user name or password: remove them from url and use client-id/client-secret or username/password.');
    }
    if (parsed.search !== '' || raw.includes('?') || parsed.hash !== '' || raw.includes('#')) {
        problems.push(`Input url must not contain a query (?…) or fragment (#…): give the server's root, ${example}.`);
    }
    // Keep a path prefix (a context path, a reverse proxy) but never a trailing slash: paths are appended.
    let root = parsed.pathname;
    for (let match = PASTED_SUFFIX.exec(root); match; match = PASTED_SUFFIX.exec(root))
        root = match[1];
    return {
        url: `${parsed.origin}${root.replace(/\/+$/, '')}`,
        urlSuffix: parsed.pathname.slice(root.length).replace(/^\/+$/, '')
    };
}
function parseRelay(text, problems) {
    const relay = parseBoolean('relay', text('relay'), false, problems);
    const methods = text('relay-methods')
        .split(/[\s,]+/)
        .filter(Boolean);
    if (methods.some(method => !METHOD.test(method)))
        problems.push('Input relay-methods must list HTTP methods, separated by commas or spaces, e.g. GET, HEAD.');
    const lifetimeSeconds = parseNumber('relay-lifetime', text('relay-lifetime'), {
        fallback: 21_600,
        min: 5,
        max: MAX_RELAY_LIFETIME_SECONDS,
        integer: true,
        unit: SECONDS
    }, problems);
    if (!relay)
        return undefined;
    return { methods: [...new Set(methods.map(method => method.toUpperCase()))], lifetimeSeconds };
}
function parseCredentials(getInput, problems) {
    // IDs and secrets are generated values: surrounding white space is a copy-paste accident.
    // A password is used exactly as given, but for a trailing line break that secrets often carry.
    const clientId = getInput('client-id').trim();
    const clientSecret = getInput('client-secret').trim();
    const username = getInput('username').trim();
    const password = getInput('password').replace(/\r?\n$/, '');
    const scope = getInput('scope').trim().split(/\s+/).filter(Boolean).join(' ');
    const client = clientId !== '' || clientSecret !== '';
    const user = username !== '' || password !== '';
    const none = { kind: 'client-credentials', clientId: '', clientSecret: '', scope: '' };
    if (client && user) {
        problems.push('Use one kind of credentials: an API client (client-id and client-secret) or a user account (username and password), not both.');
        return none;
    }
    if (!client && !user) {
        problems.push('No credentials given: set client-id and client-secret for an API client (recommended), or username and password for a user account. ' +
            'On pull requests from forks and on Dependabot runs, secrets are empty.');
        return none;
    }
    if (client) {
        if (clientId === '')
            problems.push('Input client-id is empty: set it to the API client ID shown in Jamf Pro.');
        if (clientSecret === '')
            problems.push('Input client-secret is empty: pass the API client secret from a secret, e.g. client-secret: ${{ secrets.JAMF_CLIENT_SECRET }} (secrets are empty on forked pull requests and Dependabot runs).');
        if (/[\r\n]/.test(clientId))
            problems.push('Input client-id must be a single line.');
        return { kind: 'client-credentials', clientId, clientSecret, scope };
    }
    if (username === '')
        problems.push('Input username is empty: set it to a local Jamf Pro account name.');
    if (password === '')
        problems.push('Input password is empty: pass the password from a secret, e.g. password: ${{ secrets.JAMF_PASSWORD }} (secrets are empty on forked pull requests and Dependabot runs).');
    // Basic credentials split user from password at the first ':'.
    if (username.includes(':'))
        problems.push('Input username must not contain ":": Jamf Pro account names cannot.');
    if (/[\r\n]/.test(username))
        problems.push('Input username must be a single line.');
    if (scope !== '')
        problems.push('Input scope applies to API clients only: remove it, or use client-id and client-secret.');
    return { kind: 'user', username, password };
}
function parseBoolean(name, raw, fallback, problems) {
    if (raw === '')
        return fallback;
    // The YAML 1.2 core schema's spellings, as @actions/core's getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    problems.push(`Input ${name} must be true or false.`);
    return fallback;
}
function parseNumber(name, raw, rule, problems) {
    if (raw === '')
        return rule.fallback;
    const value = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
    const valid = (!rule.integer || Number.isInteger(value)) && value >= rule.min && value <= (rule.max ?? Infinity);
    if (valid)
        return value;
    const what = `${rule.integer ? 'a whole number' : 'a number'}${rule.unit}`;
    const range = rule.max === undefined ? `, ${rule.min} or more` : ` from ${rule.min} to ${rule.max}`;
    problems.push(`Input ${name} must be ${what}${range}.`);
    return rule.fallback;
}

// EXTERNAL MODULE: ./src/net/http.ts
var http = __nccwpck_require__(663);
// EXTERNAL MODULE: ./src/net/tunnel.ts + 3 modules
var tunnel = __nccwpck_require__(874);
;// CONCATENATED MODULE: ./src/net/retry.ts
// The one place that decides what is tried again, and how long to wait before it.


const RETRYABLE_STATUSES = new Set([429, 500, 502, 503, 504]);
// Faults of the network or of a server restarting; a permanent DNS failure (ENOTFOUND) or a TLS
// failure will not mend itself in a few seconds.
const RETRYABLE_CODES = new Set([
    'ATTEMPT_TIMEOUT',
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH'
]);
/** Backoff doubles from 1 s; no wait, Retry-After included, is longer than 10 s. */
const BACKOFF_BASE_MS = 1000;
const MAX_DELAY_MS = 10_000;
/** Under a deadline, a retry is made only if its attempt can still have this long. */
const MIN_ATTEMPT_MS = 1000;
const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: Math.random
};
/** A request that got no answer from the server, after every attempt. */
class RequestFailedError extends Error {
    failure;
    attempts;
    constructor(failure, attempts) {
        super('request failed');
        this.failure = failure;
        this.attempts = attempts;
        this.name = 'RequestFailedError';
    }
}
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status);
}
function isRetryableError(error) {
    // A proxy's refusal (403, 407) will not mend, and repeating a rejected proxy login can lock the
    // account; its other failures are retried as the network's.
    const proxy = (0,tunnel/* proxyFailure */.xh)(error);
    if (proxy !== undefined)
        return !/^HTTP 4\d\d$/.test(proxy);
    return RETRYABLE_CODES.has((0,http/* errorCode */.CA)(error));
}
/** Exponential backoff with jitter (half fixed, half random), or the server's Retry-After; both capped. */
function retryDelayMs(retry, retryAfter, clock) {
    const asked = parseRetryAfter(retryAfter, clock.now());
    if (asked !== undefined)
        return Math.min(asked, MAX_DELAY_MS);
    const ceiling = Math.min(BACKOFF_BASE_MS * 2 ** (retry - 1), MAX_DELAY_MS);
    return Math.round(ceiling / 2 + (clock.random() * ceiling) / 2);
}
/** Retry-After is either whole seconds or an HTTP date. */
function parseRetryAfter(value, now) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value.trim()) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
async function sendWithRetries(transport, request, label, options) {
    const { clock, debug, deadline } = options;
    const attempts = options.retries + 1;
    // Another attempt is made only if there is one left and, under a deadline, time for it.
    const mayRetry = (attempt, wait) => attempt < attempts && (deadline === undefined || clock.now() + wait + MIN_ATTEMPT_MS <= deadline);
    for (let attempt = 1;; attempt++) {
        const sentAt = clock.now();
        let wait;
        try {
            const response = await transport.send(deadline === undefined ? request : { ...request, timeoutMs: deadline - sentAt });
            debug(`attempt ${attempt}/${attempts}: ${label} -> HTTP ${response.status} in ${clock.now() - sentAt} ms`);
            wait = retryDelayMs(attempt, (0,http/* header */.wx)(response, 'retry-after'), clock);
            if (!isRetryableStatus(response.status) || !mayRetry(attempt, wait))
                return { response, attempts: attempt, sentAt };
        }
        catch (error) {
            debug(`attempt ${attempt}/${attempts}: ${label} -> ${(0,http/* errorCode */.CA)(error) || 'error'} after ${clock.now() - sentAt} ms`);
            // Network, TLS and proxy errors carry a code. One without is the action's own fault, not the
            // network's: it goes on as it is, so that failureMessage reports it (redacted) as unexpected.
            if ((0,http/* errorCode */.CA)(error) === '')
                throw error;
            wait = retryDelayMs(attempt, undefined, clock);
            if (!isRetryableError(error) || !mayRetry(attempt, wait))
                throw new RequestFailedError(error, attempt);
        }
        debug(`retrying ${label} in ${wait} ms`);
        await clock.sleep(wait);
    }
}

;// CONCATENATED MODULE: ./src/secrets.ts

/** The strings a credential becomes on the wire or in an echo of it: as typed, URL- and form-encoded, base64 for Basic. */
function secretForms(credentials) {
    const secret = credentials.kind === 'client-credentials' ? credentials.clientSecret : credentials.password;
    const forms = [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)];
    if (credentials.kind === 'user')
        forms.push(basicCredentials(credentials.username, credentials.password));
    return [...new Set(forms.filter(form => form !== ''))];
}
/** Masks every form of the credentials and returns them, for redaction. */
function maskCredentials(credentials, setSecret) {
    const forms = secretForms(credentials);
    for (const form of forms)
        setSecret(form);
    return forms;
}
/**
 * Removes every known secret from text that is about to be logged, also in lower case (as a host name in a
 * URL is written). Longest first, so that no part of a longer form is left around a shorter one's mask.
 */
function redact(text, secrets) {
    const forms = [...new Set(secrets.flatMap(secret => [secret, secret.toLowerCase()]))];
    return forms
        .filter(form => form !== '')
        .sort((a, b) => b.length - a.length)
        .reduce((out, form) => out.split(form).join('***'), text);
}

;// CONCATENATED MODULE: ./src/jamf/answers.ts
// How the body of a Jamf Pro answer is read. A status alone says little: Jamf Pro authenticates before it
// routes, so a 401 can mean "wrong credentials" or "no such endpoint here"; only the body tells them apart.

function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function jsonObject(response) {
    const body = parseJson(response.body);
    return body !== null && typeof body === 'object' && !Array.isArray(body)
        ? body
        : undefined;
}
function looksLikeHtml(response) {
    return /html/i.test((0,http/* header */.wx)(response, 'content-type') ?? '') || /^\s*</.test(response.body);
}
/**
 * The `error` of an OAuth token-endpoint error body (`{"error": "invalid_client"}`), the only answer that
 * is a verdict on client credentials; '' for any other body. RFC 6749 codes are lower-case words joined by
 * `_`; a web framework's own error page (`{"status": 401, "error": "Unauthorized", …}`) is not one.
 */
function oauthErrorCode(response) {
    const body = jsonObject(response);
    if (body === undefined || 'status' in body || 'httpStatus' in body || 'timestamp' in body)
        return '';
    return typeof body.error === 'string' && /^[a-z_]{1,64}$/.test(body.error) ? body.error : '';
}
/** The codes of a Jamf Pro API error body, checked so that server text cannot reach the log as it is. */
function jamfErrorCodes(response) {
    const errors = jsonObject(response)?.errors;
    return (Array.isArray(errors) ? errors : [])
        .map(error => error?.code)
        .filter((code) => typeof code === 'string' && /^[A-Z0-9_]{1,64}$/.test(code));
}
/** The claims of a JWT, or undefined when the token is not one: Jamf Pro's tokens are JWTs, but nothing relies on it. */
function jwtClaims(token) {
    const payload = token.split('.')[1];
    if (payload === undefined || !/^[\w-]+$/.test(payload))
        return undefined;
    const claims = parseJson(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims)
        ? claims
        : undefined;
}

;// CONCATENATED MODULE: ./src/jamf/errors.ts
// Turns every failure into one line that says what happened and what to do, in Jamf Pro terms.





/** A failure whose message is ready for the user. `status` is the HTTP status, when there was one. */
class JamfError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'JamfError';
    }
}
const ROOT_URL_HINT = 'url is the root of the Jamf Pro server, e.g. https://yourorg.jamfcloud.com';
const CLIENT_SETTINGS = 'Settings > System > API roles and clients > API Clients';
function attemptsText(attempts) {
    return attempts > 1 ? ` after ${attempts} attempts` : '';
}
/**
 * Answers that mean the same whichever endpoint gave them: redirects, wrong paths, throttling and outages
 * (their HTML error pages included), login pages.
 */
function unexpectedResponse(target, response, attempts) {
    const { status } = response;
    const where = `Jamf Pro answered ${target.label} with HTTP ${status}`;
    if (status >= 300 && status < 400) {
        const location = (0,http/* header */.wx)(response, 'location');
        const to = location ? ` to ${originOf(location, target.url)}` : '';
        return new JamfError(`${where}, a redirect${to}; credentials are never sent on after a redirect. ` +
            `Set url to the Jamf Pro server's own address, or exempt the API from the SSO or proxy rule that redirects it.`, status);
    }
    if (status === 404) {
        return new JamfError(`${where} (not found): check that ${ROOT_URL_HINT}.`, status);
    }
    if (isRetryableStatus(status)) {
        return new JamfError(`${where}${attemptsText(attempts)}: the server is overloaded, restarting or down. Try again later; raise retries if this happens often.`, status);
    }
    if (looksLikeHtml(response)) {
        return new JamfError(`${where} and an HTML page instead of JSON: url points at a login, SSO or proxy page, or not at Jamf Pro. Check that ${ROOT_URL_HINT}.`, status);
    }
    if (status >= 500) {
        return new JamfError(`${where}: the server could not handle the request. Check that ${ROOT_URL_HINT}.`, status);
    }
    if (status === 403) {
        return new JamfError(`${where} (forbidden): the account or API client may not do this. Check its privileges and API roles in Jamf Pro.`, status);
    }
    return new JamfError(`${where}, which the action does not expect${jamfErrorCode(response)}.`, status);
}
function tokenTooLarge(target, maxLength) {
    return new JamfError(`Jamf Pro answered ${target.label} with a token longer than ${maxLength / 1024} kB, more than any Jamf Pro token: ` +
        `another server or a proxy may be answering in its place. Check that ${ROOT_URL_HINT}, and that no proxy rewrites API answers.`);
}
function tokenUnusable(target) {
    return new JamfError(`Jamf Pro answered ${target.label} with a token that holds characters an HTTP header cannot carry, so no tool could use it: ` +
        `check that ${ROOT_URL_HINT}, and that no proxy rewrites API answers.`);
}
/** Server text that does not look as it should is never printed: a warning says what was left out. */
function unreadableAnswer(target, field, output) {
    return (`Jamf Pro answered ${target.label} with a ${field} that the action cannot read, so the ${output} output is empty. ` +
        'The token itself works; if this persists, check for a proxy that rewrites API answers.');
}
function notJson(target, response, missing) {
    if (looksLikeHtml(response))
        return unexpectedResponse(target, response, 1);
    const what = missing ?? 'a body that is not JSON';
    return new JamfError(`Jamf Pro answered ${target.label} with ${what}: check that ${ROOT_URL_HINT}, and that no proxy rewrites API answers.`, response.status);
}
const OAUTH_CREDENTIAL_ERRORS = new Set(['invalid_client', 'unauthorized_client', 'access_denied']);
/** An OAuth error body from the token endpoint: Jamf Pro's verdict on the request. */
function clientRejected(response) {
    const code = oauthErrorCode(response);
    const where = `HTTP ${response.status}, ${code}`;
    if (code === 'invalid_scope') {
        return new JamfError(`Jamf Pro refused the requested scope (${where}): ask only for API roles assigned to this API client (${CLIENT_SETTINGS}), or leave scope empty.`, response.status);
    }
    if (OAUTH_CREDENTIAL_ERRORS.has(code)) {
        return new JamfError(`Jamf Pro rejected the API client credentials (${where}): check client-id and client-secret, ` +
            `and that the API client is enabled in Jamf Pro (${CLIENT_SETTINGS}).`, response.status);
    }
    return new JamfError(`Jamf Pro refused the token request (${where}): the request did not reach Jamf Pro as the action sent it. ` +
        'Check any proxy between the runner and Jamf Pro; if there is none, please report this.', response.status);
}
function userRejected(response, username, password) {
    if (jamfErrorCodes(response).includes('USER_EXPIRED_PASSWORD')) {
        return new JamfError(`The password of Jamf Pro account ${username} has expired (USER_EXPIRED_PASSWORD): sign in to Jamf Pro to change it, then update the secret that holds it.`, response.status);
    }
    // How Jamf Pro decodes non-ASCII characters in Basic credentials is unconfirmed; the action sends UTF-8.
    const encoding = /[\u0080-\uffff]/.test(password)
        ? ' The password has characters outside ASCII, which the action sends as UTF-8: if it is right, the account may expect another encoding; test with an ASCII-only password.'
        : '';
    return new JamfError(`Jamf Pro rejected the username or password (HTTP ${response.status}): check username and password. ` +
        `Use a local or LDAP account: SSO accounts cannot use the API (or, better, use an API client).${encoding}`, response.status);
}
/**
 * Neither OAuth path answered as a token endpoint: not the server's root, a server without API clients, a
 * firewall in between, or (unconfirmed, but not excluded) a refusal without an OAuth error.
 */
function noOAuthEndpoint(url, answers) {
    const seen = answers
        .map(({ response, target }) => `HTTP ${response.status}${response.status !== 404 && looksLikeHtml(response) ? ' with an HTML page' : ''} on ${target.label}`)
        .join(' and ');
    const { status } = answers[answers.length - 1].response;
    return new JamfError(`Jamf Pro has no OAuth token endpoint at ${url} (${seen}, without an OAuth error): check that ${ROOT_URL_HINT}, ` +
        'and that the server runs Jamf Pro 10.49 or later, which API clients need (older servers: use username and password). ' +
        `If both hold, a firewall or proxy refused the request, or Jamf Pro refused the API client without saying why: check client-id, client-secret and that the client is enabled (${CLIENT_SETTINGS}).`, status);
}
/** A 200 without a token: what a disabled API client may get (unconfirmed; the other reading is a 401). */
function noAccessToken(target) {
    return new JamfError(`Jamf Pro answered ${target.label} without an access token: check that the API client is enabled in Jamf Pro (${CLIENT_SETTINGS}), ` +
        `that ${ROOT_URL_HINT}, and that no proxy rewrites API answers.`, 200);
}
/** The verify request's 401: Jamf Pro does not take the token it has just issued. */
function tokenNotAccepted(target, method) {
    const short = method === 'client-credentials'
        ? " (check the API client's Access Token Lifetime: a few seconds is too short)"
        : '';
    return new JamfError(`Jamf Pro did not accept the token it had just issued (HTTP 401 on ${target.label}): the token may already be invalid${short}, ` +
        'or url reaches a different server than the one that issued it, e.g. through a proxy or load balancer: check url.', 401);
}
/** A request that never got an answer: DNS, connection, TLS, proxy or time-out. */
function networkFailure(target, failure, timeoutMs) {
    const error = failure.failure;
    const code = (0,http/* errorCode */.CA)(error);
    const host = new URL(target.url).host;
    const after = attemptsText(failure.attempts);
    const why = (0,tunnel/* proxyFailure */.xh)(error);
    if (why !== undefined) {
        return new JamfError(`The proxy did not open a connection to ${host} (${why})${after}: check https_proxy and no_proxy.`);
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return new JamfError(`Cannot resolve ${hostname(target)} (DNS lookup failed${after}): check the host name in url.`);
    }
    if (code === 'ECONNREFUSED') {
        return new JamfError(`Connection to ${host} refused${after}: check url and its port (on-premises servers often listen on :8443), and that Jamf Pro is running.`);
    }
    if (code === 'ATTEMPT_TIMEOUT' || code === 'ETIMEDOUT') {
        // An attempt under a time budget (the post step) may have had less than timeout.
        const limit = error.timeoutMs ?? timeoutMs;
        return new JamfError(`No answer from Jamf Pro to ${target.label} within ${(0,http/* secondsText */.Hd)(limit)} s${after}: check url, the network and any firewall; raise timeout if the server is slow.`);
    }
    if (code.startsWith('HPE_')) {
        return new JamfError(`The answer to ${target.label} from ${host} is not valid HTTP (${code})${after}: url's port may not speak HTTP or HTTPS, ` +
            'or a proxy or load balancer garbles the answer. Check url and its port, and any proxy between the runner and Jamf Pro.');
    }
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') {
        return new JamfError(`The connection to ${host} was closed before Jamf Pro answered ${target.label}${after}: the server or a proxy dropped it. Try again later; check any proxy between the runner and Jamf Pro.`);
    }
    const tls = tlsFailure(code, hostname(target));
    if (tls)
        return new JamfError(tls);
    return new JamfError(`Could not reach Jamf Pro at ${host} for ${target.label}${after}${code ? ` (${code})` : ''}: check url and the runner's network.`);
}
const CA_HINT = 'if the server uses a private CA or a self-signed certificate, set NODE_EXTRA_CA_CERTS to the CA certificate (PEM) in the step env.';
function tlsFailure(code, host) {
    switch (code) {
        case 'DEPTH_ZERO_SELF_SIGNED_CERT':
        case 'SELF_SIGNED_CERT_IN_CHAIN':
        case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
        case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
        case 'UNABLE_TO_GET_ISSUER_CERT':
            return `The TLS certificate of ${host} is not trusted (${code}): ${CA_HINT}`;
        case 'CERT_HAS_EXPIRED':
            return `The TLS certificate of ${host} has expired (CERT_HAS_EXPIRED): renew the Jamf Pro server's certificate.`;
        case 'CERT_NOT_YET_VALID':
            return `The TLS certificate of ${host} is not valid yet (CERT_NOT_YET_VALID): check the server's certificate and the clocks.`;
        case 'ERR_TLS_CERT_ALTNAME_INVALID':
            return `The TLS certificate of ${host} is for another host name (ERR_TLS_CERT_ALTNAME_INVALID): set url to a host name that the certificate covers.`;
        case 'EPROTO':
        case 'ERR_SSL_WRONG_VERSION_NUMBER':
            return `TLS with ${host} failed (${code}): the port may not speak HTTPS, or a proxy interferes; check url and its port.`;
        default:
            return undefined;
    }
}
function hostname(target) {
    return new URL(target.url).hostname;
}
/** A redirect's destination as its origin only: its path, query and fragment can carry anything. */
function originOf(location, base) {
    try {
        const { origin } = new URL(location, base);
        return origin === 'null' ? 'an address that is not a web server' : origin;
    }
    catch {
        return 'an unreadable address';
    }
}
/** The codes of a Jamf Pro API error body, as ` (CODE)`. */
function jamfErrorCode(response) {
    const codes = jamfErrorCodes(response);
    return codes.length > 0 ? ` (${codes.join(', ')})` : '';
}
/**
 * The single line for any failure, with every known secret removed. A failure the action did not foresee
 * still ends as one clean line; its details go to debug output.
 */
function failureMessage(error, secrets, debug) {
    // Every message is redacted, whatever it was built from: a server can echo a secret in any answer.
    if (error instanceof JamfError)
        return redact(error.message, secrets);
    const detail = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
    debug(`unexpected failure: ${redact(detail, secrets)}`);
    return 'The action failed unexpectedly (details in the debug log: re-run with debug logging). Please report it with that log.';
}

;// CONCATENATED MODULE: ./src/jamf/client.ts
// Builds every request the action sends to Jamf Pro and reads what comes back.




/** Longer than any JWT Jamf Pro issues; a larger one could not be passed to later steps (E2BIG) or kept. */
const MAX_TOKEN_LENGTH = 16 * 1024;
/** What a Bearer header can carry: visible ASCII. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
/** `11.16.0`, optionally with a build suffix: `11.30.2-t1785446884863`. Only the numbers are reported. */
const VERSION = /^(\d{1,4}(?:\.\d{1,6}){0,3})(?:[-+_.][\w.+-]{0,64})?$/;
/** API roles as Jamf Pro grants them: `api-role:1 api-role:2`. */
const SCOPE = /^(?:[\w.:-]{1,128}(?: [\w.:-]{1,128}){0,255})?$/;
const PATHS = {
    oauthToken: '/api/oauth/token',
    oauthTokenV1: '/api/v1/oauth/token',
    userToken: '/api/v1/auth/token',
    version: '/api/v1/jamf-pro-version',
    invalidate: '/api/v1/auth/invalidate-token'
};
class JamfClient {
    url;
    transport;
    options;
    constructor(url, transport, options) {
        this.url = url;
        this.transport = transport;
        this.options = options;
    }
    /**
     * OAuth client credentials at the documented path, which every server with API clients has. The v1 path
     * is tried only when the documented one is missing: a 404, or (since Jamf Pro authenticates before it
     * routes) a 401/403 without an OAuth error body. An OAuth error body is a verdict: it is never re-sent.
     */
    async clientToken(clientId, clientSecret, scope) {
        const form = new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: clientId,
            client_secret: clientSecret
        });
        if (scope !== '')
            form.set('scope', scope);
        const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
        const first = await this.send('POST', PATHS.oauthToken, headers, form.toString());
        let exchange = first;
        if (missingPath(first.response)) {
            this.options.debug(`no OAuth endpoint at ${PATHS.oauthToken}; trying ${PATHS.oauthTokenV1}`);
            exchange = await this.send('POST', PATHS.oauthTokenV1, headers, form.toString());
        }
        if (notOAuth(exchange.response))
            throw noOAuthEndpoint(this.url, [...new Set([first, exchange])]);
        const { response, target } = exchange;
        if (oauthErrorCode(response) !== '')
            throw clientRejected(response);
        const body = this.json(exchange);
        const token = this.receive(exchange, body.access_token, () => noAccessToken(target));
        const expiresIn = body.expires_in;
        if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
            throw notJson(target, response, 'a token response whose expires_in is not a positive number of seconds');
        }
        const seconds = Math.floor(expiresIn);
        const expiresAt = new Date(exchange.sentAt + seconds * 1000);
        if (Number.isNaN(expiresAt.getTime())) {
            throw notJson(target, response, 'a token response whose expires_in is beyond any date');
        }
        return {
            token,
            method: 'client-credentials',
            expiresAt,
            expiresIn: seconds,
            lifetime: lifetime(token, seconds),
            scope: this.grantedScope(target, body.scope, scope)
        };
    }
    async userToken(username, password) {
        const headers = { Authorization: `Basic ${(0,http/* basicCredentials */.BG)(username, password)}` };
        const exchange = await this.send('POST', PATHS.userToken, headers, '');
        const { response, target } = exchange;
        // Jamf Pro's verdict is a Jamf-shaped 401; clients read an empty one the same way. HTML is a page in between.
        if (response.status === 401 && !looksLikeHtml(response))
            throw userRejected(response, username, password);
        const body = this.json(exchange);
        const token = this.receive(exchange, body.token, () => notJson(target, response, 'a token response without token'));
        const expiresAt = parseExpires(body.expires);
        if (expiresAt === undefined) {
            throw notJson(target, response, 'a token response whose expires is not a date');
        }
        const expiresIn = Math.floor((expiresAt.getTime() - this.options.clock.now()) / 1000);
        if (expiresIn <= 0) {
            throw new JamfError(`Jamf Pro issued a token that expires at ${expiresAt.toISOString()}, which is already past: check the server's and the runner's clocks.`);
        }
        return { token, method: 'user', expiresAt, expiresIn, lifetime: lifetime(token, expiresIn), scope: '' };
    }
    /** The server's version, which any valid token may read; '' when it does not look like a version. */
    async version(token) {
        const exchange = await this.send('GET', PATHS.version, bearer(token.token));
        const { response, target } = exchange;
        if (response.status === 401)
            throw tokenNotAccepted(target, token.method);
        const version = this.json(exchange).version;
        if (typeof version !== 'string' || version === '')
            throw notJson(target, response, 'no version');
        const readable = VERSION.exec(version)?.[1];
        if (readable === undefined)
            this.options.warning?.(unreadableAnswer(target, 'version', 'jamf-pro-version'));
        return readable ?? '';
    }
    async invalidate(token) {
        const { response, target, attempts } = await this.send('POST', PATHS.invalidate, bearer(token), '');
        if (response.status === 204 || response.status === 200)
            return 'invalidated';
        if (response.status === 401)
            return 'already-invalid';
        throw unexpectedResponse(target, response, attempts);
    }
    async send(method, path, headers, body) {
        const target = { label: `${method} ${path}`, url: `${this.url}${path}` };
        const request = {
            method,
            url: target.url,
            headers: { Accept: 'application/json', ...headers },
            body
        };
        try {
            return { ...(await sendWithRetries(this.transport, request, target.label, this.options)), target };
        }
        catch (error) {
            if (error instanceof RequestFailedError)
                throw networkFailure(target, error, this.options.timeoutMs);
            throw error;
        }
    }
    /** The token of a token answer, handed to onToken before it is checked. */
    receive({ target }, value, missing) {
        if (typeof value !== 'string' || value === '')
            throw missing();
        this.options.onToken?.(value);
        if (value.length > MAX_TOKEN_LENGTH)
            throw tokenTooLarge(target, MAX_TOKEN_LENGTH);
        if (!HEADER_SAFE.test(value))
            throw tokenUnusable(target);
        return value;
    }
    /** The scope granted, as the answer gives it when it looks like API roles; else what was asked for. */
    grantedScope(target, granted, asked) {
        if (typeof granted !== 'string')
            return asked;
        if (SCOPE.test(granted))
            return granted;
        this.options.warning?.(unreadableAnswer(target, 'scope', 'scope'));
        return '';
    }
    /** A 200 JSON object, or the one-line reason why the answer is not that. */
    json({ response, target, attempts }) {
        if (response.status !== 200)
            throw unexpectedResponse(target, response, attempts);
        const body = parseJson(response.body);
        if (body === null || typeof body !== 'object' || Array.isArray(body))
            throw notJson(target, response);
        return body;
    }
}
/**
 * No such path on this server: a 404, or a 401 that is not an OAuth verdict (Jamf Pro authenticates before it
 * routes, so a path it lacks answers 401). Only then is the other OAuth path worth asking.
 */
function missingPath(response) {
    return response.status === 404 || (response.status === 401 && oauthErrorCode(response) === '');
}
/** Not an OAuth endpoint's answer: the above, or a 403 from something in between (a firewall, a proxy). */
function notOAuth(response) {
    return missingPath(response) || (response.status === 403 && oauthErrorCode(response) === '');
}
/**
 * `exp - iat` of a JWT when it has them and they agree with `expires_in` (a fresh token); otherwise the seconds
 * left plus the one Jamf Pro's count drops (a 600 s client answers `expires_in: 599`), so that a min-lifetime
 * equal to the lifetime passes.
 */
function lifetime(token, expiresIn) {
    const claims = jwtClaims(token);
    const span = Number(claims?.exp) - Number(claims?.iat);
    return Number.isInteger(span) && span > 0 && span <= expiresIn + 2 ? span : expiresIn + 1;
}
function bearer(token) {
    return { Authorization: `Bearer ${token}` };
}
/**
 * Jamf Pro writes `2022-01-24T21:35:20.373Z`, but tools report other fractional digits and offsets;
 * a time without an offset is UTC. The old epoch-milliseconds form is accepted too.
 */
function parseExpires(value) {
    if (typeof value === 'number')
        return value > 0 ? validDate(new Date(value)) : undefined;
    if (typeof value !== 'string')
        return undefined;
    const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim());
    if (!match)
        return undefined;
    const [, date, hm, seconds = ':00', fraction = '', zone = 'Z'] = match;
    const millis = (fraction.slice(1) + '000').slice(0, 3);
    const offset = zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
    return validDate(new Date(`${date}T${hm}${seconds}.${millis}${offset}`));
}
function validDate(date) {
    return Number.isNaN(date.getTime()) ? undefined : date;
}

;// CONCATENATED MODULE: ./src/net/proxy.ts
// The proxy variables, read, checked and masked in one place before any request. Which variable applies is
// decided as @actions/http-client decides it (lib/proxy.js): https_proxy or HTTPS_PROXY for https:// servers,
// http_proxy or HTTP_PROXY for http:// ones, the lower-case name first; no_proxy or NO_PROXY to bypass it;
// loopback never proxied. Where it would silently connect directly (a value it cannot parse), the value is
// refused by name instead; IPv6 literals are compared without their brackets.

/** A proxy variable that cannot be used. The message names the variable, never its value. */
class ProxySettingError extends Error {
    constructor(variable, problem) {
        super(`The proxy setting ${variable} cannot be used: ${problem}. Fix it in the runner's environment or the workflow's env, ` +
            'e.g. http://proxy.example.com:3128, with any special character of a user name or password URL-encoded (% as %25).');
        this.name = 'ProxySettingError';
    }
}
const VARIABLES = {
    'https:': ['https_proxy', 'HTTPS_PROXY'],
    'http:': ['http_proxy', 'HTTP_PROXY']
};
const ALL_VARIABLES = Object.values(VARIABLES).flat();
/**
 * The proxy for requests to `server`, or undefined to connect directly. Every password in any proxy variable
 * is given to `setSecret` first, in each form it takes on the wire; the forms are returned for redaction.
 */
function readProxy(server, env, setSecret) {
    const secrets = [...new Set(ALL_VARIABLES.flatMap(name => passwordForms(env[name])))];
    for (const secret of secrets)
        setSecret(secret);
    const target = new URL(server);
    const variable = VARIABLES[target.protocol]?.find(name => env[name]);
    if (variable === undefined)
        return { secrets };
    // Checked even when bypassed: @actions/http-client reads it anyway, and a broken value is worth knowing.
    const proxy = parseProxy(variable, env[variable] ?? '');
    return bypassed(target, env) ? { secrets } : { proxy, secrets };
}
/** A value without a scheme (proxy.example.com:3128) means http://, as curl reads it. */
function proxy_parseUrl(value) {
    try {
        return new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        return undefined;
    }
}
function parseProxy(variable, value) {
    const url = proxy_parseUrl(value);
    if (url === undefined)
        throw new ProxySettingError(variable, 'it is not a URL');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ProxySettingError(variable, 'the action can use only an http:// or https:// proxy');
    }
    if (url.hostname === '')
        throw new ProxySettingError(variable, 'it has no host name');
    const credentials = decodedCredentials(url);
    if (credentials === undefined) {
        throw new ProxySettingError(variable, 'its user name or password has a % that is not URL-encoding');
    }
    const { username, password } = credentials;
    const authorization = username !== '' || password !== '' ? `Basic ${(0,http/* basicCredentials */.BG)(username, password)}` : undefined;
    return { url: new URL(url.origin), authorization };
}
function decodedCredentials(url) {
    try {
        return { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    }
    catch {
        return undefined;
    }
}
/** A proxy password as written, decoded, and inside the Proxy-Authorization header. */
function passwordForms(value) {
    const url = value ? proxy_parseUrl(value) : undefined;
    if (url === undefined || url.password === '')
        return [];
    const decoded = decodedCredentials(url);
    return decoded
        ? [url.password, decoded.password, (0,http/* basicCredentials */.BG)(decoded.username, decoded.password)]
        : [url.password];
}
/** @actions/http-client's checkBypass, with IPv6 literals matched with or without brackets. */
function bypassed(target, env) {
    const host = target.hostname.toLowerCase();
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    if (bare === 'localhost' || bare.startsWith('127.') || bare === '::1')
        return true;
    const list = env.no_proxy || env.NO_PROXY || '';
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    const names = [...new Set([host, bare, `${host}:${port}`])];
    return list
        .split(',')
        .map(entry => entry.trim().toLowerCase())
        .filter(Boolean)
        .some(entry => entry === '*' ||
        names.some(name => name === entry || name.endsWith(`.${entry}`) || (entry.startsWith('.') && name.endsWith(entry))));
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(30);
;// CONCATENATED MODULE: ./src/relay/config.ts
/** POST with the key: the relay answers its record, having invalidated its tokens, and exits. */
const STOP_PATH = '/.relay/stop';
function config_encodeConfig(config) {
    return JSON.stringify({
        ...config,
        token: { ...config.token, expiresAt: config.token.expiresAt.toISOString() }
    });
}
/** The settings, or an error that names the first field that is missing or malformed. */
function decodeConfig(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        // The parser's message quotes the text, which holds secrets.
        throw new Error('relay settings: not JSON');
    }
    const token = (raw.token ?? {});
    const expiresAt = new Date(String(token.expiresAt));
    const checks = [
        ['url', typeof raw.url === 'string' && /^https?:\/\//.test(raw.url)],
        ['credentials', typeof raw.credentials === 'object' && raw.credentials !== null],
        ['token', typeof token.token === 'string' && !Number.isNaN(expiresAt.getTime())],
        ['token.expiresIn', typeof token.expiresIn === 'number' && token.expiresIn > 0],
        ['key', typeof raw.key === 'string' && raw.key.length >= 32],
        ['methods', Array.isArray(raw.methods) && raw.methods.every(method => typeof method === 'string')],
        ['deadline', typeof raw.deadline === 'number'],
        ['timeoutMs', typeof raw.timeoutMs === 'number' && raw.timeoutMs > 0],
        ['retries', typeof raw.retries === 'number' && raw.retries >= 0]
    ];
    const bad = checks.find(([, ok]) => !ok);
    if (bad)
        throw new Error(`relay settings: ${bad[0]} is missing or malformed`);
    return { ...raw, token: { ...token, expiresAt } };
}

;// CONCATENATED MODULE: ./src/state.ts
const KEYS = { token: 'token', url: 'url', expiresAt: 'expires-at', timeoutMs: 'timeout-ms' };
function saveTokenState(saveState, state) {
    saveState(KEYS.token, state.token);
    saveState(KEYS.url, state.url);
    saveState(KEYS.expiresAt, state.expiresAt.toISOString());
    saveState(KEYS.timeoutMs, String(state.timeoutMs));
}
/** Undefined when the main step saved nothing: it failed early, or invalidate-token was false. */
function loadTokenState(getState) {
    const token = getState(KEYS.token);
    const url = getState(KEYS.url);
    if (token === '' || url === '')
        return undefined;
    const expiresAt = new Date(getState(KEYS.expiresAt));
    const timeoutMs = Number(getState(KEYS.timeoutMs));
    return {
        token,
        url,
        // Unreadable values must not stop the clean-up: try to invalidate, within the default time.
        expiresAt: Number.isNaN(expiresAt.getTime()) ? new Date(8.64e15) : expiresAt,
        timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 30_000
    };
}
/** Tells the post step there is nothing left to invalidate: the runner keeps the last value saved. */
function clearTokenState(saveState) {
    saveState(KEYS.token, '');
}
const RELAY_KEYS = {
    port: 'relay-port',
    pid: 'relay-pid',
    key: 'relay-key',
    deadline: 'relay-deadline'
};
function state_saveRelayState(saveState, state) {
    saveState(RELAY_KEYS.port, String(state.port));
    saveState(RELAY_KEYS.pid, String(state.pid));
    saveState(RELAY_KEYS.key, state.key);
    saveState(RELAY_KEYS.deadline, state.deadline.toISOString());
}
/** Undefined when the main step started no relay. */
function loadRelayState(getState) {
    const port = Number(getState(RELAY_KEYS.port));
    const key = getState(RELAY_KEYS.key);
    if (!Number.isInteger(port) || port <= 0 || key === '')
        return undefined;
    const deadline = new Date(getState(RELAY_KEYS.deadline));
    return {
        port,
        pid: Number(getState(RELAY_KEYS.pid)),
        key,
        deadline: Number.isNaN(deadline.getTime()) ? new Date(8.64e15) : deadline
    };
}

;// CONCATENATED MODULE: ./src/summary.ts
/** `relayUntil`: when the relay started for this job stops at the latest. */
function summaryMarkdown(inputs, token, version, relayUntil) {
    const rows = [
        ['Jamf Pro server', summary_text(inputs.url)],
        ['Authenticated as', whoLabel(inputs.credentials, code)],
        ...(token.method === 'client-credentials'
            ? [['Scope', token.scope ? summary_text(token.scope) : '(all roles of the client)']]
            : []),
        ['Jamf Pro version', version ? summary_text(version) : inputs.verify ? 'not readable' : 'not checked'],
        ['Token expires', `${token.expiresAt.toISOString()} (${token.expiresIn} s after issue)`],
        ['Invalidated at job end', inputs.invalidateToken ? 'yes' : 'no (invalidate-token: false)'],
        ...(inputs.relay && relayUntil
            ? [
                [
                    'Relay',
                    `renews the token for later steps until the job ends, at the latest ${relayUntil.toISOString()}; ` +
                        `forwards ${inputs.relay.methods.join(', ') || 'every method'}`
                ]
            ]
            : [])
    ];
    const table = rows.map(([name, value]) => `| ${name} | ${value} |`).join('\n');
    return `### Jamf Pro token\n\n| | |\n| --- | --- |\n${table}\n`;
}
/** `API client ID` or `user account NAME`, with the name formatted as the caller needs. */
function whoLabel(credentials, format = (name) => name) {
    return credentials.kind === 'client-credentials'
        ? `API client ${format(credentials.clientId)}`
        : `user account ${format(credentials.username)}`;
}
/** A value as plain text in a table cell: every character that could start Markdown or HTML escaped. */
function summary_text(value) {
    return value.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>&|~!#()]/g, '\\$&');
}
/** A name as code in a table cell: nothing is rendered inside a code span but a backtick, or a | that ends the cell. */
function code(value) {
    return `\`${value
        .replace(/`/g, "'")
        .replace(/\|/g, '\\|')
        .replace(/[\r\n]+/g, ' ')}\``;
}
/** A summary is a nicety: a runner without one (or a full disk) must not fail the step. */
async function writeSummary(core, markdown) {
    try {
        await core.summary.addRaw(markdown).write();
    }
    catch (error) {
        core.debug(`no job summary written: ${error instanceof Error ? error.message : String(error)}`);
    }
}
/** The relay's record as a table. Methods and paths come from the job's tools: every one is escaped. */
function relayCallsMarkdown({ calls, refused, tokens }) {
    const rows = calls.map(call => {
        const statuses = Object.entries(call.statuses)
            .map(([status, count]) => `${status === '0' ? 'no answer' : status}${count > 1 ? ` ×${count}` : ''}`)
            .join(', ');
        const time = `${(Number(call.totalMs) / 1000).toFixed(1)} s`;
        return `| ${summary_text(call.method)} | ${code(call.path)} | ${summary_text(statuses)} | ${Number(call.count)} | ${time} |`;
    });
    const table = rows.length > 0
        ? `| Method | Path | Statuses | Calls | Time |\n| --- | --- | --- | ---: | ---: |\n${rows.join('\n')}\n`
        : 'No API calls went through the relay.\n';
    const refusals = [
        refused.withoutKey > 0 ? `${requests(refused.withoutKey)} without its key` : '',
        refused.method > 0 ? `${requests(refused.method)} with a method outside relay-methods` : ''
    ].filter(Boolean);
    const notes = [
        refusals.length > 0 ? `The relay refused ${refusals.join(' and ')}; those never reached Jamf Pro.` : '',
        tokens.invalid === tokens.held
            ? `It held ${tokens.held} Jamf Pro tokens; none is valid any more.`
            : `It held ${tokens.held} Jamf Pro tokens; ${tokens.held - tokens.invalid} could not be invalidated and expire by ${tokens.validUntil}.`
    ].filter(Boolean);
    return `### Jamf Pro API calls through the relay\n\n${table}\n${notes.join(' ')}\n`;
}
function requests(count) {
    return `${count} ${count === 1 ? 'request' : 'requests'}`;
}

;// CONCATENATED MODULE: ./src/relay-control.ts
// The steps' side of the relay: the main step starts it and hands it the credentials and the first token;
// the post step asks its record, stops it, and makes sure no token it held stays valid.






/** The whole post step stays within 5 s: the stop, then the port closing, then any fallback. */
const POST_BUDGET_MS = 4000;
const STOP_REQUEST_MS = 3000;
const PORT_CLOSE_MS = 300;
/** Masks a new key before anything can print it, starts the relay, and saves what the post step needs. */
async function startRelay(core, inputs, token, launch, clock) {
    const key = randomBytes(32).toString('base64url');
    core.setSecret(key);
    const { methods, lifetimeSeconds } = inputs.relay;
    const deadline = new Date(clock.now() + lifetimeSeconds * 1000);
    const { port, pid } = await launch(encodeConfig({
        url: inputs.url,
        credentials: inputs.credentials,
        token,
        key,
        methods,
        deadline: deadline.getTime(),
        timeoutMs: inputs.timeoutSeconds * 1000,
        retries: inputs.retries
    }));
    saveRelayState((name, value) => core.saveState(name, value), { port, pid, key, deadline });
    return { url: `http://127.0.0.1:${port}`, key, deadline, lifetimeSeconds };
}
/**
 * Stops the relay and reports. When it cannot be asked (it died, or stopped at its deadline), the post
 * step falls back to `invalidateFirst`, which gets the time that is left.
 */
async function stopRelay(core, relay, createTransport, clock, invalidateFirst) {
    core.setSecret(relay.key);
    const started = clock.now();
    const report = await askToStop(relay, createTransport);
    if (!(await portClosed(relay.port, PORT_CLOSE_MS)))
        killRelay(relay.pid);
    if (report === undefined) {
        if (clock.now() >= relay.deadline.getTime()) {
            core.info(`The relay stopped at its deadline (${relay.deadline.toISOString()}, relay-lifetime) and invalidated its tokens then; its record of calls ended with it.`);
        }
        else {
            core.warning('The relay was not running at the end of the job, so its record of calls is lost. The first Jamf Pro token is invalidated now. ' +
                'If the relay was stopped by a signal it invalidated its tokens; if it died, those it got later stay valid until they expire ' +
                "(the API client's Access Token Lifetime, or 30 minutes for user accounts).");
        }
        await invalidateFirst(Math.max(500, POST_BUDGET_MS - (clock.now() - started)));
        return;
    }
    const { held, invalid, validUntil } = report.tokens;
    const calls = report.calls.reduce((sum, call) => sum + call.count, 0);
    if (invalid === held) {
        core.info(`Stopped the relay after ${calls} API calls; none of the ${held} Jamf Pro tokens it held is valid any more.`);
    }
    else {
        core.warning(`Stopped the relay after ${calls} API calls, but ${held - invalid} of its ${held} Jamf Pro tokens could not be invalidated; they expire on their own by ${validUntil}.`);
    }
    await writeSummary(core, relayCallsMarkdown(report));
}
/** The relay's report, or undefined when it did not answer as a relay does. */
async function askToStop(relay, createTransport) {
    const transport = createTransport(STOP_REQUEST_MS);
    try {
        const response = await transport.send({
            method: 'POST',
            url: `http://127.0.0.1:${relay.port}${STOP_PATH}`,
            headers: { Authorization: `Bearer ${relay.key}` },
            body: ''
        });
        const report = parseJson(response.body);
        const valid = response.status === 200 &&
            Array.isArray(report?.calls) &&
            typeof report?.tokens?.held === 'number' &&
            typeof report?.tokens?.invalid === 'number';
        return valid ? report : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        transport.close();
    }
}
/** True once nothing accepts connections on the port, polled until `withinMs`. */
async function portClosed(port, withinMs) {
    const until = Date.now() + withinMs;
    for (;;) {
        const open = await new Promise(resolve => {
            const socket = (0,external_node_net_.connect)({ port, host: '127.0.0.1' });
            const settle = (listening) => {
                socket.destroy();
                resolve(listening);
            };
            socket.once('connect', () => settle(true));
            socket.once('error', () => settle(false));
        });
        if (!open)
            return true;
        if (Date.now() >= until)
            return false;
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}
/** Only for a relay that still listens after it was asked to stop: its PID is then still its own. */
function killRelay(pid) {
    try {
        if (pid > 0)
            process.kill(pid);
    }
    catch {
        // already gone
    }
}

;// CONCATENATED MODULE: ./src/post.ts







/** All attempts end within 3.5 s of the step's start, which keeps the whole post step, start-up included, under 5 s. */
const post_POST_BUDGET_MS = 3500;
async function post(core, createTransport, clock = systemClock, env = process.env) {
    const deadline = clock.now() + post_POST_BUDGET_MS;
    const state = loadTokenState(name => core.getState(name));
    if (!state)
        return;
    core.setSecret(state.token);
    const relay = loadRelayState(name => core.getState(name));
    if (relay) {
        const invalidateFirst = (timeoutMs) => invalidate(core, state, createTransport, { clock, env, deadline: clock.now() + timeoutMs });
        return stopRelay(core, relay, createTransport, clock, invalidateFirst);
    }
    return invalidate(core, state, createTransport, { clock, env, deadline });
}
async function invalidate(core, state, createTransport, { clock, env, deadline }) {
    const validUntil = state.expiresAt.toISOString();
    if (state.expiresAt.getTime() <= clock.now()) {
        core.info(`The Jamf Pro token expired at ${validUntil}: nothing to invalidate.`);
        return;
    }
    const notInvalidated = `Could not invalidate the Jamf Pro token; it stays valid until ${validUntil}.`;
    // The state is the main step's own, but a token is never sent where the main step would not send it.
    if (!isServerUrl(state.url)) {
        core.warning(`${notInvalidated} The saved server address is not an https:// URL, so the token was not sent.`);
        return;
    }
    const secrets = [state.token];
    let proxy;
    try {
        const read = readProxy(state.url, env, secret => core.setSecret(secret));
        secrets.push(...read.secrets);
        proxy = read.proxy;
    }
    catch (error) {
        if (!(error instanceof ProxySettingError))
            throw error;
        core.warning(`${notInvalidated} ${error.message}`);
        return;
    }
    const timeoutMs = Math.min(state.timeoutMs, deadline - clock.now());
    const transport = createTransport(timeoutMs, proxy);
    try {
        // One retry (of a 429, a 503, a dropped connection...) when the budget leaves time for it.
        const client = new JamfClient(state.url, transport, {
            retries: 1,
            timeoutMs,
            clock,
            deadline,
            debug: m => core.debug(m)
        });
        const result = await client.invalidate(state.token);
        core.info(result === 'invalidated'
            ? 'Invalidated the Jamf Pro token.'
            : 'The Jamf Pro token was already invalid or expired: nothing to invalidate.');
    }
    catch (error) {
        core.warning(`${notInvalidated} ${failureMessage(error, secrets, m => core.debug(m))}`);
    }
    finally {
        transport.close();
    }
}


/***/ }),

/***/ 613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 30:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 79:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ExitCode: () => (/* binding */ ExitCode),
  addPath: () => (/* binding */ addPath),
  debug: () => (/* binding */ debug),
  endGroup: () => (/* binding */ endGroup),
  error: () => (/* binding */ error),
  exportVariable: () => (/* binding */ exportVariable),
  getBooleanInput: () => (/* binding */ getBooleanInput),
  getIDToken: () => (/* binding */ getIDToken),
  getInput: () => (/* binding */ getInput),
  getMultilineInput: () => (/* binding */ getMultilineInput),
  getState: () => (/* binding */ getState),
  group: () => (/* binding */ group),
  info: () => (/* binding */ info),
  isDebug: () => (/* binding */ isDebug),
  markdownSummary: () => (/* reexport */ markdownSummary),
  notice: () => (/* binding */ notice),
  platform: () => (/* reexport */ platform_namespaceObject),
  saveState: () => (/* binding */ saveState),
  setCommandEcho: () => (/* binding */ setCommandEcho),
  setFailed: () => (/* binding */ setFailed),
  setOutput: () => (/* binding */ setOutput),
  setSecret: () => (/* binding */ setSecret),
  startGroup: () => (/* binding */ startGroup),
  summary: () => (/* reexport */ summary),
  toPlatformPath: () => (/* reexport */ toPlatformPath),
  toPosixPath: () => (/* reexport */ toPosixPath),
  toWin32Path: () => (/* reexport */ toWin32Path),
  warning: () => (/* binding */ warning)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 2 modules
var lib = __nccwpck_require__(210);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new lib/* HttpClient */.Qq('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_namespaceObject.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_namespaceObject.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_namespaceObject.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_namespaceObject.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_namespaceObject.EOL.length);
                n = s.indexOf(external_os_namespaceObject.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_namespaceObject.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const stderrDecoder = new external_string_decoder_namespaceObject.StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_namespaceObject.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./build/undici-stub/index.js
// Installed as `undici` (package.json: dependencies.undici and overrides.undici). @actions/http-client imports
// undici's ProxyAgent when it loads, but constructs one only in getAgentDispatcher(), for fetch(), which
// neither the action nor @actions/core calls: all their requests, through a proxy too (tunnel), use node:http.
// Bundling the real undici cost each step 0.94 MB and ~40 ms of a ~115 ms run (npm run bench).
class ProxyAgent {
  constructor() {
    throw new Error(
      'HttpClient.getAgentDispatcher() is not available: this action replaces undici with build/undici-stub.'
    )
  }
}

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(908);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
