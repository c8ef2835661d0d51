import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';

/** One Office.js member the add-in uses, and the requirement set @types/office-js says it needs. */
export interface ApiUse {
  readonly member: string;
  readonly set: string;
  readonly version: string;
  readonly where: string;
}

const ROOT = resolve(__dirname, '..', '..');
// The real path: TypeScript resolves a symlinked node_modules (a git worktree's) to its target.
const OFFICE_TYPES = realpathSync(resolve(ROOT, 'node_modules', '@types', 'office-js', 'index.d.ts'));
const API_SET = /\[Api set: ([A-Za-z]+) (\d+(?:\.\d+)?)/;

/** Compares requirement-set versions such as 1.7 and 1.10 numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Every Office.js / Excel.js member referenced by the given sources, with the `[Api set: …]` that
 * @types/office-js annotates its declaration with. Members without an annotation (Office.onReady,
 * the 1.1 basics) are left out: they are in every host that runs the add-in at all.
 */
export function officeApiUses(files: readonly string[], extra: Readonly<Record<string, string>> = {}): ApiUse[] {
  const config = ts.readConfigFile(resolve(ROOT, 'tsconfig.web.json'), (p) => readFileSync(p, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => extra[resolve(f)] ?? readFile(f);
  host.fileExists = (f) => resolve(f) in extra || fileExists(f);
  const roots = [...files, ...Object.keys(extra)];
  const program = ts.createProgram(roots, parsed.options, host);
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  const seen = new Set<string>();

  for (const file of roots) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
        const name = ts.isPropertyAccessExpression(node) ? node.name : node.right;
        const symbol = checker.getSymbolAtLocation(name);
        for (const decl of symbol?.getDeclarations() ?? []) {
          if (resolve(decl.getSourceFile().fileName) !== OFFICE_TYPES) continue;
          const doc = ts.getJSDocCommentsAndTags(decl).map((d) => d.getText()).join('\n');
          const m = API_SET.exec(doc);
          if (!m) continue;
          const member = `${checker.getFullyQualifiedName(symbol!)}`;
          const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
          const where = `${file.slice(ROOT.length + 1)}:${line + 1}`;
          const key = `${member}@${where}`;
          if (seen.has(key)) continue;
          seen.add(key);
          uses.push({ member, set: m[1]!, version: m[2]!, where });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** The `<Set Name MinVersion>` entries of a manifest's base `<Requirements>`. */
export function declaredSets(manifestXml: string): Map<string, string> {
  const requirements = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(manifestXml)?.[1] ?? '';
  const defaultMin = /<Sets[^>]*DefaultMinVersion="([^"]+)"/.exec(requirements)?.[1] ?? '1.1';
  const sets = new Map<string, string>();
  for (const m of requirements.matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?/g)) sets.set(m[1]!, m[2] ?? defaultMin);
  return sets;
}

/** Uses of a set newer than the manifest declares, or of a set it does not declare at all. */
export function undeclared(uses: readonly ApiUse[], declared: ReadonlyMap<string, string>, checkedAtRuntime: ReadonlySet<string>): ApiUse[] {
  return uses.filter((u) => {
    if (checkedAtRuntime.has(u.set)) return false;
    const min = declared.get(u.set);
    return min === undefined || compareVersions(u.version, min) > 0;
  });
}
