// Build helpers shared by webpack.config.js and the tests: where the add-in is served from, the
// manifest rewritten for that address, and the Swedish metadata derived from the English one.
const { Compilation, WebpackError, sources } = require('webpack');

/** The development server's address: manifest.xml is written for it. */
const DEV_BASE_URL = 'https://localhost:3000';

/** ADDIN_BASE_URL (https, no trailing slash) or the development server. */
function resolveBaseUrl(value = process.env.ADDIN_BASE_URL) {
  if (value === undefined || value.trim() === '') return DEV_BASE_URL;
  const url = value.trim().replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https address without quotes or spaces, got "${value}"`);
  }
  return url;
}

/** Points every URL of the manifest at `baseUrl`. */
function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/**
 * Emits `output` (the Swedish metadata) from the English metadata asset that
 * custom-functions-metadata-plugin generates, with the texts from `table`. Any mismatch (an id
 * without a translation, a wrong parameter count, an invalid name) fails the build.
 */
class LocalizedMetadataPlugin {
  constructor({ source, output, table, localize }) {
    Object.assign(this, { source, output, table, localize });
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LocalizedMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'LocalizedMetadataPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) {
          compilation.errors.push(new WebpackError(`LocalizedMetadataPlugin: ${this.source} was not generated`));
          return;
        }
        const { metadata, errors } = this.localize(JSON.parse(asset.source.source().toString()), this.table);
        for (const e of errors) compilation.errors.push(new WebpackError(`${this.output}: ${e}`));
        compilation.emitAsset(this.output, new sources.RawSource(`${JSON.stringify(metadata, null, 2)}\n`));
      });
    });
  }
}

/**
 * Loads one of our dependency-free TypeScript modules (the Swedish table, the localizer) into the
 * build. Transpiled with TypeScript itself rather than through a require hook, so webpack's cache
 * sees plain files; a module that imports anything at run time is refused.
 */
function loadTypeScript(file) {
  const fs = require('node:fs');
  const ts = require('typescript');
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
    fileName: file,
  });
  const module = { exports: {} };
  const refuse = (name) => {
    throw new Error(`${file} imports ${name} at run time; the build loads only self-contained modules`);
  };
  new Function('module', 'exports', 'require', outputText)(module, module.exports, refuse);
  return module.exports;
}

module.exports = { DEV_BASE_URL, loadTypeScript, resolveBaseUrl, rewriteManifest, LocalizedMetadataPlugin };
