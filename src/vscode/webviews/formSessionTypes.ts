// The shapes of a resize form's session (ResizeFormSession.ts): which form it is, and what it is
// handed by the panel. No `vscode` import: plain-Node tests build them from fakes.
import type { CatalogLanguage } from '../../core/api/catalogEntry';
import type { Logger } from '../../core/log';
import type { OperationHistory } from '../../core/journal';
import type { ConfirmPolicy, ResizeLifecycle } from '../../core/operations';
import type { FlavorPlacement } from '../../core/model/flavors';
import type { QuotaBasis } from '../../core/quota/basis';
import type { FlavorOffer } from '../../core/quota/flavorOffer';
import type { LiveQuota } from '../../core/quota/live';
import type { ClusterFacts, ClusterReading } from '../../core/resize/facts';
import type { Translate } from '../../core/translate';
import type { FormDraft, HostToForm, FormLabels } from '../../shared/resizeForm';
import type { RenderMarks } from './firstRender';

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
  /**
   * One fresh reading of the cluster (readClusterWithBasis on the connection's client), with what a
   * new node of each group takes from the quota when known.
   */
  readonly read: () => Promise<ClusterReading & { readonly basis?: QuotaBasis; readonly placement?: FlavorPlacement }>;
  /**
   * The quota for a reading, through the connection's cached reader (30 s): once per reading, never
   * per keystroke. Never rejects (a failed read is in `notRead`); absent: the form shows no quota.
   */
  readonly quota?: (basis: QuotaBasis) => Promise<LiveQuota>;
  /**
   * The flavors MRS offers for the reading's version and zone (the first task nodes' choice), through the
   * connection's cached reader. Never rejects (a failed read says why); absent: the form lists the cluster's flavors.
   */
  readonly flavors?: (placement: FlavorPlacement) => Promise<FlavorOffer>;
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
  /** The UI language, for the catalog's explanation of an error. */
  readonly language: CatalogLanguage;
  readonly log: Pick<Logger, 'warn' | 'error'>;
}
