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

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BG: () => (/* binding */ basicCredentials),
  St: () => (/* binding */ createHttpTransport),
  CA: () => (/* binding */ errorCode),
  wx: () => (/* binding */ header),
  Hd: () => (/* binding */ secondsText)
});

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
// EXTERNAL MODULE: ./src/net/tunnel.ts + 2 modules
var net_tunnel = __nccwpck_require__(800);
;// CONCATENATED MODULE: ./src/net/http.ts


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
        const existing = byScheme.get(protocol) ?? (0,net_tunnel/* createConnections */.Ew)(protocol, proxy);
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
                    reject(pending ? new net_tunnel/* ProxyTunnelError */.Ng(seconds, 'ATTEMPT_TIMEOUT') : new AttemptTimeoutError(limit));
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
    const client = new HttpClient(USER_AGENT, [useAgent(agent)], {
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

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HI: () => (/* binding */ sendWithRetries),
/* harmony export */   JD: () => (/* binding */ RequestFailedError),
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   qO: () => (/* binding */ retryDelayMs)
/* harmony export */ });
/* unused harmony exports MAX_DELAY_MS, parseRetryAfter */
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(308);
/* harmony import */ var _tunnel_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(800);
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
    const proxy = (0,_tunnel_js__WEBPACK_IMPORTED_MODULE_1__/* .proxyFailure */ .xh)(error);
    if (proxy !== undefined)
        return !/^HTTP 4\d\d$/.test(proxy);
    return RETRYABLE_CODES.has((0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error));
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
            wait = retryDelayMs(attempt, (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .header */ .wx)(response, 'retry-after'), clock);
            if (!isRetryableStatus(response.status) || !mayRetry(attempt, wait))
                return { response, attempts: attempt, sentAt };
        }
        catch (error) {
            debug(`attempt ${attempt}/${attempts}: ${label} -> ${(0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) || 'error'} after ${clock.now() - sentAt} ms`);
            // Network, TLS and proxy errors carry a code. One without is the action's own fault, not the
            // network's: it goes on as it is, so that failureMessage reports it (redacted) as unexpected.
            if ((0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .errorCode */ .CA)(error) === '')
                throw error;
            wait = retryDelayMs(attempt, undefined, clock);
            if (!isRetryableError(error) || !mayRetry(attempt, wait))
                throw new RequestFailedError(error, attempt);
        }
        debug(`retrying ${label} in ${wait} ms`);
        await clock.sleep(wait);
    }
}


/***/ }),

/***/ 800:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ng: () => (/* binding */ ProxyTunnelError),
  Ew: () => (/* binding */ createConnections),
  xh: () => (/* binding */ proxyFailure)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(67);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
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
    const authority = `${(0,external_node_net_namespaceObject.isIPv6)(host) ? `[${host}]` : host}:${options.port}`;
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

/***/ 235:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(321);
/* harmony import */ var node_stream_consumers__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(893);
/* harmony import */ var _relay_build_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(900);
/* harmony import */ var _relay_config_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(171);
// Entry point of the relay process (dist/relay/index.js), started by the main step (relay-launch.ts).
// It reads its settings from stdin, says "ready <port>" (or "failed <reason>") on fd 3, and prints
// nothing anywhere else: its stdout and stderr lead nowhere, and it writes no file.





const channel = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)('', { fd: 3 });
try {
    const relay = (0,_relay_build_js__WEBPACK_IMPORTED_MODULE_3__/* .buildRelay */ .G)((0,_relay_config_js__WEBPACK_IMPORTED_MODULE_4__/* .decodeConfig */ .Fu)(await (0,node_stream_consumers__WEBPACK_IMPORTED_MODULE_1__.text)(process.stdin)), _net_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml, process.env);
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
        process.once(signal, () => void relay.stop().then(() => relay.close()));
    }
    channel.end(`ready ${await relay.listen()}\n`);
    await relay.closed;
    process.exit(0);
}
catch (error) {
    channel.end(`failed ${error instanceof Error ? error.message : String(error)}\n`, () => process.exit(1));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 900:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildRelay)
});

// EXTERNAL MODULE: ./src/net/http.ts + 3 modules
var http = __nccwpck_require__(308);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __nccwpck_require__(893);
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

// EXTERNAL MODULE: ./src/net/tunnel.ts + 2 modules
var tunnel = __nccwpck_require__(800);
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
function secrets_redact(text, secrets) {
    const forms = [...new Set(secrets.flatMap(secret => [secret, secret.toLowerCase()]))];
    return forms
        .filter(form => form !== '')
        .sort((a, b) => b.length - a.length)
        .reduce((out, form) => out.split(form).join('***'), text);
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
    if ((0,retry/* isRetryableStatus */.PS)(status)) {
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
            return { ...(await (0,retry/* sendWithRetries */.HI)(this.transport, request, target.label, this.options)), target };
        }
        catch (error) {
            if (error instanceof retry/* RequestFailedError */.JD)
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
function parseUrl(value) {
    try {
        return new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
    catch {
        return undefined;
    }
}
function parseProxy(variable, value) {
    const url = parseUrl(value);
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
    const url = value ? parseUrl(value) : undefined;
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

;// CONCATENATED MODULE: ./src/relay/affinity.ts
const AFFINITY_COOKIES = new Set(['apbalanceid', 'jpro-ingress']);
function cookieName(pair) {
    return pair.split('=')[0].trim().toLowerCase();
}
class AffinityJar {
    #cookies = new Map();
    /** The Cookie header value for upstream requests: the affinity cookies only. */
    header() {
        return [...this.#cookies.values()].join('; ');
    }
    /** Keeps the affinity cookies of an upstream answer; returns the other Set-Cookie lines. */
    take(setCookie) {
        const lines = setCookie === undefined ? [] : Array.isArray(setCookie) ? setCookie : [setCookie];
        return lines.filter(line => {
            const pair = line.split(';')[0];
            const name = cookieName(pair);
            if (!AFFINITY_COOKIES.has(name))
                return true;
            this.#cookies.set(name, pair.trim());
            return false;
        });
    }
    /**
     * A client's Cookie header with any affinity cookie of its own removed and the relay's added: the
     * relay's pin wins, so the relay's token calls and the client's calls reach the same node.
     */
    merge(clientCookie) {
        const own = (clientCookie ?? '')
            .split(';')
            .map(pair => pair.trim())
            .filter(pair => pair !== '' && !AFFINITY_COOKIES.has(cookieName(pair)));
        return [...own, this.header()].filter(Boolean).join('; ');
    }
}
/** The Jamf client's transport with the jar's cookies on each request and its answers' cookies kept. */
function withAffinity(transport, jar) {
    return {
        async send(request) {
            const cookie = jar.header();
            const response = await transport.send(cookie === '' ? request : { ...request, headers: { ...request.headers, Cookie: cookie } });
            jar.take(response.headers['set-cookie']);
            return response;
        },
        close: () => transport.close()
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(67);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: ./src/relay/answers.ts
const JSON_TYPE = 'application/json;charset=UTF-8';
function sendJson(res, status, body, headers = {}) {
    if (res.headersSent || res.destroyed)
        return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'Content-Type': JSON_TYPE,
        'Content-Length': Buffer.byteLength(text),
        'Cache-Control': 'no-store',
        ...headers
    });
    res.end(text);
}
/** Jamf Pro's API error body: `{"httpStatus": 401, "errors": [{"code": ..., "description": ...}]}`. */
function sendJamfError(res, status, code, description) {
    sendJson(res, status, { httpStatus: status, errors: [{ code, description, id: '0', field: null }] });
}

;// CONCATENATED MODULE: ./src/relay/audit.ts
/** Distinct method-and-path pairs kept; calls beyond them are counted under OTHER_PATHS. */
const MAX_ENTRIES = 500;
const MAX_PATH_LENGTH = 200;
const OTHER_PATHS = '(other paths)';
class Audit {
    #calls = new Map();
    #refused = { withoutKey: 0, method: 0 };
    record(method, rawPath, status, ms) {
        let path = rawPath.length > MAX_PATH_LENGTH ? `${rawPath.slice(0, MAX_PATH_LENGTH)}…` : rawPath;
        if (!this.#calls.has(`${method} ${path}`) && this.#calls.size >= MAX_ENTRIES)
            path = OTHER_PATHS;
        const key = `${method} ${path}`;
        const entry = this.#calls.get(key) ?? { method, path, count: 0, statuses: {}, totalMs: 0 };
        entry.count++;
        entry.statuses[status] = (entry.statuses[status] ?? 0) + 1;
        entry.totalMs += ms;
        this.#calls.set(key, entry);
    }
    refuse(reason) {
        this.#refused[reason]++;
    }
    report(tokens) {
        return { calls: [...this.#calls.values()], refused: { ...this.#refused }, tokens };
    }
}

// EXTERNAL MODULE: ./src/relay/config.ts
var config = __nccwpck_require__(171);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(708);
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_);
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/relay/forward.ts
// Forwards one request to Jamf Pro with the relay's token, both bodies streamed (a multi-GB upload in
// constant memory), and never follows a redirect: a 3xx goes back to the client as it came.




// Hop-by-hop headers (RFC 9110 7.6.1) belong to one connection. Host is the server's; the client's
// Authorization holds the relay's key; the relay answered any Expect: 100-continue itself.
const REQUEST_DROPPED = new Set([
    'connection',
    'keep-alive',
    'proxy-authenticate',
    'proxy-authorization',
    'proxy-connection',
    'te',
    'trailer',
    'transfer-encoding',
    'upgrade',
    'host',
    'authorization',
    'expect',
    'cookie'
]);
// Jamf Cloud's affinity cookies are the relay's (affinity.ts); other cookies pass through.
/** A Jamf Pro node silent this long, mid-exchange, must not hold a connection slot and a token any longer. */
const SILENCE_MS = 15 * 60_000;
const RESPONSE_DROPPED = new Set([...REQUEST_DROPPED, 'set-cookie'].filter(name => name !== 'authorization'));
/**
 * Sends `req` to `target` (path and query, as routed) on Jamf Pro; calls `done` once with the status the
 * client got (0: none) when the exchange is over.
 */
function forward(req, res, target, upstream, lease, done) {
    const { url, connections, jar } = upstream;
    let status = 0;
    let finished = false;
    const finish = () => {
        if (finished)
            return;
        finished = true;
        lease.release();
        done(status);
    };
    const headers = {
        ...kept(req.headers, REQUEST_DROPPED),
        authorization: `Bearer ${lease.token}`
    };
    const cookie = jar.merge(req.headers.cookie);
    if (cookie !== '')
        headers.cookie = cookie;
    const outgoing = (url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default())).request({
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port,
        method: req.method,
        path: `${url.pathname.replace(/\/$/, '')}${target}`,
        headers,
        agent: connections.agent
    });
    outgoing.setTimeout(SILENCE_MS, () => outgoing.destroy(new Error('Jamf Pro went silent')));
    outgoing.on('response', incoming => {
        status = incoming.statusCode ?? 502;
        const answer = kept(incoming.headers, RESPONSE_DROPPED);
        const cookies = jar.take(incoming.headers['set-cookie']);
        if (cookies.length > 0)
            answer['set-cookie'] = cookies;
        res.writeHead(status, answer);
        (0,external_node_stream_namespaceObject.pipeline)(incoming, res, finish);
    });
    outgoing.on('error', () => {
        if (!res.headersSent) {
            status = 502;
            sendJamfError(res, 502, 'RELAY_UPSTREAM_ERROR', 'The relay could not reach Jamf Pro, or the connection broke before an answer.');
        }
        else {
            res.destroy();
        }
        finish();
    });
    // A client that goes away ends the upstream exchange too.
    res.on('close', () => {
        if (!res.writableFinished)
            outgoing.destroy();
        finish();
    });
    (0,external_node_stream_namespaceObject.pipeline)(req, outgoing, error => {
        if (error)
            outgoing.destroy();
    });
}
/** The headers without those in `dropped` or named by the Connection header. */
function kept(headers, dropped) {
    const named = new Set(String(headers.connection ?? '')
        .split(',')
        .map(name => name.trim().toLowerCase()));
    return Object.fromEntries(Object.entries(headers).filter(([name, value]) => value !== undefined && !dropped.has(name) && !named.has(name)));
}

;// CONCATENATED MODULE: ./src/relay/local-auth.ts


const KEEP_ALIVE = '/api/v1/auth/keep-alive';
const MAX_FORM_BYTES = 16 * 1024;
/** Answers `POST <path>` (a routed path, any case) when it is a token endpoint; false when it is not one. */
function answerLocally(req, res, path, auth) {
    if (req.method !== 'POST')
        return false;
    const endpoint = path.toLowerCase();
    switch (endpoint) {
        case PATHS.oauthToken:
        case PATHS.oauthTokenV1:
            oauthToken(req, res, auth).catch(() => res.destroy()); // the client went away mid-request
            return true;
        case PATHS.userToken:
            req.resume();
            if (auth.isKey(basicPassword(req.headers.authorization)))
                sendUserToken(res, auth);
            else
                sendJson(res, 401, { httpStatus: 401, errors: [] });
            return true;
        case KEEP_ALIVE:
        case PATHS.invalidate:
            req.resume();
            if (!auth.isKey(local_auth_bearer(req.headers.authorization)))
                return false;
            // Tools invalidate "their" token when they finish; later steps of the job still need the relay.
            if (endpoint === KEEP_ALIVE)
                sendUserToken(res, auth);
            else
                res.writeHead(204).end();
            return true;
        default:
            return false;
    }
}
/** OAuth client credentials with the key as client_secret (in the form, or as client_secret_basic). */
async function oauthToken(req, res, auth) {
    const form = new URLSearchParams(await readSmall(req));
    const secret = form.get('client_secret') ?? basicPassword(req.headers.authorization);
    if (!auth.isKey(secret)) {
        sendJson(res, 401, { error: 'invalid_client' });
        return;
    }
    if (form.get('grant_type') !== 'client_credentials') {
        sendJson(res, 400, { error: 'unsupported_grant_type' });
        return;
    }
    sendJson(res, 200, {
        access_token: auth.key,
        scope: auth.scope,
        token_type: 'Bearer',
        expires_in: secondsLeft(auth)
    });
}
function sendUserToken(res, auth) {
    sendJson(res, 200, { token: auth.key, expires: new Date(auth.deadline).toISOString() });
}
function secondsLeft(auth) {
    return Math.max(0, Math.floor((auth.deadline - auth.now()) / 1000));
}
function local_auth_bearer(authorization) {
    return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? '';
}
function basicPassword(authorization) {
    const encoded = /^Basic\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (encoded === undefined)
        return '';
    const decoded = Buffer.from(encoded, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0 ? '' : decoded.slice(colon + 1);
}
/** A form body; anything larger than a token request's is cut (the secret will not match). */
async function readSmall(req) {
    let text = '';
    for await (const chunk of req) {
        if (text.length < MAX_FORM_BYTES)
            text += String(chunk);
    }
    return text.slice(0, MAX_FORM_BYTES);
}

;// CONCATENATED MODULE: ./src/relay/lane.ts
// At most `size` tasks at a time, the rest waiting in order. The relay keeps three: forwarded exchanges,
// new tokens and invalidations, so that renewal never waits behind the others.
class Lane {
    size;
    #waiting = [];
    #running = 0;
    constructor(size) {
        this.size = size;
    }
    run(task) {
        return new Promise((resolve, reject) => {
            const start = () => {
                this.#running++;
                Promise.resolve()
                    .then(task)
                    .then(resolve, reject)
                    .finally(() => {
                    this.#running--;
                    this.#waiting.shift()?.();
                });
            };
            if (this.#running < this.size)
                start();
            else
                this.#waiting.push(start);
        });
    }
}

;// CONCATENATED MODULE: ./src/relay/memory.ts
// A streamed body's chunks are freed only when V8 collects garbage, which it schedules by how much the
// relay's small heap grows, not by the memory the chunks hold: during a multi-GB upload the relay would
// grow by the ~64 MB V8 lets pass between collections. A minor collection every 10 ms while requests are
// in flight frees them for a few milliseconds of CPU per GiB (npm run bench: a peak near 85 MB, not 130).
// It needs node --expose-gc (relay-launch.ts); without it, this does nothing.
const EVERY_MS = 10;
function collectorWhileBusy(gc = globalThis.gc) {
    let busy = 0;
    let timer;
    return {
        begin() {
            if (gc && busy++ === 0)
                timer = setInterval(() => gc({ type: 'minor' }), EVERY_MS);
        },
        end() {
            if (gc && --busy === 0)
                clearInterval(timer);
        }
    };
}

;// CONCATENATED MODULE: ./src/relay/paths.ts
// Which path a request really names. Jamf Pro's web server routes `//api/./v1/auth/keep%2Dalive;x/` as
// `/api/v1/auth/keep-alive`, so the relay reads paths the same way before it decides anything on them: a
// variant of a token endpoint must never reach Jamf Pro with the relay's real token.
const UNRESERVED_ESCAPE = /%(2[DE]|3\d|[46][1-9A-F]|[57][0-9A]|5F|7E)/gi;
/**
 * The path as the server routes it: escapes of unreserved characters decoded, `;parameters` dropped,
 * repeated slashes collapsed, `.` and `..` resolved, no trailing slash. Undefined for a `..` above the root.
 */
function routedPath(path) {
    const segments = [];
    const decoded = path.replace(UNRESERVED_ESCAPE, escape => String.fromCharCode(parseInt(escape.slice(1), 16)));
    for (const raw of decoded.split('/')) {
        const segment = raw.split(';')[0];
        if (segment === '' || segment === '.')
            continue;
        if (segment === '..') {
            if (segments.pop() === undefined)
                return undefined;
            continue;
        }
        segments.push(segment);
    }
    return `/${segments.join('/')}`;
}
// Jamf Pro's endpoints that issue, renew or end a token, in any API version, and the older /uapi ones.
const TOKEN_ENDPOINT = /^\/(?:api\/(?:v\d+\/)?oauth(?:\/.*)?|api\/v\d+\/auth\/(?:token|keep-alive|invalidate-token)(?:\/.*)?|uapi\/auth(?:\/.*)?)$/i;
/** A path only the relay may answer: forwarded, it would hand out or end a real token. */
function isTokenEndpoint(routed) {
    return TOKEN_ENDPOINT.test(routed);
}

;// CONCATENATED MODULE: ./src/relay/server.ts
// The relay's HTTP server on 127.0.0.1: token endpoints answered locally, then the key, then the method
// filter, then forwarding. It stops on request, at its deadline, or on a signal (relay-entry.ts).










/**
 * Jamf asks for at most 5 connections: 3 for forwarded requests (the rest wait, before they take a token,
 * so that each starts with a fresh one), 1 for new tokens and 1 for invalidating old ones (build.ts).
 */
const FORWARD_CONNECTIONS = 3;
/** Time allowed to invalidate the tokens when stopping: the post step has 5 s in all. */
const STOP_INVALIDATION_MS = 2000;
/** A comparison of the whole key in constant time, whatever the candidate's length. */
function keyMatcher(key) {
    const digest = (text) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text).digest();
    const expected = digest(key);
    return candidate => (0,external_node_crypto_namespaceObject.timingSafeEqual)(digest(candidate), expected);
}
class Relay {
    keeper;
    upstream;
    /** Settles once close() was called and the port is closed: after stop(), so the tokens are done with. */
    closed;
    #closing;
    #server;
    #audit = new Audit();
    #auth;
    #methods;
    #inFlight = new Set();
    #slots = new Lane(FORWARD_CONNECTIONS);
    #collector = collectorWhileBusy();
    #deadline;
    #stopping;
    constructor(config, keeper, upstream, clock) {
        this.keeper = keeper;
        this.upstream = upstream;
        this.#auth = {
            key: config.key,
            isKey: keyMatcher(config.key),
            deadline: config.deadline,
            scope: config.token.scope,
            now: () => clock.now()
        };
        this.#methods = new Set(config.methods);
        // requestTimeout 0: an upload may take longer than Node's default of 5 minutes.
        this.#server = (0,external_node_http_.createServer)({ requestTimeout: 0 }, (req, res) => this.#handle(req, res));
        const portClosed = new Promise(resolve => this.#server.on('close', resolve));
        this.closed = new Promise(resolve => (this.#closing = resolve))
            .then(() => portClosed)
            .then(() => { });
        this.#deadline = setTimeout(() => void this.stop().then(() => this.close()), config.deadline - clock.now());
        this.#deadline.unref(); // the server keeps the process alive; the timer alone should not
    }
    /** Listens on a free port of 127.0.0.1, which it returns. */
    async listen() {
        await new Promise((resolve, reject) => {
            this.#server.once('error', reject);
            this.#server.listen(0, '127.0.0.1', resolve);
        });
        return this.#server.address().port;
    }
    /** Refuses new requests, ends those in flight, invalidates the tokens; the same report each call. */
    stop() {
        this.#stopping ??= (async () => {
            clearTimeout(this.#deadline);
            this.#server.close();
            for (const res of this.#inFlight)
                res.destroy();
            const tokens = await this.keeper.stop(STOP_INVALIDATION_MS);
            this.upstream.connections.destroyAll();
            return this.#audit.report(tokens);
        })();
        return this.#stopping;
    }
    /** After stop(): drops every connection, so that `closed` settles. */
    close() {
        this.#server.closeAllConnections();
        this.#closing?.();
    }
    #handle(req, res) {
        const started = performance.now();
        const url = req.url ?? '';
        const query = url.indexOf('?');
        // Decided on, recorded and forwarded as Jamf Pro would route it.
        const path = url.startsWith('/') ? routedPath(query < 0 ? url : url.slice(0, query)) : undefined;
        const method = req.method ?? '';
        if (this.#stopping) {
            sendJamfError(res, 503, 'RELAY_STOPPED', 'The relay has stopped: the job is ending.');
        }
        else if (path === undefined) {
            sendJamfError(res, 400, 'RELAY_BAD_REQUEST', 'Send requests to a path of the relay, as to Jamf Pro.');
        }
        else if (answerLocally(req, res, path, this.#auth)) {
            return;
        }
        else if (!this.#auth.isKey(local_auth_bearer(req.headers.authorization))) {
            this.#audit.refuse('withoutKey');
            sendJamfError(res, 401, 'INVALID_TOKEN', 'Unauthorized: use JAMF_TOKEN as the Bearer token.');
        }
        else if (method === 'POST' && path === config/* STOP_PATH */.fF) {
            void this.stop().then(report => {
                res.on('finish', () => this.close());
                sendJson(res, 200, report, { Connection: 'close' });
            });
        }
        else if (isTokenEndpoint(path)) {
            this.#audit.record(method, path, 403, performance.now() - started);
            sendJamfError(res, 403, 'RELAY_TOKEN_ENDPOINT', "Forbidden: the relay answers Jamf Pro's token endpoints itself (POST, with the key) and never forwards them.");
        }
        else if (this.#methods.size > 0 && !this.#methods.has(method)) {
            this.#audit.refuse('method');
            sendJamfError(res, 403, 'RELAY_METHOD_NOT_ALLOWED', `Forbidden: this job's relay forwards only ${[...this.#methods].join(', ')} (relay-methods).`);
        }
        else {
            void this.#forward(req, res, method, path, query < 0 ? path : `${path}${url.slice(query)}`, started);
        }
    }
    async #forward(req, res, method, path, target, started) {
        const done = (status) => {
            this.#inFlight.delete(res);
            this.#collector.end();
            this.#audit.record(method, path, status, performance.now() - started);
        };
        this.#inFlight.add(res);
        this.#collector.begin();
        await this.#slots.run(async () => {
            if (res.destroyed)
                return done(0); // the client left, or the relay stopped, while it waited
            const acquired = await this.keeper.acquire();
            if ('unavailable' in acquired) {
                sendJamfError(res, 503, 'RELAY_TOKEN_UNAVAILABLE', acquired.unavailable);
                return done(503);
            }
            await new Promise(resolve => forward(req, res, target, this.upstream, acquired.lease, status => {
                done(status);
                resolve();
            }));
        });
    }
}

;// CONCATENATED MODULE: ./src/relay/tokens.ts



/** Renewal starts at this share of a token's lifetime, so that its successor is ready before half. */
const RENEW_AT = 0.4;
const MIN_RENEW_DELAY_MS = 100;
/** How long a request waits for a token request in flight before it takes the current token, if usable. */
const RENEWAL_WAIT_MS = 5000;
/** A token this close to its end is not used to start a request (a quarter of its lifetime at most). */
const USABLE_MARGIN_MS = 5000;
/**
 * New tokens as the main step got the first one (client credentials, or Basic for a user account), from
 * `minter`; old ones invalidated through `invalidator`, on a connection of its own.
 */
function jamfTokenSource(minter, invalidator, credentials) {
    return {
        mint: () => credentials.kind === 'client-credentials'
            ? minter.clientToken(credentials.clientId, credentials.clientSecret, credentials.scope)
            : minter.userToken(credentials.username, credentials.password),
        invalidate: token => invalidator.invalidate(token)
    };
}
class TokenKeeper {
    source;
    clock;
    #held = [];
    #current;
    #renewing;
    #attempt;
    #timer;
    #wake;
    #failure = '';
    #gaveUp = false;
    #stopped = false;
    /** One token request at a time, and one invalidation: neither waits for the other. */
    #minting = new Lane(1);
    #invalidating = new Lane(1);
    constructor(source, first, clock) {
        this.source = source;
        this.clock = clock;
        this.#current = this.#hold(first);
        this.#schedule();
    }
    /** A token with at least half its lifetime left, unless renewal fails: then one still usable, or why not. */
    async acquire() {
        if (!this.#stopped && this.clock.now() >= this.#halfLife(this.#current)) {
            void this.#renew();
            // Waits for a token request on the wire, not for the pause before the next one.
            if (this.#attempt)
                await within(this.#attempt, RENEWAL_WAIT_MS);
        }
        if (this.#stopped)
            return { unavailable: 'The relay is stopping: the job is ending.' };
        const held = this.#current;
        const margin = Math.min(USABLE_MARGIN_MS, (held.expiresAt - held.issuedAt) / 4);
        if (held.expiresAt - this.clock.now() <= margin) {
            return { unavailable: `The relay has no valid Jamf Pro token: ${this.#failure || 'renewal is late'}` };
        }
        held.users++;
        let released = false;
        const release = () => {
            if (released)
                return;
            released = true;
            held.users--;
            this.#retireIfUnused(held);
        };
        return { lease: { token: held.token, release } };
    }
    /** Stops renewing and invalidates every token still valid, within `boundMs`. */
    async stop(boundMs) {
        this.#stopped = true;
        clearTimeout(this.#timer);
        this.#wake?.();
        const work = (async () => {
            await this.#renewing; // a token being minted now is held once it arrives
            await Promise.all(this.#held.map(held => this.#invalidate(held)));
        })();
        await within(work, boundMs);
        return this.report();
    }
    report() {
        const now = this.clock.now();
        const valid = this.#held.filter(held => !held.invalid && held.expiresAt > now);
        const last = Math.max(...valid.map(held => held.expiresAt));
        return {
            held: this.#held.length,
            invalid: this.#held.length - valid.length,
            ...(valid.length > 0 ? { validUntil: new Date(last).toISOString() } : {})
        };
    }
    #hold(token) {
        const expiresAt = token.expiresAt.getTime();
        const held = {
            token: token.token,
            // expiresIn counts whole seconds: for a user token, from `expires` down, so it was issued no later than now.
            issuedAt: Math.min(this.clock.now(), expiresAt - token.expiresIn * 1000),
            expiresAt,
            users: 0,
            retired: false,
            invalid: false
        };
        this.#held.push(held);
        return held;
    }
    #halfLife(held) {
        return held.issuedAt + (held.expiresAt - held.issuedAt) / 2;
    }
    #schedule() {
        const held = this.#current;
        const at = held.issuedAt + (held.expiresAt - held.issuedAt) * RENEW_AT;
        this.#timer = setTimeout(() => void this.#renew(), Math.max(MIN_RENEW_DELAY_MS, at - this.clock.now()));
        this.#timer.unref();
    }
    #renew() {
        if (this.#gaveUp || this.#stopped)
            return Promise.resolve();
        this.#renewing ??= this.#renewUntilDone().finally(() => (this.#renewing = undefined));
        return this.#renewing;
    }
    /** Tries again with backoff, but never after the server has rejected the credentials (lockouts). */
    async #renewUntilDone() {
        for (let attempt = 1; !this.#stopped; attempt++) {
            try {
                this.#attempt = this.#minting.run(() => this.source.mint());
                const held = this.#hold(await this.#attempt.finally(() => (this.#attempt = undefined)));
                if (this.#stopped)
                    return;
                const old = this.#current;
                this.#current = held;
                this.#failure = '';
                old.retired = true;
                this.#retireIfUnused(old);
                this.#schedule();
                return;
            }
            catch (error) {
                this.#failure = error instanceof JamfError ? error.message : 'the token request failed unexpectedly.';
                if (error instanceof JamfError && [400, 401, 403, 404].includes(error.status ?? 0)) {
                    this.#gaveUp = true;
                    return;
                }
                await this.#pause((0,retry/* retryDelayMs */.qO)(attempt, undefined, this.clock));
            }
        }
    }
    #pause(ms) {
        return new Promise(resolve => {
            const timer = setTimeout(resolve, ms);
            this.#wake = () => {
                clearTimeout(timer);
                resolve();
            };
        });
    }
    #retireIfUnused(held) {
        if (held.retired && held.users === 0 && !this.#stopped)
            void this.#invalidate(held);
    }
    /** At most once per token; one that fails stays valid until it expires, which the report says. */
    #invalidate(held) {
        if (held.invalid || held.expiresAt <= this.clock.now())
            return Promise.resolve();
        held.invalidation ??= this.#invalidating
            .run(() => this.source.invalidate(held.token))
            .then(() => {
            held.invalid = true;
        }, () => {
            held.invalidation = undefined;
        });
        return held.invalidation;
    }
}
/** Waits for `promise` to settle, but no longer than `ms`. */
async function within(promise, ms) {
    let timer;
    await Promise.race([promise.catch(() => { }), new Promise(resolve => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
}

;// CONCATENATED MODULE: ./src/relay/build.ts
// The relay's parts, put together from its settings: a Jamf client for new tokens and one for invalidating
// old ones (one connection each, so that a slow invalidation never delays a renewal; Jamf Cloud's affinity
// kept), the token keeper, and the connections for forwarded requests, through the same proxy as the main
// step's (the relay's environment is the step's).







/** One attempt, this short, to invalidate a replaced token; one that fails is tried again when the relay stops. */
const INVALIDATION_TIMEOUT_MS = 2000;
function buildRelay(config, clock, env) {
    // The main step has checked and masked the proxy variables already; the relay prints nothing.
    const { proxy } = readProxy(config.url, env, () => { });
    const jar = new AffinityJar();
    const client = (timeoutMs, retries) => new JamfClient(config.url, withAffinity((0,http/* createHttpTransport */.St)(timeoutMs, proxy), jar), {
        retries,
        timeoutMs,
        clock,
        debug: () => { }
    });
    const source = jamfTokenSource(client(config.timeoutMs, config.retries), client(INVALIDATION_TIMEOUT_MS, 0), config.credentials);
    const keeper = new TokenKeeper(source, config.token, clock);
    const url = new URL(config.url);
    const connections = (0,tunnel/* createConnections */.Ew)(url.protocol, proxy, FORWARD_CONNECTIONS);
    return new Relay(config, keeper, { url, connections, jar }, clock);
}


/***/ }),

/***/ 171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ decodeConfig),
/* harmony export */   fF: () => (/* binding */ STOP_PATH)
/* harmony export */ });
/* unused harmony export encodeConfig */
/** POST with the key: the relay answers its record, having invalidated its tokens, and exits. */
const STOP_PATH = '/.relay/stop';
function encodeConfig(config) {
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

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 67:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 321:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/consumers");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ var __webpack_exports__ = __nccwpck_require__(235);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
