import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import { isActive } from '../../src/core/journal';
import type { TestApi } from '../../src/extension';
import type { FormDraft, HostToForm, SendState } from '../../src/shared/resizeForm';
import { buildLifecycle } from '../../src/vscode/operations/createOperations';
import type { ResizePanel } from '../../src/vscode/webviews/ResizePanel';
import { ResizePanels } from '../../src/vscode/webviews/ResizePanels';
import { RecordingUi } from '../support/RecordingUi';
import { wrongFormMessages } from '../support/wrongFormMessages';
import { config, formDepsOf, useEmulatorConnection, waitFor } from './support';

type Init = Extract<HostToForm, { type: 'init' }>;

describe('resize form: the panel in the real host, driven through its message protocol', function () {
  this.timeout(90_000);
  const suite = useEmulatorConnection(2);
  let api: TestApi;
  let emu: Emulator;
  let saved: TestApi['ui']['current'];
  // Sends go through a lifecycle of this suite: resize.test.ts ends the extension's own (a reload).
  let sending: ResizePanels;
  let lifecycle: ReturnType<typeof buildLifecycle>;

  const puts = () => emu.requests().routes.resize.count;
  const element = (name: string) => {
    const clusterId = emu.clusterIdByName(name) ?? '';
    return { kind: 'cluster', id: `cluster:emu/${clusterId}`, connection: 'emu', clusterId };
  };
  const open = async (name: string): Promise<ResizePanel> => {
    const el = element(name);
    await vscode.commands.executeCommand('mrs.resizeForm.open', el);
    return waitFor(() => api.resizePanels.get(el.clusterId), 'the panel');
  };
  const init = (p: ResizePanel) =>
    waitFor(() => p.posted.find((m): m is Init => m.type === 'init'), 'the init message (after the webview is ready)');
  const openToSend = async (name: string): Promise<ResizePanel> => sending.open('emu', element(name).clusterId);
  const lastState = (p: ResizePanel): SendState | undefined =>
    [...p.posted].reverse().find((m) => m.type === 'sendState')?.state;

  before(async () => {
    ({ api, emu } = suite);
    saved = api.ui.current;
    lifecycle = buildLifecycle(api, api.history);
    sending = new ResizePanels(formDepsOf(api, lifecycle));
    await config().update('follow.intervalSeconds', 1, vscode.ConfigurationTarget.Global);
  });

  after(async () => {
    api.ui.current = saved;
    sending.dispose();
    lifecycle.dispose();
    await config().update('follow.intervalSeconds', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens one panel per cluster, titled with its name, and renders the form', async () => {
    const panel = await open('etl-nightly');
    assert.equal(panel.title, 'Resize etl-nightly');
    const first = await init(panel);
    assert.equal(first.facts.name, 'etl-nightly');
    assert.ok(first.labels.send.length > 0);
    const rendered = await panel.firstRender;
    assert.ok(rendered.ms > 0 && rendered.webview.painted >= rendered.webview.init, 'the webview rendered the form');
    assert.equal(await open('etl-nightly'), panel, 'opening again reveals the same panel');
  });

  it('ignores malformed messages: posts nothing, sends nothing, throws nothing', async () => {
    const panel = await open('etl-nightly');
    const draft = (await init(panel)).draft;
    const before = panel.posted.length;
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown): void => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      const thrown: string[] = [];
      for (const [title, message] of [
        ['no draft fields', { type: 'send', draft: { instances: 2 } }],
        ['nonsense', { type: 'nonsense' }],
        ...wrongFormMessages(draft),
      ] as const) {
        await panel.receive(message).catch((e: unknown) => thrown.push(`${title}: ${String(e)}`));
      }
      await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(thrown, [], 'receive never throws');
      assert.deepEqual(panel.posted.slice(before), [], 'nothing posted');
      assert.equal(puts(), 0, 'nothing sent');
      assert.deepEqual(rejections, []);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });

  it('sends a core scale-out by 2 once and shows the outcome in place', async () => {
    api.ui.current = new RecordingUi();
    emu.resetRequests();
    const panel = await openToSend('etl-nightly');
    const draft: FormDraft = { ...(await init(panel)).draft, instances: '2' };
    const sending = panel.receive({ type: 'send', draft });
    await panel.receive({ type: 'send', draft });
    await sending;
    const notice = panel.posted.find((m) => m.type === 'notice');
    assert.match(notice?.type === 'notice' ? notice.message : '', /under way/);
    const done = await waitFor(
      () => lastState(panel)?.kind === 'succeeded' && lastState(panel),
      'success',
      30_000,
    ).catch((e: Error) => {
      const posted = panel.posted.filter((m) => m.type !== 'init');
      throw new Error(`${e.message}; posted ${JSON.stringify(posted)}; last ${JSON.stringify(api.history.list()[0])}`);
    });
    assert.equal(done.kind, 'succeeded');
    assert.ok(
      panel.posted.some((m) => m.type === 'sendState' && m.state.kind === 'accepted'),
      'accepted shown while the cluster changed',
    );
    assert.equal(puts(), 1, 'exactly one PUT');
    // The form's own resize ended: its limits follow the new count, and it does not call that a surprise.
    await waitFor(
      () => panel.posted.some((m) => m.type === 'clusterChanged' && m.facts.nodeGroups.some((g) => g.nodeCount === 5)),
      'the form re-read the cluster after its resize',
    );
    await new Promise((r) => setTimeout(r, 1500));
    const notes = panel.posted.filter((m) => m.type === 'clusterChanged' && m.note);
    assert.deepEqual(notes, [], 'no "the cluster changed" note after the form’s own resize');
    const op = api.history.list()[0];
    assert.ok(!isActive(op));
    assert.equal(op.to, 5);
  });

  it('scales out a custom cluster’s core group with one expand: 3 → 4, the cluster and the form follow', async () => {
    api.ui.current = new RecordingUi([true]);
    emu.resetRequests();
    emu.clearFaults();
    const panel = await openToSend('custom-lake');
    const first = await init(panel);
    const roles = first.facts.nodeGroups.map((g) => `${g.name} ${g.role}`);
    assert.ok(roles.includes('node_group_data core') && roles.includes('node_group_compute task'), roles.join(', '));
    const draft: FormDraft = { ...first.draft, group: 'node_group_data', scaleType: 'scale_out', instances: '1' };
    await panel.receive({ type: 'send', draft });
    const done = await waitFor(
      () => ['succeeded', 'failed', 'refused', 'notSent'].includes(lastState(panel)?.kind ?? '') && lastState(panel),
      'the end of the expand',
      30_000,
    );
    assert.equal(done.kind, 'succeeded', JSON.stringify(done));
    const routes = emu.requests().routes;
    assert.equal(routes.expand.count, 1, 'exactly one expand');
    assert.equal(routes.resize.count + routes.shrink.count, 0, 'no other resize call');
    const op = api.history.list()[0];
    assert.deepEqual([op.from, op.to], [3, 4]);
    const client = await api.clients.get('emu');
    const data = (await client.getCluster(op.clusterId)).nodeGroups.find((g) => g.name === 'node_group_data');
    assert.equal(data?.nodeCount, 4);
    await waitFor(
      () =>
        panel.posted.some(
          (m) =>
            m.type === 'clusterChanged' &&
            m.facts.nodeGroups.some((g) => g.name === 'node_group_data' && g.nodeCount === 4),
        ),
      'the form re-read the cluster after its expand',
    );
  });

  it('refuses a master scale-in before sending anything, saying master nodes only grow', async () => {
    const ui = new RecordingUi();
    api.ui.current = ui;
    emu.resetRequests();
    const panel = await openToSend('custom-lake');
    const draft: FormDraft = {
      ...(await init(panel)).draft,
      group: 'master_node_default_group',
      scaleType: 'scale_in',
      instances: '1',
    };
    await panel.receive({ type: 'send', draft });
    const state = lastState(panel);
    assert.equal(state?.kind, 'notSent', JSON.stringify(state));
    assert.match(state?.kind === 'notSent' ? state.message : '', /Master nodes cannot be removed/);
    const routes = emu.requests().routes;
    assert.equal(routes.expand.count + routes.shrink.count + routes.resize.count, 0, 'no request');
    assert.equal(ui.shown.filter((s) => s.kind === 'confirm').length, 0, 'nothing to confirm');
  });

  it('says why when MRS refuses, with code, explanation and hint', async () => {
    emu.resetRequests();
    emu.clearFaults();
    const panel = await openToSend('stream-events');
    const draft: FormDraft = { ...(await init(panel)).draft, instances: '1' };
    emu.addFault({
      kind: 'status',
      route: 'resize',
      status: 400,
      errorCode: '12000017',
      errorMsg: 'refused by the test',
    });
    await panel.receive({ type: 'send', draft });
    const state = lastState(panel);
    assert.equal(state?.kind, 'refused', JSON.stringify(state));
    if (state?.kind === 'refused') {
      assert.equal(state.code, '12000017');
      assert.equal(state.message, 'refused by the test');
      assert.ok(state.explanation && state.hint, 'the catalog explains and hints');
    }
    assert.equal(puts(), 1);
  });
});
