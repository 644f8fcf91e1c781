// The host side of one cluster's resize form: loads live facts, answers the webview's messages
// (the error boundary of the panel), sends through the one ResizeLifecycle with confirmAfterSummary, and
// shows the operation's record in place. Messages wait for the webview's `ready`.
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { errorForLog, errorMessage } from '../../core/errors';
import { type ResizeLifecycle } from '../../core/operations';
import { isActive, type OperationHistory } from '../../core/journal';
import { readCluster } from '../../core/plan';
import { resizeStatusText } from '../../core/model/labels';
import { clusterFactsOf, type ClusterFacts, type ClusterReading } from '../../core/resize/facts';
import {
  assertNever,
  initialFormDraft,
  isFirstTask,
  toResizeDraft,
  type FormDraft,
  type FormToHost,
  type HostToForm,
  type RenderTimings,
  type SendState,
} from '../../shared/resizeForm';
import { parseFormMessage } from '../../shared/resizeFormGuards';
import { WebviewChannel } from './WebviewChannel';
import type { Services } from '../services';
import { confirmAfterSummary } from '../operations/confirmAfterSummary';
import { copyBody, openAsRequestFile } from './formData';
import { formLabels } from './formLabels';
import { localRoots, webviewHtml } from './html';
import { stateOfError, stateOfRecord, stateOfResult } from './sendStates';

export interface PanelDeps {
  readonly s: Services;
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
}

/** Milliseconds from the panel's creation: the first render, the host's reads, the webview's `ready`. */
export interface FirstRender {
  readonly ms: number;
  readonly loaded?: number;
  readonly ready?: number;
  /** The webview's own marks (since its document started loading). */
  readonly webview: RenderTimings;
}

export class ResizePanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly channel: WebviewChannel<HostToForm, FormToHost>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly openedAt = performance.now();
  private reading: ClusterReading | undefined;
  /** The tree's facts of the cluster when last looked at. */
  private seenInTree: string | undefined;
  /** Another operation on this cluster the form has already told about. */
  private toldOf: string | undefined;
  private sendState: SendState = { kind: 'idle' };
  private starting = false;
  private operationId: string | undefined;
  private readonly marks: { loaded?: number; ready?: number } = {};
  private rendered: ((r: FirstRender) => void) | undefined;
  /** From opening to the form's first complete render, with where the time went. */
  readonly firstRender = new Promise<FirstRender>((resolve) => (this.rendered = resolve));

  constructor(
    private readonly deps: PanelDeps,
    readonly connection: string,
    readonly clusterId: string,
    private readonly group: string | undefined,
    onDispose: () => void,
    /** A request file's draft: the next init carries it (prefilled), once. */
    private initialDraft?: FormDraft,
  ) {
    const { context } = deps.s;
    const name = deps.s.model.cluster(connection, clusterId)?.name ?? clusterId;
    this.panel = vscode.window.createWebviewPanel(
      'mrs.resizeForm',
      vscode.l10n.t('Resize {0}', name),
      vscode.ViewColumn.Active,
      {
        enableScripts: true,
        localResourceRoots: localRoots(context.extensionUri),
      },
    );
    this.panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'mrs.svg');
    this.panel.webview.html = webviewHtml(this.panel.webview, {
      title: name,
      script: vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview', 'resize.js'),
      styles: [vscode.Uri.joinPath(context.extensionUri, 'media', 'resizeForm.css')],
      language: vscode.env.language,
    });
    this.channel = new WebviewChannel(this.panel, {
      name: 'Resize form',
      parse: parseFormMessage,
      failed: (e) => ({ type: 'notice', message: vscode.l10n.t('The form could not do that: {0}', errorMessage(e)) }),
      log: deps.s.log,
    });
    this.channel.listen((m) => this.handle(m));
    this.subscriptions.push(
      this.channel,
      deps.history.onDidChange(() => this.historyChanged()),
      deps.s.tree.onDidChangeTreeData(() => this.treeChanged()),
      this.panel.onDidDispose(() => {
        vscode.Disposable.from(...this.subscriptions).dispose();
        onDispose();
      }),
    );
  }

  /** Every message posted to the webview, for integration tests. */
  get posted(): HostToForm[] {
    return this.channel.posted;
  }

  get title(): string {
    return this.panel.title;
  }

  reveal(): void {
    this.panel.reveal();
  }

  dispose(): void {
    this.panel.dispose();
  }

  /** Reads the cluster and its hosts fresh; the form's init waits for it. */
  async load(): Promise<void> {
    this.reading = await this.read();
    this.marks.loaded ??= performance.now() - this.openedAt;
    this.panel.title = vscode.l10n.t('Resize {0}', this.reading.facts.name);
    this.init();
  }

  private async read(): Promise<ClusterReading> {
    return readCluster(await this.deps.s.clients.get(this.connection), this.clusterId);
  }

  /** A message as if from the webview (the panel's handler; tests call it too). Never throws. */
  receive(raw: unknown): Promise<void> {
    return this.channel.receive(raw);
  }

  private async handle(m: FormToHost): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.marks.ready ??= performance.now() - this.openedAt;
        this.init();
        return;
      case 'rendered':
        this.rendered?.({ ms: performance.now() - this.openedAt, ...this.marks, webview: m.timings });
        return;
      case 'send':
        return this.send(m.draft);
      case 'copyBody':
        return this.notice(this.reading && (await copyBody(this.reading, m.draft)));
      case 'openAsRequestFile':
        return this.notice(this.reading && (await openAsRequestFile(this.reading, m.draft, this.connection)));
      default:
        return assertNever(m);
    }
  }

  private init(): void {
    if (!this.channel.isReady || !this.reading) {
      return;
    }
    const bundle = vscode.l10n.bundle;
    this.post({
      type: 'init',
      facts: this.reading.facts,
      hosts: this.reading.hosts,
      draft: this.initialDraft ?? initialFormDraft(this.reading.facts, this.group),
      ...(this.initialDraft ? { prefilled: true } : {}),
      labels: formLabels(),
      ...(bundle ? { bundle } : {}),
      sendState: this.sendState,
    });
    this.initialDraft = undefined;
  }

  /** Replaces the form's draft with a request file's ("Open in Form" on an open form). */
  prefill(draft: FormDraft): void {
    this.initialDraft = draft;
    this.init();
  }

  private post(message: HostToForm): void {
    this.channel.post(message);
  }

  private notice(message: string | undefined): void {
    if (message) {
      this.post({ type: 'notice', message });
    }
  }

  private setSendState(state: SendState): void {
    this.sendState = state;
    this.post({ type: 'sendState', state });
  }

  private async send(draft: FormDraft): Promise<void> {
    const facts = this.reading?.facts;
    const busy = this.starting
      ? vscode.l10n.t('A resize from this form is under way.')
      : this.deps.lifecycle.knownBusy(this.clusterId, facts?.name);
    if (busy || !facts) {
      this.notice(busy ?? vscode.l10n.t('The cluster is still being read.'));
      return;
    }
    this.starting = true;
    this.setSendState({ kind: 'sending' });
    try {
      const order = {
        connection: this.connection,
        clusterId: this.clusterId,
        wayIn: 'form',
        ask: { draft: toResizeDraft(draft, isFirstTask(facts, draft.group)) },
      } as const;
      const result = await this.deps.lifecycle.start(order, confirmAfterSummary(this.deps.s.ui));
      this.operationId = result.status === 'declined' ? undefined : result.operationId;
      const record = this.operationId ? this.deps.history.get(this.operationId) : undefined;
      this.setSendState(record ? stateOfRecord(record) : stateOfResult(result));
    } catch (e) {
      this.deps.s.log.error(errorForLog(e));
      this.setSendState(stateOfError(e));
    } finally {
      this.starting = false;
    }
  }

  private historyChanged(): void {
    const record = this.operationId ? this.deps.history.get(this.operationId) : undefined;
    if (record && !this.starting && JSON.stringify(stateOfRecord(record)) !== JSON.stringify(this.sendState)) {
      this.setSendState(stateOfRecord(record));
      if (!isActive(record)) {
        void this.refresh(); // this form's resize ended: its limits follow the new counts, without a word
      }
    }
    const other = this.deps.history.active().find((r) => r.clusterId === this.clusterId && r.id !== this.operationId);
    if (other && other.id !== this.toldOf && !this.starting) {
      this.toldOf = other.id;
      const note = vscode.l10n.t('Another resize of this cluster is under way: {0}', other.message ?? other.state);
      void this.refresh(note);
    }
  }

  /**
   * The tree read the cluster again. When it shows a state or counts the form does not know, the
   * form re-reads and says so; not while this form's own resize is under way (the counts move as
   * nodes come and go, and the outcome area shows the stage).
   */
  private treeChanged(): void {
    const seen = this.deps.s.model.cluster(this.connection, this.clusterId);
    if (!seen || !this.reading || this.starting) {
      return;
    }
    const key = changeKey(clusterFactsOf(seen));
    if (key === changeKey(this.reading.facts) || key === this.seenInTree) {
      return;
    }
    this.seenInTree = key;
    const ours = this.operationId ? this.deps.history.get(this.operationId) : undefined;
    if (ours && isActive(ours)) {
      return; // this form's own resize under way: the form re-reads once it ends (historyChanged)
    }
    const what = resizeStatusText(seen, vscode.l10n.t);
    void this.refresh(
      vscode.l10n.t('The cluster changed while the form was open ({0}); its limits were refreshed.', what),
    );
  }

  /** Reads the cluster and its hosts again and hands them to the form, with a note when there is one. */
  private async refresh(note?: string): Promise<void> {
    try {
      this.reading = await this.read();
      this.post({
        type: 'clusterChanged',
        facts: this.reading.facts,
        hosts: this.reading.hosts,
        ...(note ? { note } : {}),
      });
    } catch (e) {
      this.deps.s.log.warn(`Resize form: re-reading ${this.clusterId} failed: ${errorMessage(e)}`);
    }
  }
}

/** What the form must not miss of a cluster: its state, its stage and the counts of its groups. */
function changeKey(f: ClusterFacts): string {
  return JSON.stringify([f.state, f.scale ?? '', f.nodeGroups.map((g) => [g.name, g.nodeCount])]);
}
