/**
 * The `parallax` command line: a thin adapter over the core. `runCli` returns the exit code
 * instead of exiting, so tests drive it in-process. Each command's definition is light; its
 * work, and the libraries it needs, load only when it runs (`--help` loads none of them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../io/paths.js';
import { articleCommands } from './commands/articles.js';
import { compareCommands } from './commands/compare.js';
import { ingestCommand } from './commands/ingest.js';
import { reportCommand } from './commands/report.js';
import { serveCommand } from './commands/serve.js';
import { CliError, type CliIO } from './context.js';

/** The version in package.json. */
function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Build the program, writing through `io`. */
function buildProgram(io: CliIO): Command {
  const program = new Command('parallax')
    .description('Parallax shows how two news outlets frame the same event.')
    .version(version(), '-V, --version', 'print the version')
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .exitOverride()
    .showHelpAfterError('(run `parallax --help` for the commands)');
  articleCommands(program, io);
  compareCommands(program, io);
  reportCommand(program, io);
  serveCommand(program, io);
  ingestCommand(program, io);
  return program;
}

/** Run the command line; resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof CliError) {
      io.err(`parallax: ${err.message}\n`);
      return err.exitCode;
    }
    io.err(`parallax: unexpected error: ${(err as Error).message}\n`);
    return 70;
  }
}
