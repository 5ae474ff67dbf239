// ESLint flat config: TypeScript rules for the action and its tests, JavaScript rules for the Node
// scripts (simulator, tooling, the e2e helper action). Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

/** Node's globals, from the `globals` package when it is installed, else the ones this project uses. */
async function nodeGlobals() {
  try {
    return (await import('globals')).default.node
  } catch {
    const names = [
      'process',
      'console',
      'Buffer',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'clearImmediate',
      'queueMicrotask',
      'URL',
      'URLSearchParams',
      'fetch',
      'Headers',
      'Request',
      'Response',
      'AbortController',
      'AbortSignal',
      'TextEncoder',
      'TextDecoder',
      'performance',
      'structuredClone'
    ]
    return Object.fromEntries(names.map(name => [name, 'readonly']))
  }
}

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/']
  },
  {
    // src/, __tests__/ and test-support/: every TypeScript file.
    files: ['**/*.ts', '**/*.mts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // simulator/, scripts/, .github/actions/ and the config files: every JavaScript file (ESM).
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: await nodeGlobals()
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  }
)
