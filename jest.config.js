/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true }],
  },
  // Excel's CustomFunctions global, stubbed for the custom-function tests.
  setupFiles: ['<rootDir>/tests/support/custom-functions.ts'],
  // Builds the add-in once per run into .tmp/addin-dist for the bundle, metadata and manifest tests.
  globalSetup: '<rootDir>/tests/support/build-addin.js',
};
