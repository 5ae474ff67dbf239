// The one export @actions/http-client imports from undici; see index.js.
export declare class ProxyAgent {
  constructor(options: unknown)
}
