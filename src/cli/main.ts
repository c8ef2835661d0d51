import { Command, CommanderError } from 'commander';
import { registerAgreements } from './commands/agreements';
import { registerAudit } from './commands/audit';
import { registerReview } from './commands/review';
import { registerCheck } from './commands/check';
import { registerDeadlines } from './commands/deadlines';
import { registerDistribute } from './commands/distribute';
import { CommandExit, processIo, UsageError, type CliIo } from './io';
import { VERSION } from './version';
import { registerReport } from './commands/report';
import { registerDemo } from './commands/demo';
import { registerImport } from './commands/import';
import { commanderMessageInSwedish } from './commander-sv';
import { registerPopulation } from './commands/population';
import { registerAgreement } from './commands/agreement';

export function buildProgram(io: CliIo): Command {
  const program = new Command()
    .name('bidragskollen')
    .description('Bidragskollen: fördelningar, kontroller och tidsfrister för överenskommelser mellan staten och SKR')
    .version(VERSION, '-V, --version', 'visa versionen')
    .helpOption('-h, --help', 'visa hjälp')
    .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
    .showHelpAfterError('(Skriv bidragskollen --help för hjälp.)')
    .exitOverride()
    .configureOutput(output(io));
  registerDistribute(program, io);
  registerAgreements(program, io);
  registerAgreement(program, io);
  registerCheck(program, io);
  registerDeadlines(program, io);
  registerReport(program, io);
  registerDemo(program, io);
  registerImport(program, io);
  registerPopulation(program, io);
  registerAudit(program, io);
  registerReview(program, io);
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  for (const command of all(program).slice(1)) command.exitOverride().configureOutput(output(io));
  return program;
}

function output(io: CliIo) {
  return {
    writeOut: (t: string) => io.out(t),
    writeErr: (t: string) => io.err(t),
    outputError: (t: string, write: (s: string) => void) => write(commanderMessageInSwedish(t)),
  };
}

export { VERSION };

/**
 * Runs the CLI and returns the exit code: 0 success, 1 the checks found errors, 2 bad usage or bad
 * input. Never lets a stack trace reach the user.
 */
export async function run(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof CommandExit) return e.exitCode;
    if (e instanceof UsageError) {
      io.err(`bidragskollen: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`bidragskollen: ett oväntat fel inträffade (${e instanceof Error ? e.message : String(e)}). Rapportera det gärna med kommandot du körde.\n`);
    return 70;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
