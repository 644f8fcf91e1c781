// Packs test/e2e/chatStandIn (a stand-in for a chat model, see its extension.cjs) into a .vsix for
// code-server, and says how to start code-server with it: its proposed APIs enabled for it alone, and
// VS Code's chat on (scripts/lib/codeServer.mjs turns the AI features off for every other test).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../../scripts/lib/setup.mjs';

export const CHAT_STAND_IN_ID = 'mrs-test.chat-stand-in';

let packed;

/** { extensions, args, settings } for openWorkbench; packs the .vsix once per run. */
export function chatStandIn() {
  if (!packed) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-chat-stand-in-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    fs.cpSync(path.join(root, 'test', 'e2e', 'chatStandIn'), path.join(dir, 'src'), { recursive: true });
    packed = path.join(dir, 'chat-stand-in.vsix');
    const vsce = path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(
      process.execPath,
      [vsce, 'package', '--skip-license', '--allow-missing-repository', '--out', packed],
      { cwd: path.join(dir, 'src'), encoding: 'utf8' },
    );
    if (r.status !== 0) {
      throw new Error(`packing the chat stand-in failed:\n${r.stdout}\n${r.stderr}`);
    }
  }
  return {
    extensions: [packed],
    args: ['--enable-proposed-api', CHAT_STAND_IN_ID],
    settings: { 'chat.disableAIFeatures': false },
  };
}
