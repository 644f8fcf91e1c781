// The chat agent's tools in the real host, called as a chat calls them: vscode.lm.invokeTool with the
// inputs of test/support/agentInputs.ts (which test/unit/agentInputs.test.ts holds against each
// tool's inputSchema). No chat model is needed. Outside a chat request VS Code asks a tool's
// confirmationMessages in a dialog, which its DialogService answers "yes" in an extension test host
// (skipDialogs): what VS Code would show is read through the test API's prepare(); the product's own
// modal goes through the `ui` slot, scripted here, declined unless a test says otherwise (Escape).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import { isActive } from '../../src/core/journal';
import { shortHostName } from '../../src/core/model/hosts';
import type { TestApi } from '../../src/extension';
import { AGENT_CALLS, applyPlan, planTaskScaleIn } from '../support/agentInputs';
import { RecordingUi } from '../support/RecordingUi';
import { config, digestOf, invoke, rows, useEmulatorConnection, waitFor } from './support';

describe('agent tools: the chat agent plans and applies through the one lifecycle', function () {
  this.timeout(90_000);
  const suite = useEmulatorConnection(2);
  let api: TestApi;
  let emu: Emulator;
  let ui: RecordingUi;
  let savedUi: TestApi['ui']['current'];

  const puts = () => emu.requests().routes.resize.count;
  const agentOperations = (cluster: string) =>
    api.history.list().filter((r) => r.wayIn === 'agent' && r.clusterName === cluster);

  before(async () => {
    ({ api, emu } = suite);
    savedUi = api.ui.current;
    // The answers list what the Clusters view lists: no filter left by another suite.
    await api.filter.set({});
    await config().update('follow.intervalSeconds', 1, vscode.ConfigurationTarget.Global);
  });

  beforeEach(() => {
    ui = new RecordingUi();
    api.ui.current = ui;
    emu.resetRequests();
  });

  after(async () => {
    api.ui.current = savedUi;
    await config().update('follow.intervalSeconds', undefined, vscode.ConfigurationTarget.Global);
  });

  it('registers the five tools with the input schemas of package.json', async () => {
    const manifest = vscode.extensions.getExtension('mrs-explorer.mrs-explorer')?.packageJSON as {
      contributes: { languageModelTools: { name: string; inputSchema: object }[] };
    };
    for (const declared of manifest.contributes.languageModelTools) {
      const tool = await waitFor(
        () => vscode.lm.tools.find((t) => t.name === declared.name),
        `${declared.name} in vscode.lm.tools`,
      );
      assert.deepEqual(tool.inputSchema, declared.inputSchema);
    }
  });

  it('lists the clusters of the Clusters view, in its order, without a request of its own', async () => {
    // One connection: the view lists its clusters at the top; several: under each connection's row.
    const top = await rows(api);
    const level = top.some((r) => r.element.kind === 'cluster') ? top : await rows(api, top[0]?.element);
    const clusters = level.filter((r) => r.element.kind === 'cluster');
    emu.resetRequests();
    const answer = await invoke(AGENT_CALLS.listFirstPage);
    assert.match(answer, /^Connection emu \(region [a-z0-9-]+\): clusters 1–10 of \d+\./);
    const listed = [...answer.matchAll(/^- (.+) \(ID [0-9a-f-]+\): .+; Master \d+, Core \d+, Task \d+$/gm)].map(
      (m) => m[1],
    );
    assert.deepEqual(
      listed,
      clusters.slice(0, 10).map((r) => r.label),
    );
    assert.match(answer, /^ {2}Node groups: .+ \(Core, \d+ nodes, flavor [^)]+\)/m);
    assert.equal(emu.requests().routes.listClusters.count, 0, 'the view had the page');
  });

  it('plans a core scale-out as text with the exact call and its digest, and sends nothing', async () => {
    const answer = await invoke(AGENT_CALLS.planCoreScaleOut);
    assert.ok(answer.includes('Change: etl-nightly: core 3 → 5 (scale out 2)'), answer);
    assert.ok(answer.includes('Call: PUT /v1.1/{project_id}/cluster_infos/{cluster_id}'), answer);
    assert.ok(answer.includes(`/v1.1/${emu.credentials.projectId}/cluster_infos/`), answer);
    assert.ok(answer.includes('"instances": 2'), answer);
    digestOf(answer);
    assert.equal(puts(), 0);
  });

  it('plans a refused core scale-in: the rule says why, no digest, nothing sent', async () => {
    const answer = await invoke(AGENT_CALLS.planRefusedScaleIn);
    assert.match(answer, /^The resize of etl-nightly cannot be sent; nothing was sent\. The plan is refused:/);
    assert.ok(!answer.includes('sha256:'), answer);
    assert.equal(puts(), 0);
  });

  it('applies a plan by its digest: one PUT at the emulator, the operation in the Operations view', async () => {
    const digest = digestOf(await invoke(AGENT_CALLS.planCoreScaleOut));
    ui.answerNext(true);
    const answer = await invoke(applyPlan(digest));
    assert.match(answer, /^MRS accepted the resize of etl-nightly: 3 → 5 core nodes\./, answer);
    assert.equal(puts(), 1);
    const [op] = agentOperations('etl-nightly');
    assert.ok(op, 'an operation started by the agent');
    const shown = api.operationsTree.getChildren().map((e) => api.operationsTree.getTreeItem(e).label);
    assert.ok(shown.includes('etl-nightly · core 3 → 5'), JSON.stringify(shown));
    const done = await waitFor(
      () => !isActive(api.history.get(op.id) ?? op) && api.history.get(op.id),
      'the end',
      30_000,
    );
    assert.equal(done.state, 'succeeded', done.message);
    assert.match(await invoke(applyPlan(digest)), /was already applied; nothing was sent again/);
    assert.equal(puts(), 1, 'never twice');
  });

  it('refuses a plan whose cluster changed after it was made: no PUT', async () => {
    const digest = digestOf(await invoke(AGENT_CALLS.planReportingScaleOut));
    emu.setClusterState('reporting-warehouse', { clusterState: 'frozen' });
    try {
      const answer = await invoke(applyPlan(digest));
      assert.match(answer, /^The plan no longer holds; nothing was sent\./, answer);
      assert.equal(puts(), 0);
      assert.deepEqual(agentOperations('reporting-warehouse'), []);
    } finally {
      emu.setClusterState('reporting-warehouse', { clusterState: 'running' });
    }
  });

  it("names the hosts of a scale-in in the confirmation and in the product's modal; Escape sends nothing", async () => {
    const id = emu.clusterIdByName('analytics-prod') ?? '';
    const task = (await api.model.hosts('emu', id)).filter((h) => h.nodeGroupName === 'task_node_analysis_group');
    const chosen = task.slice(0, 2).map((h) => shortHostName(h.name, id));
    const digest = digestOf(await invoke(planTaskScaleIn(chosen)));
    const prepared = await api.agentTools.prepare('mrs_applyResize', { digest });
    const plain = (prepared.confirmation?.message ?? '').replace(/\\(.)/g, '$1');
    assert.match(prepared.confirmation?.title ?? '', /^Scale in task nodes of analytics-prod: 4 → 2\?$/);
    for (const name of chosen) {
      assert.ok(plain.includes(name), `${name} in VS Code's confirmation: ${plain}`);
    }
    const answer = await invoke(applyPlan(digest));
    assert.equal(answer, 'The user declined the confirmation; nothing was sent.');
    const modal = ui.last('confirm');
    assert.match(modal?.message ?? '', /Scale in task nodes of analytics-prod: 4 → 2\?/);
    for (const name of chosen) {
      assert.ok(modal?.detail?.includes(name), `${name} in the modal: ${modal?.detail ?? ''}`);
    }
    assert.equal(puts(), 0);
  });

  it('explains an error code from the catalog', async () => {
    const answer = await invoke(AGENT_CALLS.explainNotRunning);
    assert.match(answer, /^Code: 12000017\nExplanation: The cluster is not running/);
  });
});
