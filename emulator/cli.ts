// `npm run emulator -- [--port N] [--seed NAME] [--scale-seconds S] [--fail-cluster ID|NAME]
// [--latency MS] [--token-ttl-seconds S] [--node-quota N] [--node-limit N] [--expand-result S]
// [--nodes-offset page|item] [--rate-limit]`. First stdout line: one JSON object with the URL and the
// demo credentials; then human log lines. Stops cleanly on SIGINT/SIGTERM.
import { NODES_OFFSET_MODES, startEmulator, type Emulator, type EmulatorOptions, type NodesOffsetMode } from './index';

export interface CliArgs {
  options: EmulatorOptions;
  failClusters: string[];
  latencyMs?: number;
  /** Nodes still available in the account's quota (more in one scale-out → 12000030). */
  nodeQuota?: number;
}

const USAGE =
  'Usage: emulator [--port N] [--seed default|many|empty] [--scale-seconds S] [--fail-cluster ID|NAME]... [--latency MS] [--token-ttl-seconds S] [--node-quota N] [--node-limit N] [--expand-result S] [--nodes-offset page|item] [--rate-limit]';

function numberArg(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new Error(`${flag} needs a number >= 0.\n${USAGE}`);
  }
  return n;
}

function integerArg(flag: string, value: string | undefined): number {
  const n = numberArg(flag, value);
  if (!Number.isInteger(n)) {
    throw new Error(`${flag} needs a whole number >= 0.\n${USAGE}`);
  }
  return n;
}

function stringArg(flag: string, value: string | undefined): string {
  if (value === undefined || value.startsWith('--')) {
    throw new Error(`${flag} needs a value.\n${USAGE}`);
  }
  return value;
}

function offsetArg(flag: string, value: string | undefined): NodesOffsetMode {
  if (!(NODES_OFFSET_MODES as readonly (string | undefined)[]).includes(value)) {
    throw new Error(`${flag} needs ${NODES_OFFSET_MODES.join(' or ')}.\n${USAGE}`);
  }
  return value as NodesOffsetMode;
}

/** A switch takes no value; `--rate-limit=true`/`=false` are accepted too. */
function switchArg(flag: string, inline: string | undefined): boolean {
  if (inline === undefined || inline === 'true') {
    return true;
  }
  if (inline === 'false') {
    return false;
  }
  throw new Error(`${flag} takes no value (or =true / =false).\n${USAGE}`);
}

/** Parses `--flag value` and `--flag=value` forms. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { options: {}, failClusters: [] };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--port':
        args.options.port = numberArg(flag, value());
        break;
      case '--seed':
        args.options.seed = stringArg(flag, value());
        break;
      case '--scale-seconds':
        args.options.scaleSeconds = numberArg(flag, value());
        break;
      case '--token-ttl-seconds':
        args.options.tokenTtlSeconds = numberArg(flag, value());
        break;
      case '--fail-cluster':
        args.failClusters.push(stringArg(flag, value()));
        break;
      case '--latency':
        args.latencyMs = numberArg(flag, value());
        break;
      case '--node-quota':
        args.nodeQuota = integerArg(flag, value());
        break;
      case '--node-limit':
        args.options.nodeLimit = integerArg(flag, value());
        break;
      case '--expand-result':
        args.options.expandResult = stringArg(flag, value());
        break;
      case '--nodes-offset':
        args.options.nodesOffset = offsetArg(flag, value());
        break;
      case '--rate-limit':
        args.options.rateLimit = switchArg(flag, inline);
        break;
      default:
        throw new Error(`Unknown argument "${argv[i]}".\n${USAGE}`);
    }
  }
  return args;
}

function applyKnobs(emulator: Emulator, args: CliArgs): void {
  for (const cluster of args.failClusters) {
    emulator.failNextResize(cluster, 'always');
  }
  if (args.latencyMs !== undefined && args.latencyMs > 0) {
    emulator.addFault({ kind: 'latency', ms: Math.round(args.latencyMs), times: 'always' });
  }
  if (args.nodeQuota !== undefined) {
    emulator.setQuota({ nodes: args.nodeQuota });
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  const emulator = await startEmulator(args.options);
  applyKnobs(emulator, args);
  const { url, credentials: c } = emulator;
  process.stdout.write(
    `${JSON.stringify({ url, region: c.region, projectId: c.projectId, ak: c.ak, sk: c.sk, domain: c.domain, user: c.user, password: c.password })}\n`,
  );
  process.stdout.write(
    `MRS emulator listening on ${url} (seed "${emulator.seed}", resize takes ${emulator.scaleSeconds}s). Ctrl+C stops it.\n`,
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    process.stdout.write(`${signal} received, stopping the emulator.\n`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  });
}
