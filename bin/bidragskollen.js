#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources through tsx, so `npx bidragskollen` works right after `npm ci`
// without a build step.
require('tsx/cjs/api').register();
const { run } = require('../src/cli/main.ts');
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
