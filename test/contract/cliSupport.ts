// Runs the BUILT CLI (dist/cli.js, as `npm run build` or the package step makes it) as a child
// process against the in-process emulator. Asynchronous spawn: the emulator answers on this
// process's event loop. The environment is the CLI's only input besides argv: no inherited
// HUAWEICLOUD_* or locale variables leak in from the machine.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Emulator } from '../../emulator';
import { newOperationRecord, type Follower } from '../../src/core/journal/record';
import type { WayIn } from '../../src/core/plan/plan';

const root = path.resolve(__dirname, '../../..');
export const CLI = path.join(root, 'dist', 'cli.js');

export interface CliRun {
  /** The process id the run had. */
  readonly pid: number | undefined;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export type CliEnv = Readonly<Record<string, string | undefined>>;

/** The connection variables for the emulator, English output, no colours asked for or needed. */
export function emulatorEnv(emu: Emulator, extra: CliEnv = {}): CliEnv {
  return {
    HUAWEICLOUD_SDK_AK: emu.credentials.ak,
    HUAWEICLOUD_SDK_SK: emu.credentials.sk,
    HUAWEICLOUD_SDK_REGION: emu.credentials.region,
    HUAWEICLOUD_SDK_MRS_ENDPOINT: emu.url,
    HUAWEICLOUD_SDK_IAM_ENDPOINT: emu.url,
    HUAWEICLOUD_SDK_ECS_ENDPOINT: emu.url,
    HUAWEICLOUD_SDK_EVS_ENDPOINT: emu.url,
    HUAWEICLOUD_SDK_VPC_ENDPOINT: emu.url,
    LANG: 'C.UTF-8',
    ...extra,
  };
}

/** Sends `signal` to the CLI once its output (stdout + stderr) matches `when`. */
export interface SignalWhen {
  readonly when: RegExp;
  readonly signal: NodeJS.Signals;
}

export function runCli(args: readonly string[], env: CliEnv = {}, input = '', kill?: SignalWhen): Promise<CliRun> {
  assert.ok(fs.existsSync(CLI), `${CLI} is missing: run "npm run build" first`);
  const clean = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
  // A state folder of its own unless the test shares one: the default journal never leaks between tests.
  const state = clean.XDG_STATE_HOME ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-cli-state-'));
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), XDG_STATE_HOME: state, ...clean },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let signalled = false;
  const watch = (): void => {
    if (kill && !signalled && kill.when.test(stdout + stderr)) {
      signalled = true;
      child.kill(kill.signal);
    }
  };
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    watch();
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    watch();
  });
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ pid: child.pid, code, stdout, stderr }));
  });
}

/** A temporary folder for request files and the CLI's journal, removed after the suite. */
export function useTempDir(): { readonly dir: string } {
  let dir: string | undefined;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-cli-'));
  });
  after(() => {
    if (dir) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return {
    get dir(): string {
      assert.ok(dir, 'inside the suite');
      return dir;
    },
  };
}

/** A request file around a body text (kept byte for byte, as a user pastes the doc's example). */
export function writeRequestFile(dir: string, name: string, clusterId: string, requestText: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `{\n  "target": { "cluster_id": "${clusterId}" },\n  "request": ${requestText}\n}\n`);
  return file;
}

export function parseJsonOut(run: CliRun): Record<string, unknown> {
  try {
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } catch (e) {
    return assert.fail(`stdout is not one JSON object (${String(e)}):\n${run.stdout}\nstderr:\n${run.stderr}`);
  }
}

export function explain(run: CliRun): string {
  return `exit ${run.code}\nstdout:\n${run.stdout}\nstderr:\n${run.stderr}`;
}

/** What a process left of an open resize of adhoc-queries' core group (4 → 5) in a journal folder. */
export interface OpenRecord {
  readonly id: string;
  readonly clusterId: string;
  readonly wayIn: WayIn;
  readonly connection: string;
  readonly startedAtMs: number;
  readonly follower: Follower;
  readonly state: string;
}

/** Writes that record as `<folder>/<id>.json`, making the folder. */
export function writeOpenRecord(folder: string, r: OpenRecord): void {
  const record = newOperationRecord({
    id: r.id,
    wayIn: r.wayIn,
    connection: r.connection,
    target: {
      clusterId: r.clusterId,
      clusterName: 'adhoc-queries',
      groupName: 'core_node_analysis_group',
      role: 'core',
      scaleType: 'scale_out',
      from: 4,
      to: 5,
    },
    startedAtMs: r.startedAtMs,
    follower: r.follower,
    message: 'Sending',
  });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, `${r.id}.json`), JSON.stringify({ ...record, state: r.state }));
}
