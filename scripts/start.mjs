// `npm start`: installs what is missing, builds and packages the extension, starts the local MRS
// emulator, and serves VS Code (code-server) on 127.0.0.1 with the .vsix installed and a
// connection to the emulator (through the HUAWEICLOUD_SDK_* variables, so no secret lands in a
// settings file). Ctrl-C stops everything it started.
// Options: --port N (default 8080, or a free port when 8080 is taken), --scale-seconds S (default 30),
// --locale zh-cn (VS Code's display language: the extension's Chinese strings; default English).
import { spawn, spawnSync } from 'node:child_process';
import readline from 'node:readline';
import fs from 'node:fs';
import path from 'node:path';
import { freePort, startCodeServer } from './lib/codeServer.mjs';
import { cacheDir, ensureAll, root } from './lib/setup.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

async function pickPort() {
  const wanted = Number(option('port', process.env.MRS_PORT ?? 8080));
  const net = await import('node:net');
  const free = await new Promise((resolve) => {
    const s = net.createServer().once('error', () => resolve(false));
    s.listen(wanted, '127.0.0.1', () => s.close(() => resolve(true)));
  });
  return free ? wanted : freePort();
}

function build() {
  for (const [cmd, args] of [
    ['npx', ['tsc', '-p', '.']],
    ['npm', ['run', '--silent', 'package']],
  ]) {
    const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) {
      throw new Error('building the extension failed');
    }
  }
}

/** Starts `out/emulator/cli.js` on a free port; resolves with its first line (URL and demo credentials). */
function startEmulator() {
  const proc = spawn(
    process.execPath,
    [path.join(root, 'out', 'emulator', 'cli.js'), '--port', '0', '--scale-seconds', option('scale-seconds', '30')],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: proc.stdout });
  return new Promise((resolve, reject) => {
    proc.once('exit', (code) => reject(new Error(`the emulator exited (${code})`)));
    lines.once('line', (first) => {
      lines.on('line', (l) => process.env.MRS_DEBUG && console.log(`[emulator] ${l}`));
      resolve({ proc, info: JSON.parse(first) });
    });
  });
}

function emulatorEnv(info) {
  return {
    HUAWEICLOUD_SDK_AK: info.ak,
    HUAWEICLOUD_SDK_SK: info.sk,
    HUAWEICLOUD_SDK_PROJECT_ID: info.projectId,
    HUAWEICLOUD_SDK_REGION: info.region,
    HUAWEICLOUD_SDK_MRS_ENDPOINT: info.url,
    HUAWEICLOUD_SDK_IAM_ENDPOINT: info.url,
    HUAWEICLOUD_SDK_ECS_ENDPOINT: info.url,
    HUAWEICLOUD_SDK_EVS_ENDPOINT: info.url,
    HUAWEICLOUD_SDK_VPC_ENDPOINT: info.url,
  };
}

async function main() {
  ensureAll();
  build();
  const demo = path.join(cacheDir, 'demo');
  fs.rmSync(demo, { recursive: true, force: true });
  const workspace = path.join(demo, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const emulator = await startEmulator();
  let server;
  try {
    server = await startCodeServer({
      workspace,
      dir: path.join(demo, 'code-server'),
      port: await pickPort(),
      vsix: path.join(root, 'mrs-explorer.vsix'),
      locale: option('locale', process.env.MRS_LOCALE),
      env: emulatorEnv(emulator.info),
    });
  } catch (e) {
    emulator.proc.kill('SIGTERM');
    throw e;
  }
  console.log(
    `\nLocal MRS emulator: ${emulator.info.url} (region ${emulator.info.region}; see emulator/README.md for its clusters and fault switches)`,
  );
  console.log(`MRS Explorer is running in VS Code at ${server.url}/?folder=${encodeURIComponent(workspace)}`);
  console.log(
    'Open that URL in a browser on this machine; the "Environment" connection points at the emulator. Press Ctrl-C to stop.\n',
  );
  const stop = async () => {
    emulator.proc.removeAllListeners('exit');
    server.proc.removeAllListeners('exit');
    emulator.proc.kill('SIGTERM');
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  server.proc.once('exit', (code) => {
    console.error(`code-server exited (${code})`);
    emulator.proc.kill('SIGTERM');
    process.exit(1);
  });
  emulator.proc.once('exit', (code) => {
    console.error(`the emulator exited (${code})`);
    void server.stop().then(() => process.exit(1));
  });
}

main().catch((e) => {
  console.error(`npm start failed: ${e.message ?? e}`);
  process.exit(1);
});
