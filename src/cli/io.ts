import { readFileSync, writeFileSync } from 'node:fs';
import { issueText, type Issue, type Lang } from '../core/result';

/** What a command may touch, so tests can run the real program in-process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  /** The file's bytes, for readers that detect the encoding themselves (CSV tables). */
  readBytes?(path: string): Uint8Array;
  writeText(path: string, text: string): void;
  readonly cwd: string;
  /** Today's date as YYYY-MM-DD, in Swedish time. */
  today(): string;
  /** The moment, ISO 8601, stamped on generated workbooks. */
  now?(): string;
}

export const processIo: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readText: (p) => readFileSync(p, 'utf8'),
  readBytes: (p) => readFileSync(p),
  writeText: (p, t) => writeFileSync(p, t, 'utf8'),
  cwd: process.cwd(),
  today: () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }),
  now: () => new Date().toISOString(),
};

/** Bad usage or bad input: the message says what to fix; the program exits 2, never with a stack trace. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Bad input the core reported as issues: printed one a line, in the language asked for (the CLI
 * speaks Swedish unless a command was given --lang en), under a heading when there is one.
 */
export class IssueError extends UsageError {
  constructor(
    readonly issues: readonly Issue[],
    options: { readonly lang?: Lang; readonly heading?: string; readonly footer?: string } = {},
  ) {
    const lines = issues.map((i) => (options.heading === undefined ? '' : '  ') + issueText(i, options.lang));
    super([...(options.heading === undefined ? [] : [options.heading]), ...lines, ...(options.footer === undefined ? [] : [options.footer])].join('\n'));
    this.name = 'IssueError';
  }
}

/** A command that has printed its result and wants a particular exit code (1: the checks found errors). */
export class CommandExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CommandExit';
  }
}
