// One resize form's state on the host: its reading of the cluster, where its Send stands (sent through
// the one ResizeLifecycle), and what it tells the form when the journal or the tree show a change.
// It talks to the webview only through `form` (the WebviewChannel). No `vscode` import: plain-Node tests drive it.
import { checkResize } from '../../core/resize/rules';
import { errorForLog, errorMessage } from '../../core/errors';
import { isActive, type OperationHistory } from '../../core/journal';
import type { Logger } from '../../core/log';
import { resizeStatusText } from '../../core/model/labels';
import type { ConfirmPolicy, ResizeLifecycle } from '../../core/operations';
import { clusterFactsOf, type ClusterFacts, type ClusterReading } from '../../core/resize/facts';
import type { Translate } from '../../core/translate';
import {
  assertNever,
  initialFormDraft,
  toResizeDraft,
  type FormDraft,
  type FormLabels,
  type FormToHost,
  type HostToForm,
  type SendState,
} from '../../shared/resizeForm';
import type { RenderMarks } from './firstRender';
import { stateOfError, stateOfRecord, stateOfResult } from './sendStates';

/** Which form: the cluster, the group the command was run on, and a request file's draft to start from. */
export interface FormTarget {
  readonly connection: string;
  readonly clusterId: string;
  readonly group: string | undefined;
  /** A request file's draft: the first init carries it (prefilled), once. */
  readonly draft?: FormDraft | undefined;
}

/** The webview as the session sees it: the WebviewChannel. */
export interface FormOutlet {
  readonly isReady: boolean;
  post(message: HostToForm): void;
}

/** What the form hands out on the host (formData.ts): each answers with the notice to show, if any. */
export interface FormActions {
  copyBody(reading: ClusterReading, draft: FormDraft): Promise<string | undefined>;
  openAsRequestFile(reading: ClusterReading, draft: FormDraft): Promise<string | undefined>;
}

export interface FormSessionDeps {
  readonly form: FormOutlet;
  /** One fresh reading of the cluster (readCluster on the connection's client). */
  readonly read: () => Promise<ClusterReading>;
  /** The cluster as the Clusters tree last read it (a Cluster is a structural ClusterFacts). */
  readonly inTree: () => ClusterFacts | undefined;
  readonly lifecycle: Pick<ResizeLifecycle, 'knownBusy' | 'start'>;
  /** How a Send is confirmed: confirmAfterSummary. */
  readonly confirm: ConfirmPolicy;
  readonly history: Pick<OperationHistory, 'get' | 'active'>;
  readonly actions: FormActions;
  /** The form's words and the host's l10n bundle (absent in English), sent in every init. */
  readonly words: { readonly labels: FormLabels; readonly bundle?: Readonly<Record<string, string>> | undefined };
  readonly marks: RenderMarks;
  readonly t: Translate;
  readonly log: Pick<Logger, 'warn' | 'error'>;
}

export class ResizeFormSession {
  private reading: ClusterReading | undefined;
  private initialDraft: FormDraft | undefined;
  private sendState: SendState = { kind: 'idle' };
  /** A Send of this form is between its click and the lifecycle's answer. */
  private starting = false;
  private operationId: string | undefined;
  /** The tree's facts of the cluster when last looked at. */
  private seenInTree: string | undefined;
  /** Another operation on this cluster the form has already told about. */
  private toldOf: string | undefined;

  constructor(
    private readonly target: FormTarget,
    private readonly deps: FormSessionDeps,
  ) {
    this.initialDraft = target.draft;
  }

  /** Reads the cluster and its hosts fresh; the form's init waits for it (and for the webview's `ready`). */
  async load(): Promise<ClusterReading> {
    const reading = await this.deps.read();
    this.reading = reading;
    this.deps.marks.loaded();
    this.init();
    return reading;
  }

  /** A message from the webview that passed the guard; what throws here ends in the channel's boundary. */
  async handle(m: FormToHost): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.deps.marks.ready();
        this.init();
        return;
      case 'rendered':
        this.deps.marks.rendered(m.timings);
        return;
      case 'send':
        return this.send(m.draft);
      case 'copyBody':
        return this.notice(this.reading && (await this.deps.actions.copyBody(this.reading, m.draft)));
      case 'openAsRequestFile':
        return this.notice(this.reading && (await this.deps.actions.openAsRequestFile(this.reading, m.draft)));
      default:
        return assertNever(m);
    }
  }

  /** Replaces the form's draft with a request file's ("Open in Form" on an open form). */
  prefill(draft: FormDraft): void {
    this.initialDraft = draft;
    this.init();
  }

  /** The journal changed: this form's operation moved on, or another one of the cluster began. */
  historyChanged(): void {
    const { history, t } = this.deps;
    const record = this.operationId ? history.get(this.operationId) : undefined;
    if (record && !this.starting && JSON.stringify(stateOfRecord(record)) !== JSON.stringify(this.sendState)) {
      this.setSendState(stateOfRecord(record));
      if (!isActive(record)) {
        void this.refresh(); // this form's resize ended: its limits follow the new counts, without a word
      }
    }
    const other = history.active().find((r) => r.clusterId === this.target.clusterId && r.id !== this.operationId);
    if (other && other.id !== this.toldOf && !this.starting) {
      this.toldOf = other.id;
      void this.refresh(t('Another resize of this cluster is under way: {0}', other.message ?? other.state));
    }
  }

  /**
   * The tree read the cluster again. When it shows a state or counts the form does not know, the
   * form re-reads and says so; not while this form's own resize is under way (the counts move as
   * nodes come and go, and the outcome area shows the stage).
   */
  treeChanged(): void {
    const seen = this.deps.inTree();
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
    const { t } = this.deps;
    const what = resizeStatusText(seen, t);
    void this.refresh(t('The cluster changed while the form was open ({0}); its limits were refreshed.', what));
  }

  /** The webview takes nothing before its init, so the init waits for `ready` (again after the panel was hidden). */
  private init(): void {
    if (!this.deps.form.isReady || !this.reading) {
      return;
    }
    const { labels, bundle } = this.deps.words;
    this.deps.form.post({
      type: 'init',
      facts: this.reading.facts,
      hosts: this.reading.hosts,
      draft: this.initialDraft ?? initialFormDraft(this.reading.facts, this.target.group),
      ...(this.initialDraft ? { prefilled: true } : {}),
      labels,
      ...(bundle ? { bundle } : {}),
      sendState: this.sendState,
    });
    this.initialDraft = undefined;
  }

  private async send(draft: FormDraft): Promise<void> {
    const { lifecycle, history, t } = this.deps;
    const facts = this.reading?.facts;
    const busy = this.starting
      ? t('A resize from this form is under way.')
      : lifecycle.knownBusy(this.target.clusterId, facts?.name);
    if (busy || !facts) {
      this.notice(busy ?? t('The cluster is still being read.'));
      return;
    }
    this.starting = true;
    this.setSendState({ kind: 'sending' });
    try {
      const { connection, clusterId } = this.target;
      const resizeDraft = toResizeDraft(draft, facts);
      // The count the form showed ("5 → 7"), from the reading it showed it on.
      const from = checkResize({ cluster: facts, hosts: this.reading?.hosts, draft: resizeDraft }, t).change?.from;
      // The raised limit the form was shown with (its reading carries it) holds for the plan too.
      const maxNodes = facts.maxCoreAndTaskNodes;
      const order = {
        connection,
        clusterId,
        wayIn: 'form',
        ask: { draft: resizeDraft },
        ...(maxNodes !== undefined ? { maxNodes } : {}),
      } as const;
      const shown = from === undefined ? order : { ...order, shown: { from } };
      const result = await lifecycle.start(shown, this.deps.confirm);
      this.operationId = result.status === 'declined' ? undefined : result.operationId;
      const record = this.operationId ? history.get(this.operationId) : undefined;
      this.setSendState(record ? stateOfRecord(record) : stateOfResult(result));
    } catch (e) {
      this.deps.log.error(errorForLog(e));
      this.setSendState(stateOfError(e));
    } finally {
      this.starting = false;
    }
  }

  /** Reads the cluster and its hosts again and hands them to the form, with a note when there is one. */
  private async refresh(note?: string): Promise<void> {
    try {
      const reading = await this.deps.read();
      this.reading = reading;
      this.deps.form.post({
        type: 'clusterChanged',
        facts: reading.facts,
        hosts: reading.hosts,
        ...(note ? { note } : {}),
      });
    } catch (e) {
      this.deps.log.warn(`Resize form: re-reading ${this.target.clusterId} failed: ${errorMessage(e)}`);
    }
  }

  private notice(message: string | undefined): void {
    if (message) {
      this.deps.form.post({ type: 'notice', message });
    }
  }

  private setSendState(state: SendState): void {
    this.sendState = state;
    this.deps.form.post({ type: 'sendState', state });
  }
}

/** What the form must not miss of a cluster: its state, its stage and the counts of its groups. */
function changeKey(f: ClusterFacts): string {
  return JSON.stringify([f.state, f.scale ?? '', f.nodeGroups.map((g) => [g.name, g.nodeCount])]);
}
