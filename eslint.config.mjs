// Lint that enforces the house rules (see README "How it is built"): a pure core, thin adapters, imports that run one
// way. Type-aware rules are left to `tsc` (strict, see tsconfig.json); this file keeps the architecture true.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';




export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', '.vscode-test/**', 'media/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Types are checked by tsc (strict); ESLint's own undefined-name check does not know TypeScript's globals.
      'no-undef': 'off',
    },
  },
  {
    // The core understands text and nothing else: no VS Code, no adapter, no file outside src/core (data/*.json aside).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: no vscode import (put the adapter outside src/core).' }],
        patterns: [{
          regex: '^\\.\\./(\\.\\./)*(cli|commands|comparePanel|corrections|documentModel|languageFeatures|extension|localization)(/|\\.|$)',
          message: 'src/core imports nothing outside src/core (data/*.json aside).',
        }],
      }],
    },
  },
  {
    // The per-document model knows nothing of the commands or of the corrections feature built on it.
    files: ['src/documentModel/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(commands|corrections)(/|$)', message: 'documentModel/ imports neither commands/ nor corrections/.' }] }],
    },
  },
  {
    // Language features are thin providers: commands may use them, never the other way round.
    files: ['src/languageFeatures/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./commands(/|$)', message: 'languageFeatures/ does not import commands/.' }] }],
    },
  },
  {
    // Lazy loading by design: the core, pinyin-pro and the segmenters load on first analysis, not at activation, and
    // esbuild turns these require() calls into lazily initialised modules inside the bundle.
    // The CLI's entry requires its analysing commands when run: a corpus run's main thread never loads the core.
    files: ['src/documentModel/lazyCore.ts', 'src/extension.node.ts', 'src/extension.browser.ts', 'src/core/segment/*Segmenter.ts', 'src/cli/main.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read untyped JSON (CLI output, the manifest) and poke at it.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { sourceType: 'module' },
  },
);
