import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const GOLDEN_DIR = join(__dirname, 'templates');

/**
 * Compares data with its checked-in golden file. To accept a deliberate change, regenerate them:
 * `npm run golden` and review the diff before committing.
 */
export function expectGolden(name: string, data: unknown): void {
  const file = join(GOLDEN_DIR, `${name}.json`);
  const text = JSON.stringify(data, null, 2) + '\n';
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, 'utf8');
    return;
  }
  if (!existsSync(file)) throw new Error(`golden file ${file} is missing: run npm run golden`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
