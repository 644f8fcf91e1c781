// Request files in the real host: `MRS: New Resize Request File` opens a *.mrs-resize.json, VS Code's
// JSON support completes the schema's keys, the extension completes live cluster and host ids from the
// emulator, puts each rule's diagnostic on its node, and Send resizes with exactly one PUT.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import type { TestApi } from '../../src/extension';
import { RecordingUi } from '../support/RecordingUi';
import { config, newRequestFile, useEmulatorConnection, waitFor } from './support';

const DOC_TASK_HOSTS = ['c9573435-7814-4b2c-9131-ad78b814414c', 'a4951009-6a0f-4e7b-9c81-9d4bd1f8c537'];

describe('request files in the real host', function () {
  this.timeout(90_000);
  const suite = useEmulatorConnection(0.5);
  let api: TestApi;
  let emu: Emulator;
  let saved: TestApi['ui']['current'];

  const id = (name: string) => emu.clusterIdByName(name) ?? '';
  const puts = () => emu.requests().routes.resize.count;

  const newFile = (name: string): Promise<vscode.TextEditor> => newRequestFile(emu, name);

  async function setText(editor: vscode.TextEditor, text: string): Promise<void> {
    const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
    await editor.edit((b) => b.replace(all, text));
  }

  function file(cluster: string, parameters: string): string {
    return `{\n  "target": { "connection": "emu", "cluster_id": "${id(cluster)}" },\n  "request": {\n    "parameters": {\n${parameters}\n    }\n  }\n}\n`;
  }

  async function completionItems(editor: vscode.TextEditor, marker: string): Promise<vscode.CompletionItem[]> {
    const text = editor.document.getText();
    const offset = text.indexOf(marker);
    assert.ok(offset >= 0, marker);
    const position = editor.document.positionAt(offset + marker.length);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      position,
    );
    return list.items;
  }

  async function completionLabels(editor: vscode.TextEditor, marker: string): Promise<string[]> {
    return (await completionItems(editor, marker)).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
  }

  before(async () => {
    ({ api, emu } = suite);
    saved = api.ui.current;
    await config().update('follow.intervalSeconds', 1, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    // The suites after this one start from a window that follows nothing (Send waits for its resize's end).
    assert.deepEqual(api.history.active(), []);
    await config().update('follow.intervalSeconds', undefined, vscode.ConfigurationTarget.Global);
    api.ui.current = saved;
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('New Resize Request File opens an untitled *.mrs-resize.json for the cluster, as JSONC', async () => {
    const editor = await newFile('etl-nightly');
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'mrs-resize');
    const value = JSON.parse(editor.document.getText().replace(/^\/\/.*\n/, '')) as {
      target: { connection: string; cluster_id: string };
      request: { parameters: Record<string, unknown> };
    };
    assert.deepEqual(value.target, { connection: 'emu', cluster_id: id('etl-nightly') });
    assert.equal(value.request.parameters.node_group, 'core_node_analysis_group');
  });

  it('completes the schema keys (VS Code JSON) and live cluster ids (the extension)', async () => {
    const editor = await newFile('etl-nightly');
    await setText(editor, file('etl-nightly', '      "scale_type": "scale_out",\n      '));
    const keys = await waitFor(async () => {
      const labels = await completionLabels(editor, '"scale_type": "scale_out",\n      ');
      return labels.includes('instances') ? labels : undefined;
    }, 'schema completion of the parameters keys');
    assert.ok(keys.includes('skip_bootstrap_scripts') && keys.includes('task_node_info'), keys.join(', '));
    assert.ok(!keys.includes('scale_type'), 'a key already there is not offered again');
    const ids = await completionLabels(editor, '"cluster_id": "');
    assert.ok(ids.includes(id('analytics-prod')) && ids.includes(id('etl-nightly')), ids.join(', '));
  });

  it('completes the task hosts of the group for server_ids', async () => {
    const editor = await newFile('adhoc-queries');
    await setText(
      editor,
      file(
        'adhoc-queries',
        '      "scale_type": "scale_in",\n      "node_group": "task_node_analysis_group",\n      "server_ids": [""]',
      ),
    );
    const items = await completionItems(editor, '"server_ids": ["');
    for (const host of DOC_TASK_HOSTS) {
      // The short host name and IP lead; the id follows, and is what gets inserted.
      const item = items.find((i) => i.insertText === JSON.stringify(host));
      assert.ok(item, `${host} in ${items.map((i) => JSON.stringify(i.insertText)).join(', ')}`);
      const label = item.label as vscode.CompletionItemLabel;
      assert.notEqual(label.label, host);
      assert.equal(label.description, host);
    }
  });

  it('shows each rule at its node: below the core minimum, duplicate host, unknown cluster', async () => {
    const editor = await newFile('etl-nightly');
    const cases: [string, string, string][] = [
      [
        file('etl-nightly', '      "scale_type": "scale_in",\n      "node_id": "node_orderadd",\n      "instances": 1'),
        'instances.belowCoreMinimum',
        '1',
      ],
      [
        file(
          'adhoc-queries',
          `      "scale_type": "scale_in",\n      "node_id": "node_orderadd",\n      "node_group": "task_node_analysis_group",\n      "instances": 2,\n      "server_ids": ["${DOC_TASK_HOSTS[0]}", "${DOC_TASK_HOSTS[0]}"]`,
        ),
        'serverIds.duplicate',
        `"${DOC_TASK_HOSTS[0]}"`,
      ],
      [
        file(
          'etl-nightly',
          '      "scale_type": "scale_out",\n      "node_id": "node_orderadd",\n      "instances": 1',
        ).replace(id('etl-nightly'), 'no-such-cluster'),
        'target.unknownCluster',
        '"no-such-cluster"',
      ],
    ];
    for (const [text, code, spans] of cases) {
      await setText(editor, text);
      const found = await waitFor(
        () => vscode.languages.getDiagnostics(editor.document.uri).find((d) => d.code === code),
        `diagnostic ${code}`,
      );
      assert.equal(editor.document.getText(found.range), spans, code);
    }
  });

  it('Preview shows the method, URL, headers without secrets, body and change', async () => {
    const editor = await newFile('etl-nightly');
    await setText(
      editor,
      file(
        'etl-nightly',
        '      "scale_type": "scale_out",\n      "node_id": "node_orderadd",\n      "instances": "2"',
      ),
    );
    await vscode.commands.executeCommand('mrs.requestFile.preview', editor.document.uri);
    const preview = await waitFor(
      () =>
        vscode.workspace.textDocuments.find(
          (d) => d.uri.scheme === 'mrs-request-preview' && d.getText().includes(id('etl-nightly')),
        ),
      'the preview document',
    );
    const text = preview.getText();
    assert.match(text, /^# 3 → 5 core nodes$/m);
    assert.ok(
      text.includes(`PUT ${emu.url}/v1.1/${emu.credentials.projectId}/cluster_infos/${id('etl-nightly')}`),
      text,
    );
    assert.match(text, /"instances": 2/, 'the exact body: instances as an integer');
    assert.match(text, /^X-Project-Id: \S+$/m, 'a header without a secret, with its value');
    assert.match(text, /^Authorization: … \(secret: added when it is sent, never shown\)$/m, 'named, never filled');
    assert.ok(!text.includes(emu.credentials.sk) && !/Signature=/.test(text), 'no secret');
  });

  it('Open in Form opens the form prefilled with the file’s draft; the form hands it back as a request file', async () => {
    const editor = await newFile('adhoc-queries');
    await setText(
      editor,
      file(
        'adhoc-queries',
        `      "scale_type": "scale_in",\n      "node_id": "node_orderadd",\n      "node_group": "task_node_analysis_group",\n      "instances": 1,\n      "server_ids": ["${DOC_TASK_HOSTS[1]}"]`,
      ),
    );
    await vscode.commands.executeCommand('mrs.requestFile.openInForm', editor.document.uri);
    const panel = await waitFor(() => api.resizePanels.get(id('adhoc-queries')), 'the form');
    const init = await waitFor(
      () => panel.posted.find((m): m is Extract<typeof m, { type: 'init' }> => m.type === 'init'),
      'the init message',
    );
    assert.equal(init.prefilled, true);
    assert.deepEqual(
      [init.draft.scaleType, init.draft.group, init.draft.instances, init.draft.chooseHosts, init.draft.serverIds],
      ['scale_in', 'task_node_analysis_group', '1', true, [DOC_TASK_HOSTS[1]]],
    );
    await panel.receive({ type: 'openAsRequestFile', draft: init.draft });
    const handed = await waitFor(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document !== editor.document && e.document.uri.path.endsWith('.mrs-resize.json') ? e : undefined;
    }, 'the request file from the form');
    const value = JSON.parse(handed.document.getText().replace(/^\/\/.*\n/, '')) as {
      target: { connection: string; cluster_id: string };
      request: unknown;
    };
    assert.deepEqual(value.target, { connection: 'emu', cluster_id: id('adhoc-queries') });
    assert.deepEqual(value.request, {
      parameters: {
        scale_type: 'scale_in',
        node_id: 'node_orderadd',
        node_group: 'task_node_analysis_group',
        instances: 1,
        server_ids: [DOC_TASK_HOSTS[1]],
      },
    });
    panel.dispose();
  });

  it('Send resizes the cluster from the unsaved text with exactly one PUT', async () => {
    api.ui.current = new RecordingUi();
    const editor = await newFile('etl-nightly');
    await setText(
      editor,
      file(
        'etl-nightly',
        '      "scale_type": "scale_out",\n      "node_id": "node_orderadd",\n      "node_group": "core_node_analysis_group",\n      "instances": 1',
      ),
    );
    const before = puts();
    await vscode.commands.executeCommand('mrs.requestFile.send', editor.document.uri);
    assert.equal(puts(), before + 1);
    const cluster = await waitFor(async () => {
      const c = await (await api.clients.get('emu')).getCluster(id('etl-nightly'));
      return c.nodeGroups.find((g) => g.role === 'core')?.nodeCount === 4 ? c : undefined;
    }, 'etl-nightly at 4 core nodes');
    assert.ok(cluster);
    // Followed to its end while the emulator still answers (the suite's hooks close it first).
    await waitFor(() => api.history.active().length === 0, 'the resize of Send followed to its end', 30_000).catch(
      (e: Error) => {
        throw new Error(`${e.message}; still active: ${JSON.stringify(api.history.active())}`);
      },
    );
    assert.equal(puts(), before + 1);
    assert.equal(editor.document.isDirty, true, 'the file was not saved or changed');
  });

  it('hovers the schema texts in the display language', async () => {
    const editor = await newFile('etl-nightly');
    await setText(editor, file('etl-nightly', '      "scale_type": "scale_out"'));
    const position = editor.document.positionAt(editor.document.getText().indexOf('"scale_type"') + 3);
    const text = await waitFor(async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        editor.document.uri,
        position,
      );
      const all = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return all.length > 0 ? all : undefined;
    }, 'a hover on scale_type');
    const zh = vscode.env.language.toLowerCase() === 'zh-cn';
    assert.match(text, zh ? /扩容或缩容/ : /Scale out or scale in\\?\./);
  });
});
