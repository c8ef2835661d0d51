/**
 * Two projects, so a unit run never builds the add-in:
 * - `unit`: the core, the CLI, the writers and the functions' adapters (`npx jest --selectProjects unit`);
 * - `addin`: tests of what `npm run build` ships (bundle, metadata, manifest, the task pane in
 *   Chromium); its globalSetup builds the add-in once into .tmp/addin-dist, and only runs when a test
 *   of this project is selected.
 * @type {import('jest').Config}
 */
const ADDIN_TESTS = [
  '<rootDir>/tests/functions/bundle.test.ts',
  '<rootDir>/tests/functions/manifest.test.ts',
  '<rootDir>/tests/functions/metadata.test.ts',
  '<rootDir>/tests/functions/spreadsheet.test.ts',
  '<rootDir>/tests/taskpane/**/*.test.ts',
];

const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }],
  },
  // Excel's CustomFunctions global, stubbed for the custom-function tests.
  setupFiles: ['<rootDir>/tests/support/custom-functions.ts'],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/src', '<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '/tests/functions/(bundle|manifest|metadata|spreadsheet)\\.test\\.ts$', '/tests/taskpane/'],
    },
    {
      ...shared,
      displayName: 'addin',
      roots: ['<rootDir>/tests'],
      testMatch: ADDIN_TESTS,
      globalSetup: '<rootDir>/tests/support/build-addin.js',
    },
  ],
};
