// Every emulator fault kind against every read path, in the real host: no unhandled rejection or
// uncaught exception, and each path ends by showing an error (a tree row, a message, a thrown
// MrsApiError) or its data, never hanging and never a stack. One emulator; a failing fault stays until
// the path has shown its outcome (the view's own background reads would otherwise use up a fault
// meant for the path), then it is cleared; the client's 3 tries keep each case short.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Emulator } from '../../emulator';
import type { FaultSpec } from '../../emulator/faults';
import { isMrsApiError } from '../../src/core/api/errors';
import type { TestApi } from '../../src/extension';
import { buildLifecycle } from '../../src/vscode/operations/createOperations';
import type { ClusterTreeElement } from '../../src/vscode/tree/elements';
import { RecordingUi } from '../support/RecordingUi';
import { config, emulator, extensionApi, rows } from './support';

/**
 * A running cluster of the first page (pageSize 5, newest first): the commands of a tree element find it
 * in the view's list, as they do for a row the user clicked (one past the pages read would be asked for).
 */
const FIRST_PAGE_CLUSTER = 'hdfs-degraded';

/** Until cleared after the case. */
const TRIES = 'always';

interface FaultCase {
  readonly title: string;
  readonly spec: Omit<FaultSpec, 'route'>;
  /** false: the read succeeds (a delay only). */
  readonly fails: boolean;
}

const FAULTS: readonly FaultCase[] = [
  { title: '503 (gateway body)', spec: { kind: 'status', status: 503, times: TRIES }, fails: true },
  { title: '500 (MRS body)', spec: { kind: 'status', status: 500, times: TRIES }, fails: true },
  { title: '429 + Retry-After 0', spec: { kind: 'status', status: 429, retryAfter: 0, times: TRIES }, fails: true },
  {
    title: '400 MRS error',
    spec: { kind: 'status', status: 400, errorCode: '12000002', errorMsg: 'injected', times: TRIES },
    fails: true,
  },
  {
    title: '403 gateway error',
    spec: { kind: 'status', status: 403, errorCode: 'APIGW.0302', errorMsg: 'injected', times: TRIES },
    fails: true,
  },
  { title: 'connection reset', spec: { kind: 'reset', times: TRIES }, fails: true },
  { title: 'reset after handling', spec: { kind: 'reset', phase: 'after', times: TRIES }, fails: true },
  { title: 'truncated JSON', spec: { kind: 'truncated-json', times: TRIES }, fails: true },
  { title: 'HTML 502 page', spec: { kind: 'html', status: 502, times: TRIES }, fails: true },
  { title: 'HTML 404 page', spec: { kind: 'html', status: 404, times: TRIES }, fails: true },
  { title: 'latency 300 ms', spec: { kind: 'latency', ms: 300, times: 1 }, fails: false },
];

/** What a read path showed: an error text, or 'ok' with what it read. */
type Outcome = { readonly error: string } | { readonly ok: string };

interface ReadPath {
  readonly title: string;
  /** The emulator route the fault is put on. */
  readonly route: string;
  /**
   * The connection it runs on: AK/SK with a project id, AK/SK without (the project id from IAM's
   * project list), or an IAM user (a token from IAM).
   */
  readonly connection: 'aksk' | 'akskNoProject' | 'password';
  /** Before the fault is added. */
  readonly prepare?: () => Promise<void>;
  readonly run: () => Promise<Outcome>;
}

/** The promise's value, or a failure naming what hung. */
async function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hung for ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([p, hung]);
  } finally {
    clearTimeout(timer);
  }
}

const STACK = /\n\s+at |\bat \S+ \(|TypeError|ReferenceError|undefined is not|\[object Object\]/;

describe('faults × read paths: no unhandled rejection, an error shown, nothing hangs', function () {
  this.timeout(180_000);
  let api: TestApi;
  let emu: Emulator;
  let ui: RecordingUi;
  let savedUi: TestApi['ui']['current'];
  // The suite's own lifecycle: resize.test.ts ends the extension's (a reload).
  let lifecycle: ReturnType<typeof buildLifecycle>;
  const seen: string[] = [];
  const onRejection = (reason: unknown): void => void seen.push(`unhandledRejection: ${String(reason)}`);
  const onException = (e: unknown): void => void seen.push(`uncaughtException: ${String(e)}`);

  const clusterId = (name: string) => emu.clusterIdByName(name) ?? '';
  const clusterElement = (connection: string, name: string): Extract<ClusterTreeElement, { kind: 'cluster' }> => ({
    kind: 'cluster' as const,
    id: `cluster:${connection}/${clusterId(name)}`,
    connection,
    clusterId: clusterId(name),
  });
  const newErrors = async (from: number, run: () => Thenable<unknown>): Promise<Outcome> => {
    await run();
    const errors = ui.shown.slice(from).filter((s) => s.kind === 'error');
    return errors.length > 0 ? { error: errors.map((e) => e.message).join(' | ') } : { ok: 'no error message' };
  };
  const errorRow = (shown: Awaited<ReturnType<typeof rows>>): Outcome => {
    const error = shown.find((r) => r.contextValue === 'message:error');
    return error ? { error: error.label } : { ok: `${shown.length} rows` };
  };

  async function useConnection(kind: ReadPath['connection']): Promise<string> {
    const name = { aksk: 'faults-aksk', akskNoProject: 'faults-noproject', password: 'faults-iam' }[kind];
    if (api.store.active()?.name === name) {
      api.clients.clear(); // a fresh token and project id on every read
      return name;
    }
    for (const c of api.store.list()) {
      await api.store.remove(c.name);
    }
    const { region, projectId, ak, sk, domain, user, password } = emu.credentials;
    const endpoints = {
      mrsEndpoint: emu.url,
      iamEndpoint: emu.url,
      ecsEndpoint: emu.url,
      evsEndpoint: emu.url,
      vpcEndpoint: emu.url,
    };
    if (kind !== 'password') {
      await api.store.save(
        { name, region, authMethod: 'aksk', ...(kind === 'aksk' ? { projectId } : {}), ...endpoints },
        { kind: 'aksk', accessKey: ak, secretKey: sk },
      );
    } else {
      await api.store.save(
        { name, region, authMethod: 'password', userName: user, domainName: domain, ...endpoints },
        { kind: 'password', userName: user, domainName: domain, password },
      );
    }
    await api.store.setActive(name);
    return name;
  }

  const listFresh = async (): Promise<Awaited<ReturnType<typeof rows>>> => {
    api.model.reset();
    return rows(api);
  };

  const PATHS: readonly ReadPath[] = [
    {
      title: 'cluster list (first page)',
      route: 'listClusters',
      connection: 'aksk',
      run: async () => errorRow(await listFresh()),
    },
    {
      title: 'cluster list (Load more…)',
      route: 'listClusters',
      connection: 'aksk',
      prepare: async () => {
        const first = await listFresh();
        assert.equal(first.at(-1)?.contextValue, 'loadMore', 'the first page offers more');
      },
      run: async () => {
        await vscode.commands.executeCommand('mrs.clusters.loadMore', 'faults-aksk');
        return errorRow(await rows(api));
      },
    },
    {
      title: 'cluster details (Refresh Cluster)',
      route: 'getCluster',
      connection: 'aksk',
      run: () =>
        newErrors(ui.shown.length, () =>
          vscode.commands.executeCommand('mrs.cluster.refresh', clusterElement('faults-aksk', FIRST_PAGE_CLUSTER)),
        ),
    },
    {
      title: 'cluster details (Open Cluster Details)',
      route: 'getCluster',
      connection: 'aksk',
      run: () =>
        newErrors(ui.shown.length, () =>
          vscode.commands.executeCommand('mrs.cluster.openDetails', clusterElement('faults-aksk', FIRST_PAGE_CLUSTER)),
        ),
    },
    {
      title: 'hosts (expanding a node group)',
      route: 'listHosts',
      connection: 'aksk',
      run: async () => {
        const cluster = (await rows(api)).find((r) => r.contextValue === 'cluster:running');
        assert.ok(cluster, 'a running cluster listed');
        const core = (await rows(api, cluster.element)).find((g) => g.label === 'Core');
        assert.ok(core, 'its core group');
        return errorRow(await rows(api, core.element));
      },
    },
    {
      title: "the form's reads (Open Resize Form)",
      route: 'getCluster',
      connection: 'aksk',
      run: async () => {
        const el = clusterElement('faults-aksk', 'etl-nightly');
        const outcome = await newErrors(ui.shown.length, () =>
          vscode.commands.executeCommand('mrs.resizeForm.open', el),
        );
        const panel = api.resizePanels.get(el.clusterId);
        if ('error' in outcome) {
          assert.equal(panel, undefined, 'a form that could not read its cluster is closed');
        } else {
          assert.ok(panel, 'the form is open');
          panel.dispose();
        }
        return outcome;
      },
    },
    {
      title: "the form's reads (hosts)",
      route: 'listHosts',
      connection: 'aksk',
      run: async () => {
        const el = clusterElement('faults-aksk', 'analytics-prod');
        const outcome = await newErrors(ui.shown.length, () =>
          vscode.commands.executeCommand('mrs.resizeForm.open', el),
        );
        api.resizePanels.get(el.clusterId)?.dispose();
        return outcome;
      },
    },
    {
      title: 'the pre-flight (lifecycle, confirmation declined)',
      route: 'getCluster',
      connection: 'aksk',
      run: async () => {
        const asked: string[] = [];
        const started = await lifecycle
          .start(
            {
              connection: 'faults-aksk',
              clusterId: clusterId('etl-nightly'),
              wayIn: 'palette',
              ask: { draft: { scaleType: 'scale_out', group: '', instances: 1 } },
            },
            () => {
              asked.push('asked');
              return Promise.resolve(false);
            },
          )
          .then(
            (result) => ({ result }),
            (e: unknown) => ({ e }),
          );
        if ('e' in started) {
          assert.ok(isMrsApiError(started.e), `an MrsApiError, not ${String(started.e)}`);
          assert.deepEqual(asked, [], 'no confirmation after a failed read');
          return { error: started.e.message };
        }
        assert.equal(started.result.status, 'declined');
        assert.equal(asked.length, 1, 'asked once');
        return { ok: 'declined' };
      },
    },
    {
      title: 'IAM token (user and password)',
      route: 'iamToken',
      connection: 'password',
      run: async () => errorRow(await listFresh()),
    },
    {
      title: 'IAM project id resolution (AK/SK without project id)',
      route: 'projects',
      connection: 'akskNoProject',
      run: async () => errorRow(await listFresh()),
    },
  ];

  before(async () => {
    api = await extensionApi();
    emu = await emulator(2);
    savedUi = api.ui.current;
    lifecycle = buildLifecycle(api, api.history);
    ui = new RecordingUi();
    api.ui.current = ui;
    await config().update('explorer.pageSize', 5, vscode.ConfigurationTarget.Global);
    process.on('unhandledRejection', onRejection);
    process.on('uncaughtException', onException);
    await vscode.commands.executeCommand('workbench.view.extension.mrs');
  });

  after(async () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
    lifecycle?.dispose();
    if (api) {
      api.ui.current = savedUi;
      for (const c of api.store.list()) {
        await api.store.remove(c.name);
      }
    }
    await config().update('explorer.pageSize', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await emu?.close();
  });

  for (const path of PATHS) {
    it(`${path.title}: every fault kind`, async () => {
      const puts = emu.requests().routes.resize.count;
      const report: string[] = [];
      for (const fault of FAULTS) {
        await useConnection(path.connection);
        await path.prepare?.();
        emu.addFault({ ...fault.spec, route: path.route });
        const outcome = await within(20_000, path.run(), `${path.title} under ${fault.title}`);
        emu.clearFaults();
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const text = 'error' in outcome ? outcome.error : outcome.ok;
        report.push(`${fault.title}: ${text}`);
        assert.equal('error' in outcome, fault.fails, `${path.title} under ${fault.title}: ${text}`);
        assert.doesNotMatch(text, STACK, `${path.title} under ${fault.title}: no stack`);
        if ('error' in outcome) {
          assert.ok(text.trim().length > 0, 'a message with words');
        }
        // Let late callbacks (aborted sockets, retries) land before the next case.
        await new Promise((r) => setTimeout(r, 20));
        assert.deepEqual(seen, [], `${path.title} under ${fault.title}`);
      }
      assert.equal(emu.requests().routes.resize.count, puts, 'no PUT from a read path');
      console.log('[mrs-test]', `    ${path.title}:\n      ${report.join('\n      ')}`);
    });
  }

  it('ends with the view and the emulator usable (no fault left, no listener fired)', async () => {
    await useConnection('aksk');
    const shown = await listFresh();
    assert.ok(
      shown.some((r) => r.contextValue?.startsWith('cluster:')),
      'clusters listed again',
    );
    assert.deepEqual(seen, []);
  });
});
