// Jest globalSetup: one production build of the add-in per test run, into .tmp/addin-dist, so the
// tests check what `npm run build` ships without touching dist/.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const out = path.join(root, '.tmp', 'addin-dist');

module.exports = async function buildAddin() {
  const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  const env = { ...process.env, ADDIN_BASE_URL: '' };
  try {
    execFileSync(process.execPath, [webpack, '--mode', 'production', '--output-path', out], { cwd: root, env, stdio: 'pipe' });
  } catch (e) {
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    throw new Error(`The add-in build failed:\n${output}`);
  }
};
module.exports.ADDIN_DIST = out;
