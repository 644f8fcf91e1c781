// The shapes of the chat agent's tools (issue 24): what a tool is to the core (check its input, say
// what it will do, answer in text), and what the tools read. The VS Code adapter (src/vscode/agent)
// registers them with vscode.lm.registerTool and only maps; everything said is made here.
import type { MrsClient } from '../api/MrsClient';
import type { CatalogLanguage } from '../api/catalogEntry';
import type { ExplorerModel, ClusterFilter } from '../explorer/ExplorerModel';
import type { OperationHistory } from '../journal/OperationHistory';
import type { ConfirmPolicy, ResizeLifecycle } from '../operations';
import type { Translate } from '../translate';

/** The tools' names, as `contributes.languageModelTools` declares them. */
export const AGENT_TOOL_NAMES = [
  'mrs_listClusters',
  'mrs_showCluster',
  'mrs_planResize',
  'mrs_applyResize',
  'mrs_explainError',
] as const;
export type AgentToolName = (typeof AGENT_TOOL_NAMES)[number];

/** VS Code's confirmation before the tool runs: a title, and Markdown. */
export interface ToolConfirmation {
  readonly title: string;
  readonly message: string;
}

/** What `prepareInvocation` says: the progress line, and the confirmation of a tool that changes something. */
export interface ToolPreparation {
  readonly invocationMessage: string;
  readonly confirmation?: ToolConfirmation;
}

/** An input checked: the model's JSON is untrusted, as a webview's message is. */
export type Checked<I> = { readonly ok: true; readonly input: I } | { readonly ok: false; readonly message: string };

/** One tool, as the core knows it. Its texts are user-facing: translated, and redacted by runTool. */
export interface AgentTool<I> {
  readonly name: AgentToolName;
  check(input: unknown): Checked<I>;
  prepare(input: I): Promise<ToolPreparation>;
  /** The answer for the model (and the user who reads it). Refusals are answers, not throws. */
  invoke(input: I, signal?: AbortSignal): Promise<string>;
}

/** A connection as the tools name it: never its credentials. */
export interface AgentConnection {
  readonly name: string;
  readonly region: string;
}

/** What the tools read and use; built by the composition root from what it already has. */
export interface AgentDeps {
  readonly t: Translate;
  /** The host's language, for the error catalog. */
  readonly language: () => CatalogLanguage;
  readonly connections: () => readonly AgentConnection[];
  /** The Clusters view's model: its loaded pages, hosts and nodes are read, not fetched again. */
  readonly explorer: Pick<ExplorerModel, 'whenLoaded' | 'loadMore' | 'view' | 'cluster' | 'hosts'>;
  /** The Clusters view's filter (it applies to the listed clusters). */
  readonly filter: () => ClusterFilter;
  /** For a cluster the view has not listed (another page, filtered out). */
  readonly clientFor: (connection: string) => Promise<Pick<MrsClient, 'getCluster' | 'listClusters'>>;
  readonly lifecycle: Pick<ResizeLifecycle, 'prepare' | 'send'>;
  readonly history: Pick<OperationHistory, 'list' | 'busyWith'>;
  /** The raised core + task limit the user set for a cluster (`mrs.resize.maxNodes`), else undefined. */
  readonly maxNodes: (connection: string, clusterId: string) => number | undefined;
  /** The product's own confirmation (the form's modal for every scale-in), whatever the chat approved. */
  readonly confirm: ConfirmPolicy;
  /** Every connection's secrets: scrubbed from every answer, as the log and the CLI's output are. */
  readonly secrets: () => Promise<readonly string[]>;
}
