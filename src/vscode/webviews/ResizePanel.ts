// The resize form's panel: makes the webview panel (title, icon, HTML with its CSP) and wires the
// WebviewChannel (handshake, guard, error boundary) to the form's ResizeFormSession and to the
// journal's and the tree's changes. What the form does is in ResizeFormSession.ts.
import * as vscode from 'vscode';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { OperationHistory } from '../../core/journal';
import type { Logger } from '../../core/log';
import type { ResizeLifecycle } from '../../core/operations';
import { readClusterWithBasis } from '../../core/plan/readCluster';
import { readFlavorOffer } from '../../core/quota/offeredFlavors';
import { readLiveQuota } from '../../core/quota/readLive';
import { readingWithNodeLimit } from '../../core/resize/nodeLimit';
import type { FormDraft, FormToHost, HostToForm } from '../../shared/resizeForm';
import { parseFormMessage } from '../../shared/resizeFormGuards';
import { errorLine, uiLanguage } from '../language';
import { confirmAfterSummary } from '../operations/confirmAfterSummary';
import type { Clients } from '../connections/Clients';
import { settings } from '../settings';
import type { UiSlot } from '../ui';
import { RenderMarks, type FirstRender } from './firstRender';
import { copyBody, openAsRequestFile } from './formData';
import { formLabels } from './formLabels';
import { localRoots, webviewHtml } from './html';
import { ResizeFormSession, type FormSessionDeps } from './ResizeFormSession';
import { WebviewChannel } from './WebviewChannel';

/** What a resize form's panel uses, each named (the composition root hands them over). */
export interface PanelDeps {
  /** One MRS client per connection: the form reads its cluster with it. */
  readonly clients: Pick<Clients, 'get' | 'quota'>;
  readonly log: Pick<Logger, 'warn' | 'error'>;
  /** Where a Send's confirmation is asked (integration tests put a scripted one in). */
  readonly ui: UiSlot;
  /** The clusters as the tree last read them: the panel's first title, and changes the form must hear of. */
  readonly model: Pick<ExplorerModel, 'cluster'>;
  /** Fires when the Clusters tree has read clusters again. */
  readonly treeChanged: vscode.Event<unknown>;
  /** The extension's folder: the webview's script, styles and icon. */
  readonly extensionUri: vscode.Uri;
  readonly lifecycle: Pick<ResizeLifecycle, 'knownBusy' | 'start'>;
  readonly history: Pick<OperationHistory, 'get' | 'active' | 'onDidChange'>;
}

export class ResizePanel {
  /** From opening to the form's first complete render, with where the time went. */
  readonly firstRender: Promise<FirstRender>;
  private readonly panel: vscode.WebviewPanel;
  private readonly channel: WebviewChannel<HostToForm, FormToHost>;
  private readonly session: ResizeFormSession;

  constructor(
    private readonly deps: PanelDeps,
    readonly connection: string,
    readonly clusterId: string,
    group: string | undefined,
    onDispose: () => void,
    /** A request file's draft: the first init carries it (prefilled), once. */
    draft?: FormDraft,
  ) {
    const marks = new RenderMarks();
    this.firstRender = marks.firstRender;
    const name = deps.model.cluster(connection, clusterId)?.name ?? clusterId;
    this.panel = createPanel(deps.extensionUri, name);
    this.channel = new WebviewChannel(this.panel, {
      name: 'Resize form',
      parse: parseFormMessage,
      failed: (e) => ({ type: 'notice', message: vscode.l10n.t('The form could not do that: {0}', errorLine(e)) }),
      log: deps.log,
    });
    this.session = new ResizeFormSession({ connection, clusterId, group, draft }, this.sessionDeps(marks));
    this.channel.listen((m) => this.session.handle(m));
    const subscriptions: vscode.Disposable[] = [
      this.channel,
      deps.history.onDidChange(() => this.session.historyChanged()),
      deps.treeChanged(() => this.session.treeChanged()),
    ];
    subscriptions.push(
      this.panel.onDidDispose(() => {
        vscode.Disposable.from(...subscriptions).dispose();
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
    const reading = await this.session.load();
    this.panel.title = vscode.l10n.t('Resize {0}', reading.facts.name);
  }

  /** A message as if from the webview (the panel's handler; tests call it too). Never throws. */
  receive(raw: unknown): Promise<void> {
    return this.channel.receive(raw);
  }

  /** Replaces the form's draft with a request file's ("Open in Form" on an open form). */
  prefill(draft: FormDraft): void {
    this.session.prefill(draft);
  }

  private sessionDeps(marks: RenderMarks): FormSessionDeps {
    const { clients, model, ui, log, lifecycle, history } = this.deps;
    const bundle = vscode.l10n.bundle;
    return {
      form: this.channel,
      read: async () => {
        const read = await readClusterWithBasis(await clients.get(this.connection), this.clusterId);
        const reading = readingWithNodeLimit(read.reading, settings.maxNodes(this.connection, this.clusterId));
        return { ...reading, basis: read.basis, placement: read.placement };
      },
      quota: async (basis) => readLiveQuota(await clients.quota(this.connection), basis, vscode.l10n.t),
      flavors: async (placement) => readFlavorOffer(await clients.quota(this.connection), placement, vscode.l10n.t),
      inTree: () => model.cluster(this.connection, this.clusterId),
      lifecycle,
      confirm: confirmAfterSummary(ui),
      history,
      actions: {
        copyBody,
        openAsRequestFile: (reading, draft) => openAsRequestFile(reading, draft, this.connection),
      },
      words: { labels: formLabels(vscode.l10n.t), bundle },
      marks,
      t: vscode.l10n.t,
      language: uiLanguage(),
      log,
    };
  }
}

/** The webview panel of a cluster's form, titled with its name until the cluster is read. */
function createPanel(extensionUri: vscode.Uri, name: string): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel(
    'mrs.resizeForm',
    vscode.l10n.t('Resize {0}', name),
    vscode.ViewColumn.Active,
    {
      enableScripts: true,
      localResourceRoots: localRoots(extensionUri),
    },
  );
  panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'mrs.svg');
  panel.webview.html = webviewHtml(panel.webview, {
    title: name,
    script: vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'resize.js'),
    styles: [vscode.Uri.joinPath(extensionUri, 'media', 'resizeForm.css')],
    language: vscode.env.language,
  });
  return panel;
}
