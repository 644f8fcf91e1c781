// typescript-eslint with type information, and the module boundaries of docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const vscodePath = {
  name: 'vscode',
  message: 'Only src/vscode/**, test/integration/** and bench/host/** may import vscode.',
};
const noVscode = (where, reachIntoSrcVscode = false) => ({
  files: where,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [vscodePath],
        patterns: reachIntoSrcVscode
          ? []
          : [
              {
                group: ['**/vscode/**', '!**/@vscode/**'],
                message: 'The core, shared code, webview and emulator never reach into src/vscode.',
              },
            ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', '.cache/**', 'test-results/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: Object.fromEntries(
        [
          'console',
          'process',
          'URL',
          'setTimeout',
          'clearTimeout',
          'fetch',
          'Buffer',
          'document',
          'describe',
          'it',
          'before',
          'after',
          'beforeEach',
          'afterEach',
        ].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // src/cli is the CLI's composition root: like the core, it never imports vscode nor src/vscode.
  noVscode(['src/shared/**', 'src/cli/**', 'emulator/**']),
  // The core is below the extension <-> webview contract (src/shared): it never imports it.
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [vscodePath],
          patterns: [
            {
              group: ['**/vscode/**', '!**/@vscode/**'],
              message: 'The core, shared code, webview and emulator never reach into src/vscode.',
            },
            { group: ['**/shared/**'], message: 'src/shared is the webview contract; the core never imports it.' },
          ],
        },
      ],
    },
  },
  // Plain-Node tests may test the pure describe* modules under src/vscode (they fail to load if one imports vscode).
  noVscode(['test/unit/**', 'test/contract/**', 'bench/**'], true),
  // bench/host runs inside the extension host (npm run bench starts it like the integration suite).
  { files: ['bench/host/**'], rules: { 'no-restricted-imports': 'off' } },
  {
    files: ['webview/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The webview runs in a browser: no vscode import.' }],
          patterns: [
            { group: ['**/src/vscode/**'], message: 'The webview never imports extension-host code.' },
            {
              group: ['**/src/core/api/**', '**/src/core/auth/**', '**/src/core/operations/**'],
              message: 'Only pure rule modules of the core may reach the webview.',
            },
          ],
        },
      ],
    },
  },
);
