// The Excel add-in: one shared runtime (taskpane.html) that loads the custom functions bundle and
// the task pane. `npm run build` writes dist/ for ADDIN_BASE_URL (default https://localhost:3000).
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const tsx = require('tsx/cjs/api');
const { LocalizedMetadataPlugin, resolveBaseUrl, rewriteManifest } = require('./scripts/addin-build');

const FUNCTIONS = './src/functions/functions.ts';

module.exports = (_env, argv) => {
  const development = argv.mode === 'development';
  const baseUrl = resolveBaseUrl();
  const { localizeMetadata } = tsx.require('./src/functions/metadata/localize.ts', __filename);
  const { SWEDISH } = tsx.require('./src/functions/metadata/sv.ts', __filename);
  return {
    mode: development ? 'development' : 'production',
    devtool: development ? 'source-map' : false,
    target: ['web', 'es2020'],
    entry: { functions: FUNCTIONS, taskpane: './src/taskpane/taskpane.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
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
