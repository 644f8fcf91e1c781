// `mrs-resize`: the second composition root beside src/extension.ts. It builds the core for a
// terminal (environment connection, output, journal) and runs one subcommand; it never imports
// `vscode`. Bundled by esbuild to dist/cli.js (package.json `bin`).
import { commandHelp, parseCommand, programHelp, UsageError, type CommandName } from './args';
import { applyCommand } from './commands/apply';
import { askOnTerminal } from './confirm';
import { checkCommand } from './commands/check';
import { clustersCommand } from './commands/clusters';
import { planCommand } from './commands/plan';
import type { CliContext, InStream } from './context';
import { cliLanguage, cliTranslate, useColour, type Env } from './environment';
import { EXIT, type ExitCode } from './exitCodes';
import { reportFailure } from './failure';
import { cliLogger, Output, type OutStream } from './output';

/** Set by esbuild from package.json (esbuild.mjs); the tsc build used by the tests has none. */
declare const MRS_RESIZE_VERSION: string | undefined;
const version = typeof MRS_RESIZE_VERSION === 'string' ? MRS_RESIZE_VERSION : 'dev';

const RUN: Readonly<Record<CommandName, (ctx: CliContext) => Promise<ExitCode>>> = {
  check: checkCommand,
  plan: planCommand,
  apply: applyCommand,
  clusters: clustersCommand,
};

export interface CliIo {
  readonly argv: readonly string[];
  readonly env: Env;
  readonly stdin: NodeJS.ReadableStream & InStream;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly terminal: Pick<CliContext, 'ask' | 'onInterrupt' | 'onExit'>;
}

export async function runCli(io: CliIo): Promise<ExitCode> {
  const language = cliLanguage(io.env);
  const t = cliTranslate(language);
  let parsed: ReturnType<typeof parseCommand>;
  try {
    parsed = parseCommand(io.argv, t);
  } catch (e) {
    io.stderr.write(`${e instanceof UsageError ? e.message : String(e)}\n${t('Run "mrs-resize --help".')}\n`);
    return EXIT.usage;
  }
  if (parsed === 'help' || parsed === 'version') {
    io.stdout.write(`${parsed === 'help' ? programHelp(t) : version}\n`);
    return EXIT.ok;
  }
  if (parsed.values.help === true) {
    io.stdout.write(`${commandHelp(parsed.command, t)}\n`);
    return EXIT.ok;
  }
  const colour = { stdout: useColour(io.stdout, io.env), stderr: useColour(io.stderr, io.env) };
  const out = new Output({ stdout: io.stdout, stderr: io.stderr, json: parsed.values.json === true, colour });
  const logger = cliLogger(out, parsed.values.verbose === true);
  const ctx: CliContext = { ...parsed, env: io.env, stdin: io.stdin, out, t, language, logger, ...io.terminal };
  try {
    return await RUN[parsed.command](ctx);
  } catch (e) {
    return reportFailure(ctx, e);
  }
}

if (require.main === module) {
  // Ended from outside: the exit handlers still give operations up and free the cluster locks.
  process.once('SIGTERM', () => process.exit(143));
  process.once('SIGHUP', () => process.exit(129));
  void runCli({
    argv: process.argv.slice(2),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    terminal: {
      ask: askOnTerminal(process.stdin, process.stderr),
      onInterrupt: (handler) => {
        process.on('SIGINT', handler);
        return () => process.off('SIGINT', handler);
      },
      onExit: (handler) => process.once('exit', handler),
    },
  }).then((code) => process.exit(code));
}
