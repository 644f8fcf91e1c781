// The same integration suite through @vscode/test-electron, for machines with a desktop VS Code.
// MRS_VSCODE_EXECUTABLE names the `code` binary; without it test-electron would download VS Code,
// which these offline machines cannot do.
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { root } from './lib/setup.mjs';

const vscodeExecutablePath = process.env.MRS_VSCODE_EXECUTABLE;
if (!vscodeExecutablePath) {
  console.error('set MRS_VSCODE_EXECUTABLE to a desktop VS Code (>= 1.100) binary');
  process.exit(2);
}
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index'),
    launchArgs: [path.join(root, 'test', 'fixtures', 'workspace'), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { MRS_TEST_SUMMARY: process.env.MRS_TEST_SUMMARY ?? '', MRS_INTEGRATION: '1' },
  });
} catch (e) {
  console.error(`integration (desktop VS Code) failed: ${e.message ?? e}`);
  process.exit(1);
}
