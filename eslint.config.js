// ESLint flat config: TypeScript rules for the action and its tests, JavaScript rules for the Node
// scripts (simulator, tooling, the e2e helper action). Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'
import globals from 'globals'

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/']
  },
  {
    // src/ and __tests__/: every TypeScript file.
    files: ['**/*.ts', '**/*.mts'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // simulator/, scripts/, test-support/, .github/actions/ and the config files: every JavaScript file (ESM).
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: globals.node
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  }
)
