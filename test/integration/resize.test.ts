import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import { createMrsClient } from '../../src/core/api/createMrsClient';
import type { TestApi } from '../../src/extension';
import { FileJournal, OperationHistory, isActive } from '../../src/core/journal';
import { buildLifecycle } from '../../src/vscode/operations/createOperations';
import { RecordingUi } from '../support/RecordingUi';
import { ScriptedPrompter, type Answer } from '../support/ScriptedPrompter';
import { addOneCoreNode, paletteScript } from '../support/paletteScript';
import { shortHostName } from '../../src/core/model/hosts';
import { config, rows, useEmulatorConnection, waitFor } from './support';

/**
 * The request lines of the summary, the last prompt of a flow: first the call as the API doc names it
 * ('PUT /v1.1/{project_id}/cluster_infos/{cluster_id}'), then one line per field ('instances 2').
 */
function bodyLines(script: ScriptedPrompter): string[] {
  const summary = script.asked[script.asked.length - 1];
  const start = summary.labels.indexOf('Request body') + 1;
  const end = summary.labels.indexOf('Notes', start);
  return summary.labels
    .slice(start, end < 0 ? undefined : end)
    .map((label, i) => `${label} ${summary.descriptions[start + i] ?? ''}`.trim());
}

describe('resize: palette flow, one PUT, followed to the end', function () {
  this.timeout(90_000);
  const suite = useEmulatorConnection(2);
  let api: TestApi;
  let emu: Emulator;
  let ui: RecordingUi;
  let saved: { prompter: TestApi['prompter']['current']; ui: TestApi['ui']['current'] };

  const puts = () => emu.requests().routes.resize.count;
  const run = async (answers: Answer[], command = 'mrs.nodeGroup.resize', arg?: unknown) => {
    const script = new ScriptedPrompter(answers);
    api.prompter.current = script;
    await vscode.commands.executeCommand(command, arg);
    assert.equal(script.remaining, 0, `the whole script was used; shown: ${JSON.stringify(ui.shown)}`);
    return script;
  };
  const lastOperation = () => api.history.list()[0];
  const settled = () =>
    waitFor(() => lastOperation() && !isActive(lastOperation()) && lastOperation(), 'the operation ends', 30_000);
  const client = () =>
    createMrsClient({
      region: emu.credentials.region,
      projectId: emu.credentials.projectId,
      mrsEndpoint: emu.url,
      iamEndpoint: emu.url,
      credential: { kind: 'aksk', accessKey: emu.credentials.ak, secretKey: emu.credentials.sk },
    });

  before(async () => {
    ({ api, emu } = suite);
    saved = { prompter: api.prompter.current, ui: api.ui.current };
    await config().update('follow.intervalSeconds', 1, vscode.ConfigurationTarget.Global);
  });

  beforeEach(() => {
    ui = new RecordingUi();
    api.ui.current = ui;
    emu.resetRequests();
    emu.clearFaults();
  });

  after(async () => {
    api.prompter.current = saved.prompter;
    api.ui.current = saved.ui;
    await config().update('follow.intervalSeconds', undefined, vscode.ConfigurationTarget.Global);
  });

  it('lists the resizable clusters first, focused, and says briefly why the others cannot be resized', async () => {
    const script = await run(['cancel']);
    const pick = script.asked[0];
    const disabled = pick.unselectable.length;
    assert.ok(disabled > 0);
    assert.deepEqual(pick.labels.slice(-disabled), pick.unselectable, 'the disabled ones below');
    assert.equal(pick.activeLabel, pick.labels[0]);
    const about = (name: string) => pick.descriptions[pick.labels.indexOf(name)];
    assert.equal(about('poc-failed'), 'failed');
    assert.equal(about('ml-features'), 'scaling out');
    assert.equal(about('etl-nightly'), '3 core · no task group');
    assert.equal(about('reporting-warehouse'), '4 core · 0 task');
    assert.equal(puts(), 0);
  });

  it('scales out core nodes: 3 → 5, one PUT, success when back to running with 5', async () => {
    const script = await run(
      paletteScript('etl-nightly', 'Core', 'Scale out', [
        { rejected: '0' },
        { rejected: '498' },
        { input: '2' },
        { pickMany: [] },
      ]),
    );
    const count = script.asked.find((a) => a.kind === 'input');
    // The quota the emulator's project has left (earlier tests of the suite may have taken some).
    const quota = 'Quota: at most \\d+ more nodes fit \\([^:]+: \\d+ free\\)';
    assert.match(count?.text ?? '', new RegExp(`^Nodes to add \\(1–497\\) · ${quota}$`));
    assert.equal(count?.hints?.length, 1);
    assert.match(count?.hints?.[0] ?? '', new RegExp(`^3 → 5 core nodes \\(allowed: 1–497\\) · ${quota}$`));
    assert.deepEqual(bodyLines(script).slice(0, 5), [
      'PUT /v1.1/{project_id}/cluster_infos/{cluster_id}',
      'scale_type "scale_out"',
      'node_id "node_orderadd"',
      'node_group "core_node_analysis_group"',
      'instances 2',
    ]);
    const op = await settled();
    assert.equal(op.state, 'succeeded', op.message);
    assert.equal(puts(), 1);
    assert.match(
      (await waitFor(() => ui.last('info'), 'the success message')).message,
      /^Resize of etl-nightly succeeded/,
    );
    assert.equal((await client().getCluster(op.clusterId)).coreCount, 5);
  });

  it('scales in chosen task hosts after a modal confirmation naming them', async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const task = (await client().listHosts(id))
      .filter((h) => h.nodeGroupName === 'task_node_analysis_group')
      .slice(0, 2);
    ui.answerNext(true);
    await run(
      paletteScript('analytics-prod', 'Task', 'Scale in', [
        { input: '2' },
        { pickMany: task.map((h) => shortHostName(h.name, id)) },
      ]),
    );
    const confirm = ui.last('confirm');
    assert.match(confirm?.message ?? '', /Scale in task nodes of analytics-prod: 4 → 2\?/);
    for (const h of task) {
      const named = `${shortHostName(h.name, id)} (${h.ip ?? ''})`;
      assert.ok(confirm?.detail?.includes(named), `${named} named in the confirmation: ${confirm?.detail ?? ''}`);
    }
    const op = await settled();
    assert.equal(op.state, 'succeeded', op.message);
    assert.equal(puts(), 1);
    const left = (await client().listHosts(id)).map((h) => h.id);
    for (const h of task) {
      assert.ok(!left.includes(h.id), `${h.name} was removed`);
    }
  });

  it('scales out task nodes from zero with task node info', async () => {
    const script = await run(
      paletteScript('etl-nightly', 'Task', 'Scale out', [
        { input: '2' },
        { pick: 'c6' },
        { pick: 'SSD' },
        { rejected: '11' },
        { input: '2' },
        { rejected: '99' },
        { input: '200' },
        { pickMany: [] },
      ]),
    );
    const info = bodyLines(script).filter((l) => l.startsWith('task_node_info.'));
    assert.match(info[0], /^task_node_info\.node_size "c6[^"]*"$/);
    assert.deepEqual(info.slice(1), [
      'task_node_info.data_volume_type "SSD"',
      'task_node_info.data_volume_count 2',
      'task_node_info.data_volume_size 200',
    ]);
    const op = await settled();
    assert.equal(op.state, 'succeeded', op.message);
    assert.equal(puts(), 1);
    assert.equal((await client().getCluster(op.clusterId)).taskCount, 2);
  });

  it('sends nothing when the flow is cancelled or the scale-in is not confirmed', async () => {
    const before = api.history.list().length;
    await run(paletteScript('stream-events', 'Core', 'Scale out', [{ input: '1' }, { pickMany: [] }], 'cancel'));
    ui.answerNext(false);
    await run(paletteScript('analytics-prod', 'Core', 'Scale in', [{ input: '1' }]));
    assert.equal(ui.last('confirm')?.message, 'Scale in core nodes of analytics-prod: 5 → 4?');
    assert.equal(puts(), 0);
    assert.equal(api.history.list().length, before);
    assert.equal(ui.shown.filter((s) => s.kind === 'error').length, 0, 'cancelling is silent');
  });

  it('adds master nodes of a custom cluster only after a modal confirmation with the master warning', async () => {
    ui.answerNext(false);
    const script = await run(
      paletteScript('custom-lake', 'Master · master_node_default_group', 'Scale out', [
        { input: '1' },
        { pickMany: [] },
      ]),
    );
    assert.equal(bodyLines(script)[0], 'POST /v2/{project_id}/clusters/{cluster_id}/expand');
    const confirm = ui.last('confirm');
    assert.equal(confirm?.message, 'Scale out master nodes of custom-lake: 3 → 4?');
    assert.match(confirm?.detail ?? '', /Master nodes are added for good: MRS never removes master nodes\./);
    assert.deepEqual(confirm?.actions, ['Scale Out']);
    const routes = emu.requests().routes;
    assert.equal(routes.expand.count, 0, 'declined: no expand sent');
    assert.equal(puts(), 0);
  });

  for (const [code, text] of [
    ['12000017', /not running|Running/i],
    ['12000018', /already|in progress/i],
  ] as const) {
    it(`shows MRS's ${code} with its explanation, and records the refusal`, async () => {
      emu.addFault({ kind: 'status', route: 'resize', status: 400, errorCode: code, errorMsg: 'refused by the test' });
      await run(addOneCoreNode('stream-events'));
      const error = ui.last('error');
      assert.match(error?.message ?? '', new RegExp(`^MRS refused the resize \\(${code}\\): `), 'no doubled prefix');
      assert.match(error?.message ?? '', /MRS says: “refused by the test”/);
      assert.match(error?.message ?? '', text);
      assert.deepEqual(error?.actions, ['Show Log']);
      assert.equal(puts(), 1);
      assert.equal(lastOperation()?.state, 'refused');
      assert.equal(lastOperation()?.errorCode, code);
      assert.equal(lastOperation()?.errorInfo, 'refused by the test');
      assert.match(lastOperation()?.message ?? '', /MRS says: “refused by the test”/);
    });
  }

  it('refuses in pre-flight when the cluster changed since the tree was read, sending nothing', async () => {
    const element = (await rows(api, (await rows(api)).find((r) => r.label === 'stream-events')?.element)).find(
      (r) => r.label === 'Core',
    )?.element;
    emu.setClusterState('stream-events', { clusterState: 'scaling-out', scale: 'scaling-out' });
    try {
      await run([{ input: '1' }, { pickMany: [] }, { pick: 'Scale Out' }], 'mrs.nodeGroup.scaleOut', element);
      assert.match(
        ui.last('error')?.message ?? '',
        /^The resize cannot be sent: /,
        `the verdict, without "Scale Out failed:" before it; shown: ${JSON.stringify(ui.shown)}`,
      );
      assert.equal(puts(), 0);
    } finally {
      // Whatever happened, the next tests find the cluster running again.
      emu.setClusterState('stream-events', { clusterState: 'running', scale: '' });
    }
  });

  it('refuses a second resize of a cluster that is still being followed', async () => {
    await run(addOneCoreNode('analytics-prod'));
    assert.match(api.operationsStatusBar.text ?? '', /MRS: 1 resize running/);
    const element = {
      kind: 'nodeGroup',
      id: 'x',
      connection: 'emu',
      clusterId: emu.clusterIdByName('analytics-prod'),
      group: 'core_node_analysis_group',
      role: 'core',
    };
    await run([], 'mrs.nodeGroup.scaleOut', element);
    assert.match(ui.last('error')?.message ?? '', /already being sent or followed/, 'refused before any question');
    await settled();
    assert.equal(puts(), 1);
  });

  it('opens the details of an operation titled with its cluster and change', async () => {
    const op = lastOperation();
    await vscode.commands.executeCommand('mrs.operation.showDetails', op.id);
    const doc = await waitFor(
      () =>
        vscode.window.activeTextEditor?.document.uri.scheme === 'mrs-operation' &&
        vscode.window.activeTextEditor.document,
      'the details document',
    );
    assert.equal(doc.uri.path, `/${op.clusterName} · ${op.role} ${op.from} → ${op.to}`);
    assert.equal(doc.languageId, 'markdown');
    assert.match(doc.getText(), new RegExp(`^- State: ${op.state}$`, 'm'));
    assert.ok(!doc.getText().includes(op.id), 'no record id in the reader view');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('says "unknown" everywhere after a lost answer, in a warning with buttons that say what they do, and never resends', async () => {
    emu.addFault({ kind: 'reset', route: 'resize', phase: 'before' });
    await run(addOneCoreNode('stream-events'));
    const op = lastOperation();
    assert.equal(op.state, 'unknown');
    const warning = await waitFor(
      () => ui.shown.find((s) => s.kind === 'warning' && /stream-events was lost/.test(s.message)),
      'the warning',
    );
    assert.match(warning.message, /^Outcome unknown: /);
    assert.deepEqual(warning.actions, ['Show Operation', 'Show Log']);
    assert.equal(ui.last('alert'), undefined, 'no modal: its "Cancel" would read as cancelling the resize');
    assert.match(api.operationsStatusBar.text ?? '', /MRS: 1 resize with an unknown outcome/);
    assert.doesNotMatch(api.operationsStatusBar.text ?? '', /running/);
    assert.equal(puts(), 1);
    await vscode.commands.executeCommand('mrs.operation.stopFollowing', op.id);
    assert.equal((await settled()).state, 'stopped');
    assert.equal(puts(), 1, 'never resent');
  });

  it('stops after the cluster pick when a host is not running (12000068), naming it', async () => {
    const id = emu.clusterIdByName('hdfs-degraded') ?? '';
    const down = (await client().listHosts(id)).find((h) => h.status === 'SHUTOFF');
    assert.ok(down);
    const script = await run([{ pick: 'hdfs-degraded' }]);
    assert.equal(script.asked.length, 1, 'no question after the cluster');
    assert.equal(
      ui.last('error')?.message,
      `MRS refuses to resize a cluster with nodes that are not running (12000068): ${shortHostName(down.name, id)} (${down.ip ?? ''}, SHUTOFF).`,
    );
    assert.equal(puts(), 0);
  });

  const coreOf = async (cluster: string) =>
    (await rows(api, (await rows(api)).find((r) => r.label === cluster)?.element)).find((r) => r.label === 'Core')
      ?.element;

  it('"Scale In…" on a core group with 3 core nodes stops before asking anything', async () => {
    const script = await run([], 'mrs.nodeGroup.scaleIn', await coreOf('stream-events'));
    assert.equal(script.asked.length, 0);
    assert.equal(
      ui.last('error')?.message,
      'No core nodes can be removed: at least 3 must remain, and the cluster has 3.',
    );
    assert.equal(puts(), 0);
  });

  it('"Scale Out…" on a group is titled Scale Out and counts its steps from the start', async () => {
    const script = await run(
      [{ input: '1' }, { pickMany: [] }, 'cancel'],
      'mrs.nodeGroup.scaleOut',
      await coreOf('stream-events'),
    );
    assert.deepEqual(
      script.asked.map((a) => `${a.title} ${a.step}/${a.totalSteps ?? '?'}`),
      ['Scale Out 1/3', 'Scale Out 2/3', 'Scale Out 3/3'],
    );
    assert.equal(puts(), 0);
  });

  it('scales out task nodes of an empty task group with task_node_info prefilled from that group', async () => {
    const script = await run(
      paletteScript('reporting-warehouse', 'Task', 'Scale out', [
        { input: '1' },
        { pick: 'c6.xlarge' },
        { pick: 'SSD' },
        { input: '1' },
        { input: '200' },
        { pickMany: [] },
      ]),
    );
    const [flavor, type, count, size] = script.asked.slice(4, 8);
    assert.equal(flavor.activeLabel, 'c6.xlarge.4.linux.bigdata');
    assert.equal(type.activeLabel, 'SATA (Common I/O)');
    assert.deepEqual([count.value, size.value], ['1', '200']);
    assert.deepEqual(
      bodyLines(script).filter((l) => l.startsWith('task_node_info.')),
      [
        'task_node_info.node_size "c6.xlarge.4.linux.bigdata"',
        'task_node_info.data_volume_type "SSD"',
        'task_node_info.data_volume_count 1',
        'task_node_info.data_volume_size 200',
      ],
    );
    const op = await settled();
    assert.equal(op.state, 'succeeded', op.message);
    assert.equal(puts(), 1);
    const group = (await client().getCluster(op.clusterId)).nodeGroups.find((g) => g.role === 'task');
    assert.deepEqual([group?.nodeCount, group?.dataVolume.type], [1, 'SSD'], 'task_node_info was sent');
  });

  /** A second window over the same journal, as activation builds one. */
  const secondWindow = async (window: string) => {
    const history = new OperationHistory(new FileJournal(api.history.folder));
    await history.load();
    return { history, lifecycle: buildLifecycle(api, history, { window, pid: process.pid }) };
  };

  it('leaves an operation that another window follows alone', async () => {
    await run(addOneCoreNode('reporting-warehouse'));
    const id = lastOperation().id;
    await waitFor(() => api.history.get(id)?.follower, 'the first window says it follows');
    const second = await secondWindow('second');
    try {
      assert.equal(await second.lifecycle.resumeAll(), 0, 'no second poller');
      assert.match(
        (await second.lifecycle.busyReason(lastOperation().clusterId)) ?? '',
        /already being sent or followed/,
      );
      const op = await settled();
      assert.equal(op.state, 'succeeded', op.message);
      // By cluster: the previous test's final message may still arrive while this one runs.
      const succeeded = () =>
        ui.shown.filter((s) => s.kind === 'info' && /^Resize of reporting-warehouse succeeded/.test(s.message)).length;
      await waitFor(() => succeeded() > 0, 'the final message');
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(succeeded(), 1, JSON.stringify(ui.shown));
    } finally {
      second.lifecycle.dispose();
      second.history.dispose();
    }
  });

  // Keep this test last: it closes the extension's lifecycle as a window reload would.
  it('a reloaded window takes over a running operation at once, from the journal on disk', async () => {
    await run(addOneCoreNode('stream-events'));
    const id = lastOperation().id;
    api.lifecycle.dispose();
    const again = await secondWindow('reloaded');
    try {
      const record = again.history.get(id);
      assert.equal(record?.state, 'running', 'closing the window does not end the operation');
      assert.equal(record?.follower, undefined, 'the closing window gave it up');
      assert.equal(await again.lifecycle.resumeAll(), 1, 'taken over at once');
      const op = await waitFor(
        () => !isActive(again.history.get(id) ?? { state: 'running' }) && again.history.get(id),
        'the resumed operation ends',
        30_000,
      );
      assert.equal(op.state, 'succeeded', op.message);
      assert.equal(puts(), 1, 'resuming never resends');
    } finally {
      again.lifecycle.dispose();
      again.history.dispose();
    }
  });
});
