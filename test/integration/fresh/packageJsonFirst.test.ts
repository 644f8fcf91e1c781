// Runs alone in a fresh extension host (npm test starts one for this file): a user who opens a
// package.json, and nothing of MRS, pays nothing for MRS Explorer. VS Code's JSON features serve the
// file (so the onLanguage:json activation has happened) and our extension is still not active.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openServedPackageJson } from '../packageJson';
import { EXTENSION_ID } from '../support';

describe('a fresh host: opening a package.json', function () {
  this.timeout(60_000);

  it('activates VS Code JSON features, not MRS Explorer', async () => {
    const ours = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ours, 'MRS Explorer is installed');
    assert.equal(ours.isActive, false, 'nothing activated MRS Explorer before the file was opened');
    await openServedPackageJson();
    assert.equal(ours.isActive, false, 'opening a package.json does not activate MRS Explorer');
  });
});
