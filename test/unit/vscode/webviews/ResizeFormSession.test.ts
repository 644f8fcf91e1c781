// One resize form's state on the host, driven without VS Code: the init, Send, and what the form is
// told when the journal or the tree change.
import * as assert from 'node:assert/strict';
import { isActive, moveTo, type ResizeOperationRecord } from '../../../../src/core/journal';
import { ResizeBusyError, type StartResult } from '../../../../src/core/operations';
import type { ResizeOrder } from '../../../../src/core/plan';
import { clusterFactsOf, type ClusterFacts, type ClusterReading } from '../../../../src/core/resize/facts';
import { englishTranslate } from '../../../../src/core/translate';
import {
  FORM_LABEL_KEYS,
  initialFormDraft,
  type FormDraft,
  type FormLabels,
  type HostToForm,
  type RenderTimings,
} from '../../../../src/shared/resizeForm';
import { RenderMarks } from '../../../../src/vscode/webviews/firstRender';
import { ResizeFormSession } from '../../../../src/vscode/webviews/ResizeFormSession';
import { aCluster, aNodeGroup } from '../../../support/builders';
import { aSendingRecord } from '../../../support/unit/records';

const facts = (coreCount: number): ClusterFacts =>
  clusterFactsOf(
    aCluster({
      id: 'c1',
      name: 'etl',
      nodeGroups: [
        aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 2 }),
        aNodeGroup({ nodeCount: coreCount }),
      ],
    }),
  );
const readingOf = (coreCount: number): ClusterReading => ({ facts: facts(coreCount), hosts: [] });
const labels = Object.fromEntries(FORM_LABEL_KEYS.map((k) => [k, k])) as FormLabels;
const timings: RenderTimings = { fetch: 1, script: 2, ready: 3, init: 4, painted: 5 };

/** A form session over fakes: what it posted, started, read and logged. */
function aSession(draft?: FormDraft) {
  const form = { isReady: false, posted: [] as HostToForm[], post: (m: HostToForm) => void form.posted.push(m) };
  const records = new Map<string, ResizeOperationRecord>();
  const the = {
    form,
    records,
    reading: readingOf(3),
    reads: 0,
    readError: undefined as Error | undefined,
    tree: undefined as ClusterFacts | undefined,
    busy: undefined as string | undefined,
    starts: [] as ResizeOrder[],
    answer: undefined as ((r: StartResult | Error) => void) | undefined,
    logged: [] as string[],
    clock: 0,
  };
  const marks = new RenderMarks(() => (the.clock += 10));
  const session = new ResizeFormSession(
    { connection: 'prod', clusterId: 'c1', group: undefined, draft },
    {
      form,
      read: () => {
        the.reads++;
        return the.readError ? Promise.reject(the.readError) : Promise.resolve(the.reading);
      },
      inTree: () => the.tree,
      lifecycle: {
        knownBusy: () => the.busy,
        start: (order) => {
          the.starts.push(order);
          return new Promise<StartResult>((resolve, reject) => {
            the.answer = (r) => (r instanceof Error ? reject(r) : resolve(r));
          });
        },
      },
      confirm: () => Promise.resolve(true),
      history: { get: (id) => records.get(id), active: () => [...records.values()].filter(isActive) },
      actions: {
        copyBody: (_reading, d) => Promise.resolve(`copied ${d.instances}`),
        openAsRequestFile: () => Promise.resolve(undefined),
      },
      words: { labels },
      marks,
      t: englishTranslate,
      language: 'en',
      log: { warn: (m) => void the.logged.push(m), error: (e) => void the.logged.push(String(e)) },
    },
  );
  return { session, marks, the };
}

/** Lets the session's background reads (refresh) finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));
const types = (posted: readonly HostToForm[]) => posted.map((m) => m.type);
const notices = (posted: readonly HostToForm[]) => posted.flatMap((m) => (m.type === 'notice' ? [m.message] : []));

/** A session that has read the cluster and whose webview is ready: its init is posted. */
async function aLoadedSession() {
  const s = aSession();
  s.the.form.isReady = true;
  await s.session.load();
  const init = s.the.form.posted[0];
  assert.equal(init?.type, 'init');
  return { ...s, init: init.type === 'init' ? init : assert.fail() };
}

describe('resize form session', () => {
  it('posts its init only once it has both the reading and the webview’s ready, and again on every ready', async () => {
    const { session, the } = aSession();
    await session.load();
    assert.equal(the.form.posted.length, 0, 'read, but the webview is not ready');
    the.form.isReady = true;
    await session.handle({ type: 'ready' });
    await session.handle({ type: 'ready' }); // shown again after it was hidden
    assert.deepEqual(types(the.form.posted), ['init', 'init']);
    const init = the.form.posted[0];
    assert.ok(init.type === 'init');
    assert.equal(init.facts.name, 'etl');
    assert.equal(init.draft.group, 'core_node_analysis_group');
    assert.deepEqual(init.sendState, { kind: 'idle' });
    assert.equal(init.prefilled, undefined);
    assert.equal('bundle' in init, false, 'no bundle in English');
  });

  it('starts with a request file’s draft once, marked prefilled; prefill does it again', async () => {
    const fromFile = { ...initialFormDraft(facts(3)), instances: '7' };
    const { session, the } = aSession(fromFile);
    the.form.isReady = true;
    await session.load();
    await session.handle({ type: 'ready' });
    session.prefill(fromFile);
    const [first, second, third] = the.form.posted;
    assert.ok(first.type === 'init' && second.type === 'init' && third.type === 'init');
    assert.equal(first.draft.instances, '7');
    assert.equal(first.prefilled, true);
    assert.equal(second.draft.instances, '1', 'the request file’s draft is used once');
    assert.equal(second.prefilled, undefined);
    assert.equal(third.draft.instances, '7');
    assert.equal(third.prefilled, true);
  });

  it('refuses a second Send while one is starting, saying why, and starts once', async () => {
    const { session, the, init } = await aLoadedSession();
    const draft = { ...init.draft, instances: '2' };
    const first = session.handle({ type: 'send', draft });
    await session.handle({ type: 'send', draft });
    assert.equal(the.starts.length, 1);
    assert.deepEqual(notices(the.form.posted), ['A resize from this form is under way.']);
    const record = moveTo(aSendingRecord(), 'running', {}, 1);
    the.records.set(record.id, record);
    the.answer?.({ status: 'accepted', operationId: record.id, message: 'accepted' });
    await first;
    assert.deepEqual(the.starts[0], {
      connection: 'prod',
      clusterId: 'c1',
      wayIn: 'form',
      // The count the form showed (3 → 5), for the plan to compare with the cluster as it is then.
      shown: { from: 3 },
      ask: {
        draft: {
          group: 'core_node_analysis_group',
          scaleType: 'scale_out',
          instances: '2',
          skipBootstrapScripts: false,
          scaleWithoutStart: false,
        },
      },
    });
    const states = the.form.posted.flatMap((m) => (m.type === 'sendState' ? [m.state.kind] : []));
    assert.deepEqual(states, ['sending', 'accepted'], 'sending, then the record’s own state');
    const again = session.handle({ type: 'send', draft });
    assert.equal(the.starts.length, 2, 'a Send after the answer starts again');
    the.answer?.({ status: 'declined' });
    await again;
  });

  it('orders the plan with the raised limit its reading carries, and leaves out a switch the cluster has no use for', async () => {
    const s = aSession();
    s.the.reading = { facts: { ...facts(3), maxCoreAndTaskNodes: 800, bootstrapActions: 0 }, hosts: [] };
    s.the.form.isReady = true;
    await s.session.load();
    const init = s.the.form.posted[0];
    assert.ok(init.type === 'init');
    const sent = s.session.handle({ type: 'send', draft: { ...init.draft, instances: '2' } });
    assert.equal(s.the.starts[0]?.maxNodes, 800);
    assert.ok(s.the.starts[0] && 'draft' in s.the.starts[0].ask);
    assert.equal('skipBootstrapScripts' in (s.the.starts[0].ask as { draft: object }).draft, false);
    s.the.answer?.({ status: 'declined' });
    await sent;
  });

  it('sends nothing before the cluster is read, nor while the lifecycle knows it busy', async () => {
    const { session, the } = aSession();
    the.form.isReady = true;
    await session.handle({ type: 'send', draft: {} as FormDraft });
    const loaded = await aLoadedSession();
    loaded.the.busy = 'etl is being resized from another window.';
    await loaded.session.handle({ type: 'send', draft: loaded.init.draft });
    assert.deepEqual(notices(the.form.posted), ['The cluster is still being read.']);
    assert.deepEqual(notices(loaded.the.form.posted), ['etl is being resized from another window.']);
    assert.equal(the.starts.length + loaded.the.starts.length, 0);
  });

  it('shows a failed start as its state and logs it; a declined one as declined', async () => {
    const { session, the, init } = await aLoadedSession();
    const failing = session.handle({ type: 'send', draft: init.draft });
    the.answer?.(new ResizeBusyError('etl is busy.', 'prod', 'c1'));
    await failing;
    assert.deepEqual(the.form.posted.at(-1), {
      type: 'sendState',
      state: { kind: 'notSent', message: 'etl is busy.' },
    });
    assert.deepEqual(the.logged, ['ResizeBusyError: etl is busy.']);
    const declined = session.handle({ type: 'send', draft: init.draft });
    the.answer?.({ status: 'declined' });
    await declined;
    assert.deepEqual(the.form.posted.at(-1), { type: 'sendState', state: { kind: 'declined' } });
  });

  it('follows its operation in the journal, and re-reads the cluster without a note when it ends', async () => {
    const { session, the, init } = await aLoadedSession();
    const sending = aSendingRecord();
    the.records.set(sending.id, sending);
    const sent = session.handle({ type: 'send', draft: init.draft });
    the.answer?.({ status: 'accepted', operationId: sending.id, message: 'accepted' });
    await sent;
    const running = moveTo(sending, 'running', { stageDesc: 'Creating VM' }, 1);
    the.records.set(sending.id, running);
    session.historyChanged();
    session.historyChanged(); // the same state again: nothing new
    the.reading = readingOf(5);
    the.records.set(sending.id, moveTo(running, 'succeeded', {}, 2));
    session.historyChanged();
    session.historyChanged(); // while it reads: the end is told once
    await settle();
    const after = the.form.posted.slice(-3);
    assert.deepEqual(types(after), ['sendState', 'clusterChanged', 'sendState']);
    assert.deepEqual(after[0], {
      type: 'sendState',
      state: { kind: 'accepted', message: sending.message, stage: 'Creating VM' },
    });
    assert.ok(after[1].type === 'clusterChanged' && after[1].note === undefined);
    assert.equal(after[2].type === 'sendState' && after[2].state.kind, 'succeeded');
    assert.equal(the.reads, 2);
  });

  it('starts the form again from the new counts when its resize ended, before it shows the outcome', async () => {
    const { session, the, init } = await aLoadedSession();
    const sending = aSendingRecord();
    the.records.set(sending.id, sending);
    const draft = { ...init.draft, instances: '2', chooseHosts: true, serverIds: ['h1'] };
    const sent = session.handle({ type: 'send', draft });
    the.answer?.({ status: 'accepted', operationId: sending.id, message: 'accepted' });
    await sent;
    the.reading = readingOf(5);
    the.records.set(sending.id, moveTo(moveTo(sending, 'running', {}, 1), 'succeeded', {}, 2));
    session.historyChanged();
    await settle();
    const [changed, done] = the.form.posted.slice(-2);
    assert.ok(changed.type === 'clusterChanged', JSON.stringify(changed));
    assert.equal(changed.facts.nodeGroups[1].nodeCount, 5, 'the cluster as it now is');
    assert.deepEqual(
      changed.draft,
      { ...init.draft, instances: '', chooseHosts: false, serverIds: [] },
      'the same group and direction, and no count: sending again takes a new choice',
    );
    assert.ok(done.type === 'sendState' && done.state.kind === 'succeeded');
  });

  it('hands the fresh start to the next init when the form was hidden as its resize ended', async () => {
    const { session, the, init } = await aLoadedSession();
    const sending = aSendingRecord();
    the.records.set(sending.id, sending);
    const sent = session.handle({ type: 'send', draft: { ...init.draft, instances: '2' } });
    the.answer?.({ status: 'accepted', operationId: sending.id, message: 'accepted' });
    await sent;
    the.form.isReady = false;
    the.reading = readingOf(5);
    the.records.set(sending.id, moveTo(moveTo(sending, 'running', {}, 1), 'succeeded', {}, 2));
    session.historyChanged();
    await settle();
    the.form.isReady = true;
    await session.handle({ type: 'ready' });
    await session.handle({ type: 'ready' });
    const [first, second] = the.form.posted.filter((m) => m.type === 'init').slice(-2);
    assert.ok(first.type === 'init' && second.type === 'init');
    assert.equal(first.restarted, true);
    assert.equal(first.draft.instances, '');
    assert.equal(first.facts.nodeGroups[1].nodeCount, 5);
    assert.equal(first.sendState.kind, 'succeeded');
    assert.equal(second.restarted, undefined, 'once: later the webview’s own draft wins');
  });

  it('keeps the draft when MRS refused (nothing changed): the user corrects it', async () => {
    const { session, the, init } = await aLoadedSession();
    const sending = aSendingRecord();
    the.records.set(sending.id, sending);
    const sent = session.handle({ type: 'send', draft: { ...init.draft, instances: '2' } });
    the.answer?.({ status: 'accepted', operationId: sending.id, message: 'accepted' });
    await sent;
    the.records.set(sending.id, moveTo(sending, 'refused', { errorCode: '12000028' }, 1));
    session.historyChanged();
    await settle();
    const changed = the.form.posted.filter((m) => m.type === 'clusterChanged');
    assert.equal(changed.length, 1, 'the cluster is read again');
    assert.ok(changed[0].type === 'clusterChanged' && changed[0].draft === undefined);
    const last = the.form.posted.at(-1);
    assert.ok(last?.type === 'sendState' && last.state.kind === 'refused', JSON.stringify(last));
  });

  it('tells once of another resize of the cluster in the journal', async () => {
    const { session, the } = await aLoadedSession();
    const other = aSendingRecord();
    the.records.set(other.id, other);
    session.historyChanged();
    session.historyChanged();
    await settle();
    const changed = the.form.posted.filter((m) => m.type === 'clusterChanged');
    assert.equal(changed.length, 1);
    assert.ok(changed[0].type === 'clusterChanged');
    assert.equal(changed[0].note, `Another resize of this cluster is under way: ${other.message}`);
  });

  it('re-reads with a note when the tree shows other counts, once per change, and not for what it knows', async () => {
    const { session, the } = await aLoadedSession();
    session.treeChanged(); // nothing in the tree
    the.tree = facts(3);
    session.treeChanged(); // what the form knows
    the.tree = facts(4);
    the.reading = readingOf(4);
    session.treeChanged();
    session.treeChanged();
    await settle();
    const changed = the.form.posted.filter((m) => m.type === 'clusterChanged');
    assert.equal(changed.length, 1);
    assert.ok(changed[0].type === 'clusterChanged');
    assert.equal(changed[0].note, 'The cluster changed while the form was open (running); its limits were refreshed.');
    assert.equal(the.reads, 2);
  });

  it('says nothing of tree changes while its own resize is under way', async () => {
    const { session, the, init } = await aLoadedSession();
    const sending = aSendingRecord();
    the.records.set(sending.id, sending);
    const sent = session.handle({ type: 'send', draft: init.draft });
    the.tree = facts(4);
    session.treeChanged(); // still starting
    the.answer?.({ status: 'accepted', operationId: sending.id, message: 'accepted' });
    await sent;
    session.treeChanged(); // its record is active
    await settle();
    assert.deepEqual(
      the.form.posted.filter((m) => m.type === 'clusterChanged'),
      [],
    );
  });

  it('logs a failed re-read and leaves the form as it is', async () => {
    const { session, the } = await aLoadedSession();
    the.tree = facts(4);
    the.readError = new Error('the cluster is gone');
    session.treeChanged();
    await settle();
    assert.deepEqual(types(the.form.posted), ['init']);
    assert.deepEqual(the.logged, ['Resize form: re-reading c1 failed: the cluster is gone']);
  });

  it('answers Copy with the action’s notice, and marks the first render', async () => {
    const { session, the, marks, init } = await aLoadedSession();
    await session.handle({ type: 'copyBody', draft: { ...init.draft, instances: '3' } });
    await session.handle({ type: 'openAsRequestFile', draft: init.draft });
    assert.deepEqual(notices(the.form.posted), ['copied 3']);
    await session.handle({ type: 'ready' });
    await session.handle({ type: 'rendered', timings });
    assert.deepEqual(await marks.firstRender, { ms: 30, loaded: 10, ready: 20, webview: timings });
  });
});
