// The command line of `mrs-resize`, read with Node's own util.parseArgs: one table of options per
// subcommand, the help texts built from the same table (translated), and usage errors as a typed
// error that main.ts turns into exit code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isNodeLimit } from '../core/resize/nodeLimit';
import { MAX_CORE_AND_TASK_NODES } from '../core/resize/types';
import type { Translate } from '../core/translate';

export const COMMANDS = ['check', 'plan', 'apply', 'clusters'] as const;
export type CommandName = (typeof COMMANDS)[number];

type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & {
  readonly help: (t: Translate) => string;
  /** The value's name in the help. */
  readonly arg?: string;
};

const HELP: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', help: (t) => t('Show this help.') },
};
const JSON_OPTION: Record<string, OptionSpec> = {
  json: { type: 'boolean', help: (t) => t('Print one JSON object (see the README) instead of text.') },
};
const CONNECTION: Record<string, OptionSpec> = {
  region: { type: 'string', arg: 'REGION', help: (t) => t('Region id; default HUAWEICLOUD_SDK_REGION.') },
  'project-id': {
    type: 'string',
    arg: 'ID',
    help: (t) => t('Project id; default HUAWEICLOUD_SDK_PROJECT_ID, else asked of IAM.'),
  },
  verbose: { type: 'boolean', short: 'v', help: (t) => t('Print the request log on stderr (never a secret).') },
};
const APPLY: Record<string, OptionSpec> = {
  yes: {
    type: 'boolean',
    short: 'y',
    help: (t) => t('Confirm a scale-in without asking (needed without a terminal).'),
  },
  'no-follow': {
    type: 'boolean',
    help: (t) =>
      t('Return once MRS answered; the operation stays open in the journal until a later reading sees its end.'),
  },
  timeout: {
    type: 'string',
    arg: 'MIN',
    help: (t) => t('Stop following after MIN minutes (default 60); the resize goes on.'),
  },
  interval: {
    type: 'string',
    arg: 'SEC',
    help: (t) => t('Seconds between two readings of the cluster while following (default 15).'),
  },
  plan: {
    type: 'string',
    arg: 'PLANFILE',
    help: (t) => t('Send exactly the plan saved by "plan --out" (instead of a request file), if it still holds.'),
  },
};
const LIMIT: Record<string, OptionSpec> = {
  'max-nodes': {
    type: 'string',
    arg: 'N',
    help: (t) => t('The core + task node limit technical support raised for this cluster (default 500).'),
  },
};
const JOURNAL: Record<string, OptionSpec> = {
  journal: {
    type: 'string',
    arg: 'DIR',
    help: (t) => t('Folder of the shared operation journal and cluster locks (default: see the README).'),
  },
};
const OUT: Record<string, OptionSpec> = {
  out: {
    type: 'string',
    arg: 'PLANFILE',
    help: (t) => t('Also save the plan to PLANFILE, for "apply --plan PLANFILE".'),
  },
};

interface CommandSpec {
  readonly usage: string;
  readonly summary: (t: Translate) => string;
  readonly options: Record<string, OptionSpec>;
  /** Positionals: exactly one FILE, one or more, none, or one unless `--plan` is given. */
  readonly files: 'one' | 'many' | 'none' | 'oneOrPlan';
}

const SPECS: Readonly<Record<CommandName, CommandSpec>> = {
  check: {
    usage: 'mrs-resize check FILE... [--json]',
    summary: (t) => t('Check request files offline: format, schema and the rules that need no cluster.'),
    options: { ...HELP, ...JSON_OPTION },
    files: 'many',
  },
  plan: {
    usage: 'mrs-resize plan FILE [--out PLANFILE] [--max-nodes N] [--json] [--region R] [--project-id P] [--verbose]',
    summary: (t) => t('Read the live cluster and show what the request would do and the exact request; sends nothing.'),
    options: { ...HELP, ...JSON_OPTION, ...CONNECTION, ...OUT, ...LIMIT, ...JOURNAL },
    files: 'one',
  },
  apply: {
    usage:
      'mrs-resize apply (FILE [--max-nodes N] | --plan PLANFILE) [--yes] [--no-follow] [--timeout MIN] [--json] [--region R] [--project-id P]',
    summary: (t) => t('Check, confirm every scale-in, send the request once, then follow the resize to its end.'),
    options: { ...HELP, ...JSON_OPTION, ...CONNECTION, ...APPLY, ...LIMIT, ...JOURNAL },
    files: 'oneOrPlan',
  },
  clusters: {
    usage: 'mrs-resize clusters [--json] [--region R] [--project-id P] [--verbose]',
    summary: (t) => t('List the clusters of the connection with their state and core/task node counts.'),
    options: { ...HELP, ...JSON_OPTION, ...CONNECTION },
    files: 'none',
  },
};

/** Bad arguments: exit code 2 with the message and a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Values = Readonly<Record<string, string | boolean | undefined>>;

export interface ParsedCommand {
  readonly command: CommandName;
  readonly values: Values;
  readonly files: readonly string[];
}

function isCommand(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name ?? '');
}

/** @throws UsageError for an unknown command or option, or a wrong number of files. */
export function parseCommand(argv: readonly string[], t: Translate): ParsedCommand | 'help' | 'version' {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return 'help';
  }
  if (first === '--version') {
    return 'version';
  }
  if (!isCommand(first)) {
    throw new UsageError(t('Unknown command "{0}". Commands: {1}.', first, COMMANDS.join(', ')));
  }
  const spec = SPECS[first];
  let parsed: { values: Values; positionals: string[] };
  try {
    const options = spec.options;
    // No option is `multiple`: every value is a string or a boolean.
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (e) {
    throw new UsageError(parseArgsProblem(e, t));
  }
  const files = parsed.positionals;
  if (parsed.values.help !== true) {
    checkFiles(spec, files, typeof parsed.values.plan === 'string', t);
  }
  return { command: first, values: parsed.values, files };
}

/** util.parseArgs' English, said in the user's language: the option named, Node's sentence left out. */
function parseArgsProblem(e: unknown, t: Translate): string {
  const { code, message } = e as { code?: unknown; message?: unknown };
  // "Unknown option '--force'. …", "Option '-y, --yes' does not take an argument", "Option '--journal <value>' …"
  const quoted = /'([^']+)'/.exec(String(message))?.[1] ?? '';
  const option =
    quoted
      .replace(/ <value>$/, '')
      .split(', ')
      .at(-1) ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return t('Unknown option "{0}".', option);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return t('The option "{0}" has a missing or wrong value.', option);
  }
  return t('The arguments could not be read: {0}', String(message));
}

function checkFiles(spec: CommandSpec, files: readonly string[], withPlan: boolean, t: Translate): void {
  if (spec.files === 'oneOrPlan') {
    if (withPlan ? files.length > 0 : files.length !== 1) {
      throw new UsageError(t('Give exactly one request file, or --plan PLANFILE without one.'));
    }
    return;
  }
  if (spec.files === 'none' && files.length > 0) {
    throw new UsageError(t('Unexpected argument "{0}".', files[0] ?? ''));
  }
  if (spec.files === 'one' && files.length !== 1) {
    throw new UsageError(t('Give exactly one request file.'));
  }
  if (spec.files === 'many' && files.length === 0) {
    throw new UsageError(t('Give at least one request file.'));
  }
}

/** A positive number of an option (--timeout 0.5 is half a minute); the default when absent. */
export function positiveNumber(values: Values, name: string, fallback: number, t: Translate): number {
  const raw = values[name];
  if (raw === undefined) {
    return fallback;
  }
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n <= 0) {
    throw new UsageError(t('--{0} needs a positive number, not "{1}".', name, String(raw)));
  }
  return n;
}

/**
 * `--max-nodes N`: the raised core + task limit of the cluster, for the rules; undefined when not given.
 * @throws UsageError for anything but a whole number of at least 500 (support raises the limit, never lowers it).
 */
export function maxNodesOption(values: Values, t: Translate): number | undefined {
  const raw = values['max-nodes'];
  if (raw === undefined) {
    return undefined;
  }
  const n = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!isNodeLimit(n)) {
    throw new UsageError(
      t('--max-nodes needs a whole number of at least {0}, not "{1}".', MAX_CORE_AND_TASK_NODES, String(raw)),
    );
  }
  return n;
}

function optionLines(options: Record<string, OptionSpec>, t: Translate): string[] {
  return Object.entries(options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.arg ?? 'VALUE'}` : ''}`;
    return `  ${flag.padEnd(24)} ${o.help(t)}`;
  });
}

export function commandHelp(command: CommandName, t: Translate): string {
  const spec = SPECS[command];
  return [t('Usage: {0}', spec.usage), '', spec.summary(t), '', t('Options:'), ...optionLines(spec.options, t)].join(
    '\n',
  );
}

export function programHelp(t: Translate): string {
  const commands = COMMANDS.map((c) => `  ${c.padEnd(10)} ${SPECS[c].summary(t)}`);
  return [
    t('Usage: {0}', 'mrs-resize <command> [options]'),
    '',
    t('Runs MRS resize request files (*.mrs-resize.json) from a terminal, a cron job or CI.'),
    '',
    t('Commands:'),
    ...commands,
    '',
    t('Credentials: HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK (and HUAWEICLOUD_SDK_SECURITY_TOKEN),'),
    t(
      'HUAWEICLOUD_SDK_REGION, HUAWEICLOUD_SDK_PROJECT_ID, HUAWEICLOUD_SDK_MRS_ENDPOINT, HUAWEICLOUD_SDK_IAM_ENDPOINT.',
    ),
    t(
      'Quota check of a scale-out: HUAWEICLOUD_SDK_ECS_ENDPOINT, HUAWEICLOUD_SDK_EVS_ENDPOINT, HUAWEICLOUD_SDK_VPC_ENDPOINT (or as the official SDKs name them: HUAWEICLOUD_SDK_REGION_ECS_CN_NORTH_4…).',
    ),
    t('Run "mrs-resize <command> --help" for the options of a command.'),
  ].join('\n');
}
