import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import type { TestApi } from '../../src/extension';
import { RecordingUi } from '../support/RecordingUi';
import { ScriptedPrompter } from '../support/ScriptedPrompter';
import { config, connectTo, emulator, extensionApi, rows } from './support';

describe('connections', function () {
  this.timeout(60_000);
  let api: TestApi;
  let emu: Emulator;
  let saved: TestApi['prompter']['current'];
  let savedUi: TestApi['ui']['current'];

  before(async () => {
    api = await extensionApi();
    saved = api.prompter.current;
    savedUi = api.ui.current;
    emu = await emulator();
    for (const c of api.store.list()) {
      await api.store.remove(c.name);
    }
  });

  after(async () => {
    api.prompter.current = saved;
    for (const c of api.store.list()) {
      await api.store.remove(c.name);
    }
    await emu.close();
  });

  it('adds a connection through the wizard, with the secret in SecretStorage only', async () => {
    const { region, domain, user, password } = emu.credentials;
    const script = new ScriptedPrompter([
      { input: 'lab' },
      { pick: region },
      { pick: 'IAM user' },
      { input: domain },
      { input: user },
      { input: password },
      { input: '' },
      { input: emu.url },
      { input: emu.url },
      { pick: 'Test Connection' },
      { pick: 'Save' },
    ]);
    api.prompter.current = script;
    await vscode.commands.executeCommand('mrs.connection.add');
    assert.equal(script.remaining, 0);
    const finalStep = script.asked[script.asked.length - 1];
    assert.match(finalStep.details[0] ?? '', /^Connected: 26 clusters in cn-north-4\.$/);
    const setting = config().get<unknown[]>('connections');
    assert.deepEqual(setting, [
      {
        name: 'lab',
        region,
        authMethod: 'password',
        mrsEndpoint: emu.url,
        iamEndpoint: emu.url,
        userName: user,
        domainName: domain,
      },
    ]);
    assert.ok(!JSON.stringify(setting).includes(password));
    assert.equal(await api.context.secrets.get('mrs.connection/lab/password'), password);
    assert.equal(api.store.active()?.name, 'lab');
    assert.ok((await rows(api)).length > 10, 'the tree lists the clusters through an IAM token');
  });

  it('cancels with nothing saved', async () => {
    api.prompter.current = new ScriptedPrompter([{ input: 'other' }, 'cancel']);
    await vscode.commands.executeCommand('mrs.connection.add');
    assert.deepEqual(
      api.store.list().map((c) => c.name),
      ['lab'],
    );
  });

  it('shows one level per connection when there are several, and switches the active one', async () => {
    await api.store.save(
      { name: 'second', region: 'cn-north-4', authMethod: 'token', mrsEndpoint: emu.url, iamEndpoint: emu.url },
      { kind: 'token', token: 'not-valid' },
    );
    const top = await rows(api);
    assert.deepEqual(
      top.map((r) => r.label),
      ['lab', 'second'],
    );
    assert.deepEqual(
      top.map((r) => r.contextValue),
      ['connection:settings', 'connection:settings'],
    );
    const failing = await rows(api, top[1].element);
    assert.equal(failing[0].contextValue, 'message:error', 'a bad token is an error row, not a toast');
    api.prompter.current = new ScriptedPrompter([{ pick: 'second' }]);
    await vscode.commands.executeCommand('mrs.connection.switch');
    assert.equal(api.statusBar.text, '$(cloud) MRS: second · cn-north-4');
  });

  it('removes a connection together with its secrets, after a modal confirmation', async () => {
    await vscode.commands.executeCommand('mrs.connection.switch', 'lab');
    const ui = new RecordingUi([false, true]);
    api.ui.current = ui;
    try {
      await vscode.commands.executeCommand('mrs.connection.remove', 'second');
      assert.deepEqual(
        api.store.list().map((c) => c.name),
        ['lab', 'second'],
        'declined: nothing removed',
      );
      await vscode.commands.executeCommand('mrs.connection.remove', 'second');
    } finally {
      api.ui.current = savedUi;
    }
    assert.equal(ui.last('confirm')?.message, 'Remove connection "second"?');
    assert.equal(await api.context.secrets.get('mrs.connection/second/token'), undefined);
    assert.deepEqual(
      api.store.list().map((c) => c.name),
      ['lab'],
    );
  });

  it('opens the cluster details as a read-only JSON document', async () => {
    await connectTo(api, emu);
    const cluster = (await rows(api)).find((r) => r.label === 'analytics-prod');
    await vscode.commands.executeCommand('mrs.cluster.openDetails', cluster?.element);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.scheme, 'mrs-cluster');
    assert.equal(editor?.document.languageId, 'json');
    const parsed = JSON.parse(editor?.document.getText() ?? '{}') as { name: string; coreCount: number };
    assert.equal(parsed.name, 'analytics-prod');
    assert.equal(parsed.coreCount, 5);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('copies a cluster id', async () => {
    const cluster = (await rows(api)).find((r) => r.label === 'etl-nightly');
    await vscode.commands.executeCommand('mrs.cluster.copyId', cluster?.element);
    assert.equal(await vscode.env.clipboard.readText(), emu.clusterIdByName('etl-nightly'));
  });
});
