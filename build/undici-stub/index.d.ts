// The one export @actions/http-client imports from undici; see README.md (why) and
// __tests__/undici-stand-in.test.ts (the guard).
export declare class ProxyAgent {
  constructor(options: unknown)
}
