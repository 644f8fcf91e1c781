// The resize form's contract between the extension host and the webview: one union each way, the
// send states and the form's words; the draft and its mappings live in resizeFormDraft.ts. Plain data only.
import type { LiveQuota } from '../core/quota/live';
import type { FlavorOffer } from '../core/quota/flavorOffer';
import type { ClusterFacts } from '../core/resize/facts';
import type { FormDraft, FormHost } from './resizeFormDraft';

export {
  formDraftOf,
  initialFormDraft,
  isFirstTask,
  isV2Group,
  restartDraft,
  toResizeDraft,
  type FormDraft,
  type FormHost,
} from './resizeFormDraft';

/** Where a Send stands, as the panel shows it in place. */
export type SendState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'declined' }
  | { readonly kind: 'accepted'; readonly message: string; readonly stage?: string }
  /** The answer to the PUT was lost and the cluster shows no change yet: never sent again. */
  | { readonly kind: 'unknown'; readonly message: string }
  | { readonly kind: 'succeeded'; readonly message: string }
  /** A yearly/monthly group's expand: MRS created an order, to pay in the console. */
  | { readonly kind: 'ordered'; readonly message: string; readonly orderId?: string }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'refused';
      readonly code?: string;
      readonly message: string;
      readonly explanation?: string;
      readonly hint?: string;
    }
  | { readonly kind: 'notSent'; readonly message: string };

export const SEND_STATE_KINDS = [
  'idle',
  'sending',
  'declined',
  'accepted',
  'unknown',
  'ordered',
  'succeeded',
  'failed',
  'refused',
  'notSent',
] as const satisfies readonly SendState['kind'][];

/** The form's words, translated on the host (one vscode.l10n.t each). */
export type FormLabels = Readonly<Record<FormLabelKey, string>>;

export const FORM_LABEL_KEYS = [
  'nodeGroup',
  'newTaskGroup',
  'direction',
  'scaleOut',
  'scaleIn',
  'instances',
  'range',
  'rangeOpen',
  'noRange',
  'skipBootstrap',
  'scaleWithoutStart',
  'scaleWithoutStartNote',
  'hosts',
  'letMrsChoose',
  'chooseHosts',
  'chooseAbnormal',
  'forceDeleteNote',
  'hostName',
  'hostIp',
  'hostState',
  'taskNodeInfo',
  'flavor',
  'volumeType',
  'volumeCount',
  'volumeSize',
  'picture',
  'now',
  'after',
  'preview',
  'noBody',
  'copy',
  'openAsRequestFile',
  'send',
  'sendBlocked',
  'sending',
  'declined',
  'accepted',
  'stage',
  'succeeded',
  'ordered',
  'orderId',
  'failed',
  'refused',
  'notSent',
  'unknown',
  'hint',
  'master',
  'core',
  'task',
  'noChange',
  'errorWord',
  'warningWord',
  'noteWord',
] as const;
export type FormLabelKey = (typeof FORM_LABEL_KEYS)[number];

/** Milliseconds since the webview document started loading (its own `performance.now()`). */
export interface RenderTimings {
  /** Our HTML asked for the bundle (before it, the document is VS Code's webview set-up). */
  readonly fetch: number;
  /** The bundle started running. */
  readonly script: number;
  /** The toolkit's components were registered and `ready` was posted. */
  readonly ready: number;
  /** The host's init arrived. */
  readonly init: number;
  /** The form was built and painted (the frame after the render). */
  readonly painted: number;
}

export type HostToForm =
  | {
      readonly type: 'init';
      readonly facts: ClusterFacts;
      readonly hosts: readonly FormHost[];
      /** Where to start (the group the command was run on); a draft kept by the webview wins. */
      readonly draft: FormDraft;
      /** True when `draft` comes from a request file ("Open in Form"): it wins over the kept one. */
      readonly prefilled?: boolean;
      /** True when `draft` is the fresh start after this form's resize ended (restartDraft): it wins too. */
      readonly restarted?: boolean;
      readonly labels: FormLabels;
      /** The host's l10n bundle (vscode.l10n.bundle), for the rules' messages; absent in English. */
      readonly bundle?: Readonly<Record<string, string>>;
      readonly sendState: SendState;
      /** The quota read for this reading (free amounts, what a node takes), once it is known. */
      readonly quota?: LiveQuota;
      /** The flavors MRS offers for the first task nodes of this reading, once read. */
      readonly flavorOffer?: FlavorOffer;
    }
  | {
      readonly type: 'clusterChanged';
      readonly facts: ClusterFacts;
      readonly hosts: readonly FormHost[];
      /** Why the limits were refreshed, translated; none after the form's own resize. */
      readonly note?: string;
      /**
       * This form's resize ended and may have changed the counts: the form starts again from this
       * draft (restartDraft, no count), so that one more click does not resize a second time.
       */
      readonly draft?: FormDraft;
    }
  /** The quota was read for the form's reading: the form runs the arithmetic itself on every keystroke. */
  | { readonly type: 'quota'; readonly quota: LiveQuota }
  /** The flavors MRS offers were read for the form's reading (or why they could not be). */
  | { readonly type: 'flavors'; readonly offer: FlavorOffer }
  | { readonly type: 'sendState'; readonly state: SendState }
  /** A short word from the host that leaves the form as it is (copied; a second Send refused, with why). */
  | { readonly type: 'notice'; readonly message: string };

export type FormToHost =
  | { readonly type: 'ready' }
  /** The first complete render after an init (for the open-to-form figure and tests). */
  | { readonly type: 'rendered'; readonly timings: RenderTimings }
  | { readonly type: 'send'; readonly draft: FormDraft }
  | { readonly type: 'copyBody'; readonly draft: FormDraft }
  | { readonly type: 'openAsRequestFile'; readonly draft: FormDraft };

/** The default of an exhaustive switch: a message type nobody handles fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected message ${JSON.stringify(value)}`);
}
