// One resize form's state on the host: its reading of the cluster, where its Send stands (sent through
// the one ResizeLifecycle), and what it tells the form when the journal or the tree show a change.
// It talks to the webview only through `form` (the WebviewChannel). No `vscode` import: plain-Node tests drive it.
import { checkResize } from '../../core/resize/rules';
import { errorForLog, errorMessage } from '../../core/errors';
import { isActive, type ResizeOperationRecord } from '../../core/journal';
import { resizeStatusText } from '../../core/model/labels';
import type { QuotaBasis } from '../../core/quota/basis';
import type { LiveQuota } from '../../core/quota/live';
import { clusterFactsOf, type ClusterFacts, type ClusterReading } from '../../core/resize/facts';
import {
  assertNever,
  initialFormDraft,
  restartDraft,
  toResizeDraft,
  type FormDraft,
  type FormToHost,
  type SendState,
} from '../../shared/resizeForm';
import { FormFlavors } from './formFlavors';
import type { FormSessionDeps, FormTarget } from './formSessionTypes';
import { stateOfError, stateOfRecord, stateOfResult } from './sendStates';

export type { FormActions, FormOutlet, FormSessionDeps, FormTarget } from './formSessionTypes';

export class ResizeFormSession {
  private reading: ClusterReading | undefined;
  private initialDraft: FormDraft | undefined;
  private sendState: SendState = { kind: 'idle' };
  /** A Send of this form is between its click and the lifecycle's answer. */
  private starting = false;
  /** This form's operation ended and the cluster is being read again before the form is told. */
  private ending = false;
  private operationId: string | undefined;
  /** The draft of this form's last Send: where the form starts again when it ends. */
  private sent: FormDraft | undefined;
  /** The fresh start after this form's resize ended, for the next init when the webview missed it (hidden). */
  private restart: FormDraft | undefined;
  /** The tree's facts of the cluster when last looked at. */
  private seenInTree: string | undefined;
  /** Another operation on this cluster the form has already told about. */
  private toldOf: string | undefined;
  /** The quota read for the latest reading; `quotaFor` counts the readings, so an older answer is dropped. */
  private quota: LiveQuota | undefined;
  private quotaFor = 0;
  /** The flavors MRS offers for the first task nodes, read once per reading. */
  private readonly flavors: FormFlavors;

  constructor(
    private readonly target: FormTarget,
    private readonly deps: FormSessionDeps,
  ) {
    this.initialDraft = target.draft;
    this.flavors = new FormFlavors(deps.flavors, (offer) => deps.form.post({ type: 'flavors', offer }), deps.log);
  }

  /** Reads the cluster and its hosts fresh; the form's init waits for it (and for the webview's `ready`). */
  async load(): Promise<ClusterReading> {
    const reading = await this.deps.read();
    this.reading = reading;
    this.readQuota(reading.basis);
    this.flavors.readingCame(reading);
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
    if (record && !this.starting) {
      void this.show(record);
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
    const { initialDraft, restart } = this;
    this.deps.form.post({
      type: 'init',
      facts: this.reading.facts,
      hosts: this.reading.hosts,
      draft: initialDraft ?? restart ?? initialFormDraft(this.reading.facts, this.target.group),
      ...(initialDraft ? { prefilled: true } : restart ? { restarted: true } : {}),
      labels,
      ...(bundle ? { bundle } : {}),
      sendState: this.sendState,
      ...(this.quota ? { quota: this.quota } : {}),
      ...(this.flavors.offer ? { flavorOffer: this.flavors.offer } : {}),
    });
    this.initialDraft = this.restart = undefined;
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
    this.sent = draft;
    this.restart = undefined;
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
      await (record ? this.show(record) : this.setSendState(stateOfResult(result)));
    } catch (e) {
      this.deps.log.error(errorForLog(e));
      this.setSendState(stateOfError(e, this.deps.language, this.deps.t));
    } finally {
      this.starting = false;
    }
  }

  /**
   * Shows the state of this form's operation record, when it is new. Once the operation ended, the
   * cluster is read again first; when the resize may have changed the counts, the form starts again
   * from them with no count (restartDraft) before it shows the outcome, so Send is never left armed
   * with the old draft against the new counts.
   */
  private async show(record: ResizeOperationRecord): Promise<void> {
    const state = stateOfRecord(record);
    if (this.ending || JSON.stringify(state) === JSON.stringify(this.sendState)) {
      return;
    }
    if (isActive(record)) {
      return this.setSendState(state);
    }
    this.ending = true;
    try {
      const applied = !['refused', 'notSent'].includes(record.state);
      await this.refresh(undefined, applied ? this.sent : undefined);
    } finally {
      this.ending = false;
    }
    this.setSendState(state);
  }

  /**
   * Reads the cluster and its hosts again and hands them to the form, with a note when there is one;
   * with `startFrom`, the form starts again from it (restartDraft against the reading). A failed read
   * is logged, and the fresh start still goes out on the reading the form has.
   */
  private async refresh(note?: string, startFrom?: FormDraft): Promise<void> {
    try {
      const reading = await this.deps.read();
      this.reading = reading;
      this.readQuota(reading.basis);
      this.flavors.readingCame(reading);
    } catch (e) {
      this.deps.log.warn(`Resize form: re-reading ${this.target.clusterId} failed: ${errorMessage(e)}`);
      if (!startFrom || !this.reading) {
        return;
      }
    }
    const { facts, hosts } = this.reading;
    const draft = startFrom && restartDraft(startFrom, facts);
    this.restart = draft && !this.deps.form.isReady ? draft : undefined;
    this.deps.form.post({
      type: 'clusterChanged',
      facts,
      hosts,
      ...(note ? { note } : {}),
      ...(draft ? { draft } : {}),
    });
  }

  /**
   * Reads the quota for a reading in the background (the cached reader answers at once within 30 s)
   * and hands it to the form; the form runs the arithmetic itself as the count changes.
   */
  private readQuota(basis: QuotaBasis | undefined): void {
    const { quota } = this.deps;
    if (!quota || !basis) {
      return;
    }
    const mine = ++this.quotaFor;
    quota(basis).then(
      (value) => {
        if (mine === this.quotaFor) {
          this.quota = value;
          this.deps.form.post({ type: 'quota', quota: value });
        }
      },
      (e: unknown) => this.deps.log.warn(`Resize form: the quota could not be read: ${errorMessage(e)}`),
    );
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
