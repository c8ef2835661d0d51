import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '../..');

// The core's own compile must not see Node's, the DOM's or Office's types at all; a library whose
// type definitions reference them would quietly let `process` or `Buffer` into src/core.
describe('src/core compiles without Node, DOM or Office types', () => {
  it('loads no such declaration files', () => {
    const configPath = join(ROOT, 'tsconfig.core.json');
    const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
    const loaded = program.getSourceFiles().map((f) => f.fileName);
    const offending = loaded.filter((f) => /@types\/(node|office-js|custom-functions-runtime)\/|lib\.dom\.d\.ts$/.test(f));
    expect(offending).toEqual([]);
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  }, 60_000);
});
