// Custom clusters and master groups in the real host, through request files: a v2 `shrink` body scales in
// a custom task-role group with exactly one POST …/shrink, a master shrink is refused before anything is
// sent, and a master scale-out asks with its warning before its one POST …/expand.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import type { TestApi } from '../../src/extension';
import { RecordingUi } from '../support/RecordingUi';
import { config, newRequestFile, useEmulatorConnection, waitFor } from './support';

describe('custom clusters and master groups in the real host', function () {
  this.timeout(90_000);
  const suite = useEmulatorConnection(0.5);
  let api: TestApi;
  let emu: Emulator;
  let saved: TestApi['ui']['current'];

  const id = (name: string) => emu.clusterIdByName(name) ?? '';
  const count = (route: 'expand' | 'shrink' | 'resize') => emu.requests().routes[route].count;

  /** A new request file of the cluster (`MRS: New Resize Request File`), its text replaced by a v2 body. */
  async function openFile(cluster: string, member: 'expand' | 'shrink', body: string): Promise<vscode.TextEditor> {
    const editor = await newRequestFile(emu, cluster);
    const text = `{\n  "target": { "connection": "emu", "cluster_id": "${id(cluster)}" },\n  "${member}": ${body}\n}\n`;
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), text));
    return editor;
  }

  async function groupCount(cluster: string, group: string): Promise<number | undefined> {
    const c = await (await api.clients.get('emu')).getCluster(id(cluster));
    return c.nodeGroups.find((g) => g.name === group)?.nodeCount;
  }

  /** Waits until nothing is followed; returns how the newest operation of the cluster ended. */
  async function settled(cluster: string): Promise<string | undefined> {
    await waitFor(() => api.history.active().length === 0, 'the resize followed to its end', 30_000);
    const mine = api.history.list().filter((r) => r.clusterId === id(cluster));
    return mine.sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0]?.state;
  }

  before(async () => {
    ({ api, emu } = suite);
    saved = api.ui.current;
    await config().update('follow.intervalSeconds', 1, vscode.ConfigurationTarget.Global);
  });

  // A fresh seed for each test, once nothing is followed any more (a reset under a running resize would hide it).
  beforeEach(async () => {
    await waitFor(() => api.history.active().length === 0, 'no resize followed', 30_000).catch(() => undefined);
    emu.reset();
  });

  after(async () => {
    assert.deepEqual(api.history.active(), []);
    await config().update('follow.intervalSeconds', undefined, vscode.ConfigurationTarget.Global);
    api.ui.current = saved;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('scales in a custom task-role group from a request file: the preview names POST …/shrink; one POST', async () => {
    const ui = new RecordingUi([true]);
    api.ui.current = ui;
    const editor = await openFile('custom-lake', 'shrink', '{ "node_group_name": "node_group_compute", "count": 1 }');
    await vscode.commands.executeCommand('mrs.requestFile.preview', editor.document.uri);
    const preview = await waitFor(
      () =>
        vscode.workspace.textDocuments.find(
          (d) => d.uri.scheme === 'mrs-request-preview' && d.getText().includes(id('custom-lake')),
        ),
      'the preview document',
    );
    assert.ok(
      preview
        .getText()
        .includes(`POST ${emu.url}/v2/${emu.credentials.projectId}/clusters/${id('custom-lake')}/shrink`),
      preview.getText(),
    );
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('mrs.requestFile.send', editor.document.uri);
    const asked = ui.last('confirm');
    assert.match(asked?.message ?? '', /Scale in task nodes of custom-lake: 2 → 1/, JSON.stringify(ui.shown));
    assert.match(asked?.detail ?? '', /POST \/v2\/\{project_id\}\/clusters\/\{cluster_id\}\/shrink/);
    assert.deepEqual([count('shrink'), count('expand'), count('resize')], [1, 0, 0]);
    await waitFor(
      async () => ((await groupCount('custom-lake', 'node_group_compute')) === 1 ? true : undefined),
      '1 node',
    );
    assert.equal(await settled('custom-lake'), 'succeeded');
    assert.equal(count('shrink'), 1, 'never resent while followed');
  });

  it('refuses a master shrink before sending, with the rule on the request file', async () => {
    const ui = new RecordingUi([true]);
    api.ui.current = ui;
    const editor = await openFile(
      'custom-lake',
      'shrink',
      '{ "node_group_name": "master_node_default_group", "count": 1 }',
    );
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'group.masterScaleIn'),
      'the master shrink diagnostic',
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    await Promise.resolve(vscode.commands.executeCommand('mrs.requestFile.send', editor.document.uri)).catch(
      () => undefined,
    );
    assert.equal(ui.last('confirm'), undefined, 'nothing to confirm');
    assert.deepEqual([count('shrink'), count('expand'), count('resize')], [0, 0, 0]);
  });

  it('a master scale-out asks with its warning; declined sends nothing, accepted sends one POST …/expand', async () => {
    const ui = new RecordingUi([false]);
    api.ui.current = ui;
    const body = '{ "node_group_name": "master_node_default_group", "count": 1, "skip_bootstrap_scripts": false }';
    const editor = await openFile('custom-lake', 'expand', body);
    const warning = await waitFor(
      () => vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === 'group.masterScaleOut'),
      'the master scale-out warning',
    );
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    await vscode.commands.executeCommand('mrs.requestFile.send', editor.document.uri);
    const asked = ui.last('confirm');
    assert.ok(asked, `asked modally: ${JSON.stringify(ui.shown)}`);
    assert.match(`${asked.message}\n${asked.detail ?? ''}`, /[Mm]aster/);
    assert.match(asked.detail ?? '', /MRS never removes master nodes/);
    assert.equal(count('expand'), 0, 'declined: nothing sent');
    ui.answerNext(true);
    await vscode.commands.executeCommand('mrs.requestFile.send', editor.document.uri);
    assert.deepEqual([count('expand'), count('resize')], [1, 0]);
    await waitFor(
      async () => ((await groupCount('custom-lake', 'master_node_default_group')) === 4 ? true : undefined),
      '4 masters',
    );
    assert.equal(await settled('custom-lake'), 'succeeded');
  });
});
