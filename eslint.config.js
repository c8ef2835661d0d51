// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

/** Globals of a host (browser, Office, Node) that code meant to run anywhere must not use. */
const NO_HOST_GLOBALS = ['window', 'document', 'Office', 'Excel', 'CustomFunctions', 'process', 'localStorage', 'Buffer', 'global', 'require', '__dirname', '__filename', 'setImmediate'];
const NODE_MODULES = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https'];

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'demo/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', __filename: 'readonly', console: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.ts'],
    // Type-aware rules: a promise nobody awaits is an unhandled rejection in the pane, and a switch
    // over a union must name every member (a new distribution key or form fails to compile here).
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // The domain core is pure: no Office.js, no DOM, no Node I/O, no writers. The compiler enforces
    // the types side (tsconfig.core.json); this rule catches the imports.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_MODULES, message: 'src/core is pure: do I/O in src/cli or an adapter.' },
            { group: ['exceljs', 'hyperformula', 'playwright*', 'office-*', '@microsoft/*'], message: 'src/core imports no writers, engines or Office packages.' },
            { group: ['date-holidays'], message: 'date-holidays is the test oracle for src/core/calendar, a devDependency: never shipped.' },
            { group: ['**/cli/**', '**/xlsx/**', '**/excel/**', '**/taskpane/**', '**/functions/**'], message: 'src/core must not depend on the edges.' },
            { regex: '^\\.\\./[a-z-]+/[A-Za-z.-]+$', message: "Import another core module through its index ('../money'), not its files." },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NO_HOST_GLOBALS],
    },
  },
  {
    // The network adapter serves the CLI (Node 20) and the pane (a browser): only what both have
    // (fetch, AbortController, setTimeout), so no Node modules, no DOM or Office globals, no edges.
    files: ['src/net/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_MODULES, message: 'src/net runs in Node and in the browser: no Node modules.' },
            { group: ['**/cli/**', '**/xlsx/**', '**/excel/**', '**/taskpane/**', '**/functions/**'], message: 'src/net depends on the core only.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...NO_HOST_GLOBALS],
    },
  },
  {
    // The add-in bundle runs in Excel's browser runtime: no Node, and no test-only engines.
    files: ['src/functions/**/*.ts', 'src/taskpane/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_MODULES, message: 'The add-in runs in a browser: no Node modules.' },
            { group: ['hyperformula', 'exceljs', 'date-holidays', 'playwright*', '**/cli/**', '**/xlsx/**'], message: 'Test-only engines, the CLI and the .xlsx writer stay out of the shipped bundle.' },
            { regex: '(^|/)core/[a-z-]+/[A-Za-z.-]+$', message: "Import a core module through its index ('core/money'), not its files." },
          ],
        },
      ],
    },
  },
  {
    // The other edges read the core through each module's index too.
    files: ['src/cli/**/*.ts', 'src/xlsx/**/*.ts', 'src/excel/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)core/[a-z-]+/[A-Za-z.-]+$', message: "Import a core module through its index ('core/money'), not its files." }] }],
    },
  },
);
