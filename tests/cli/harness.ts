import { readFileSync, writeFileSync } from 'node:fs';
import { run } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the real CLI in-process with captured output. */
export async function cli(args: string[], options: { cwd?: string; today?: string } = {}): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    readText: (p) => readFileSync(p, 'utf8'),
    readBytes: (p) => readFileSync(p),
    writeText: (p, t) => writeFileSync(p, t, 'utf8'),
    cwd: options.cwd ?? process.cwd(),
    today: () => options.today ?? '2023-06-15',
  };
  const code = await run(args, io);
  return { code, out, err };
}
