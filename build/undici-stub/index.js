// Installed as `undici` (package.json: dependencies.undici and overrides.undici). @actions/http-client imports
// undici's ProxyAgent when it loads, but constructs one only in getAgentDispatcher(), for fetch(), which
// neither the action nor @actions/core calls: all their requests, through a proxy too (tunnel), use node:http.
// Bundling the real undici cost each step 0.94 MB and ~40 ms of a ~115 ms run (npm run bench).
export class ProxyAgent {
  constructor() {
    throw new Error(
      'HttpClient.getAgentDispatcher() is not available: this action replaces undici with build/undici-stub.'
    )
  }
}
