// `npm start`: installs what is missing, builds and packages the extension, and serves VS Code
// (code-server) on 127.0.0.1 with the .vsix installed. Ctrl-C stops everything it started.
// Options: --port N (default 8080, or a free port when 8080 is taken).
import { spawnSync } from 'node:child_process';
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
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('building the extension failed');
}

async function main() {
  ensureAll();
  build();
  const demo = path.join(cacheDir, 'demo');
  fs.rmSync(demo, { recursive: true, force: true });
  const workspace = path.join(demo, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const server = await startCodeServer({
    workspace,
    dir: path.join(demo, 'code-server'),
    port: await pickPort(),
    vsix: path.join(root, 'mrs-explorer.vsix'),
  });
  console.log(`\nMRS Explorer is running in VS Code at ${server.url}/?folder=${encodeURIComponent(workspace)}`);
  console.log('Open that URL in a browser on this machine. Press Ctrl-C to stop.\n');
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  server.proc.once('exit', (code) => {
    console.error(`code-server exited (${code})`);
    process.exit(1);
  });
}

main().catch((e) => {
  console.error(`npm start failed: ${e.message ?? e}`);
  process.exit(1);
});
