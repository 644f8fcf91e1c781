// The getting-started walkthrough's steps that VS Code cannot see by itself are checked off by context
// keys (package.json completionEvents `onContext:…`, src/vscode/walkthrough): here, that the window sets
// them when the user has done the step. VS Code itself reacts to setContext (not observable from an
// extension); "Run it with mrs-resize" is in sharedJournal.test.ts, where a real mrs-resize runs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { walkthroughStepId, type TrackedStep, type WalkthroughKey } from '../../src/vscode/walkthrough/progress';
import { AGENT_CALLS } from '../support/agentInputs';
import { invoke, newRequestFile, useEmulatorConnection, waitFor } from './support';

describe('walkthrough: the context keys that check its steps off', function () {
  this.timeout(60_000);
  const suite = useEmulatorConnection();
  const key = (k: WalkthroughKey) => suite.api.walkthrough.current().keys.get(k);
  const checkedOff = (step: TrackedStep) =>
    suite.api.walkthrough.current().checkedOff.includes(walkthroughStepId(suite.api.context.extension.id, step));

  it('has a connection once one is added', async () => {
    assert.ok(suite.api.store.list().some((c) => c.name === 'emu'));
    await waitFor(() => key('mrs.hasConnection'), 'mrs.hasConnection');
    // and checks the step off itself, through the workbench (VS Code may have spent the key's event).
    await waitFor(() => checkedOff('connect'), 'the step connect checked off with welcome.markStepComplete');
  });

  it('keeps a request file once a saved one is open, not while it is untitled', async () => {
    const untitled = await newRequestFile(suite.emu, 'etl-nightly');
    const facts = () => suite.api.walkthrough.current().facts?.openDocuments ?? [];
    await waitFor(
      () => facts().some((d) => d.scheme === 'untitled' && d.path === untitled.document.uri.path),
      'the untitled request file seen',
    );
    const saved = facts().filter((d) => d.scheme !== 'untitled' && d.path.endsWith('.mrs-resize.json'));
    assert.equal(key('mrs.savedRequestFileOpen'), saved.length > 0, 'only saved request files count');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mrs-walkthrough-'));
    const file = path.join(dir, 'etl-nightly.mrs-resize.json');
    fs.writeFileSync(file, untitled.document.getText());
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.file(file)));
    await waitFor(() => key('mrs.savedRequestFileOpen'), 'mrs.savedRequestFileOpen');
    await waitFor(() => checkedOff('requestFile'), 'the step requestFile checked off');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('has asked the agent once one of its tools ran', async () => {
    const runs = () => suite.api.walkthrough.current().facts?.agentToolRuns ?? 0;
    const before = runs();
    await invoke(AGENT_CALLS.explainNotRunning);
    assert.equal(runs(), before + 1);
    assert.equal(key('mrs.agentToolUsed'), true);
    await waitFor(() => checkedOff('askAgent'), 'the step askAgent checked off');
  });
});
