// The Excel add-in: one shared runtime (taskpane.html) that loads the custom functions bundle and
// the task pane. `npm run build` writes dist/ for ADDIN_BASE_URL (default https://localhost:3000).
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { LocalizedMetadataPlugin, loadTypeScript, resolveBaseUrl, rewriteManifest } = require('./scripts/addin-build');

const FUNCTIONS = './src/functions/functions.ts';
const SWEDISH_TEXTS = './src/functions/metadata/sv.ts';
const LOCALIZE = './src/functions/metadata/localize.ts';

module.exports = (_env, argv) => {
  const development = argv.mode === 'development';
  const baseUrl = resolveBaseUrl();
  const { localizeMetadata } = loadTypeScript(path.resolve(__dirname, LOCALIZE));
  const { SWEDISH } = loadTypeScript(path.resolve(__dirname, SWEDISH_TEXTS));
  return {
    mode: development ? 'development' : 'production',
    devtool: development ? 'source-map' : false,
    target: ['web', 'es2020'],
    // The task pane runs in the functions' runtime (one page, one shared runtime): it depends on the
    // functions bundle, so what both use (decimal.js, the catalog, the core) is emitted once, in
    // functions.js, which the page loads first so `CustomFunctions.associate` runs early.
    entry: { functions: FUNCTIONS, taskpane: { import: './src/taskpane/taskpane.ts', dependOn: 'functions' } },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Chunks loaded on demand (the task pane's templates and .ics writer) come from the same base as everything else.
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: `${baseUrl}/`,
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
          options: { configFile: 'tsconfig.web.json', transpileOnly: true },
        },
        // The core has no side effects at import time, so what the functions do not use (the CSV
        // reader and Papa Parse with it) stays out of the bundle.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    // The cache keeps minified modules between builds. One cache per mode and address (the address
    // is compiled in); the TypeScript the config reads and the manifest (which the copy step
    // transforms, and the cache would otherwise serve stale) key it by content.
    cache: {
      type: 'filesystem',
      name: `${development ? 'development' : 'production'}-${Buffer.from(baseUrl).toString('base64url')}`,
      version: contentHash([SWEDISH_TEXTS, LOCALIZE, './manifest.xml']),
      buildDependencies: { config: [__filename] },
    },
    // One file per lazily loaded part, no vendor split; but zod and the validations written with it
    // (settings and profile), which several parts load on demand, are one chunk (`zod`).
    optimization: {
      splitChunks: {
        chunks: 'async',
        cacheGroups: {
          default: false,
          defaultVendors: false,
          zod: {
            test: /[\\/](node_modules[\\/]zod|src[\\/]core[\\/](profile|settings))[\\/]/,
            name: 'zod',
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: 'functions.json' }),
      new LocalizedMetadataPlugin({ source: 'functions.json', output: 'functions.sv-SE.json', table: SWEDISH, localize: localizeMetadata }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString(), baseUrl) },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', ...devCertificate() },
      static: false,
    },
  };
};

function contentHash(files) {
  const hash = require('node:crypto').createHash('sha256');
  for (const file of files) hash.update(require('node:fs').readFileSync(path.resolve(__dirname, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Office requires https. Uses the certificate `npx office-addin-dev-certs install` creates (trusted
 * by Windows and macOS); without it webpack-dev-server makes a self-signed one, which a browser
 * must be told to accept once (open https://localhost:3000/taskpane.html and continue).
 */
function devCertificate() {
  const fs = require('node:fs');
  const os = require('node:os');
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const [cert, key, ca] = ['localhost.crt', 'localhost.key', 'ca.crt'].map((f) => path.join(dir, f));
  if (![cert, key, ca].every((f) => fs.existsSync(f))) return {};
  return { options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ca: fs.readFileSync(ca) } };
}
