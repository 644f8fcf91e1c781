// The chat agent's tools in VS Code: each tool of src/core/agent registered with vscode.lm.registerTool
// (declared in package.json's languageModelTools). Only maps: the input to the core, a cancellation
// to an AbortSignal, the core's confirmation to VS Code's, its text to a LanguageModelToolResult.
import * as vscode from 'vscode';
import {
  AGENT_TOOL_NAMES,
  agentTools,
  prepareTool,
  runTool,
  type AgentDeps,
  type AgentTool,
  type AgentToolName,
  type AgentTools,
  type ToolPreparation,
} from '../../core/agent';
import { credentialSecrets } from '../../core/auth/credentials';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { OperationHistory } from '../../core/journal';
import type { ResizeLifecycle } from '../../core/operations';
import type { Clients } from '../connections/Clients';
import type { ConnectionStore } from '../connections/ConnectionStore';
import { uiLanguage } from '../language';
import { confirmAfterSummary } from '../operations/confirmAfterSummary';
import { settings } from '../settings';
import type { FilterStore } from '../tree/FilterStore';
import type { UiSlot } from '../ui';

/** What the tools use, as the composition root built it. */
export interface AgentToolsDeps {
  readonly log: vscode.LogOutputChannel;
  readonly store: ConnectionStore;
  readonly clients: Clients;
  readonly model: ExplorerModel;
  readonly filter: FilterStore;
  readonly lifecycle: ResizeLifecycle;
  readonly history: OperationHistory;
  readonly ui: UiSlot;
  /** Told each time a tool runs (the walkthrough's step "Ask the chat agent"). */
  readonly onInvoked?: () => void;
}

/** Every secret of every connection (SecretStorage, the environment's): scrubbed from the tools' answers. */
async function allSecrets(store: ConnectionStore): Promise<string[]> {
  const credentials = await Promise.all(store.list().map((c) => store.credential(c)));
  return credentials.flatMap((c) => (c ? credentialSecrets(c) : []));
}

function coreDeps(d: AgentToolsDeps): AgentDeps {
  return {
    t: vscode.l10n.t,
    language: uiLanguage,
    connections: () => d.store.list().map((c) => ({ name: c.name, region: c.region })),
    explorer: d.model,
    filter: () => d.filter.get(),
    clientFor: (name) => d.clients.get(name),
    lifecycle: d.lifecycle,
    history: d.history,
    maxNodes: settings.maxNodes,
    // The form's and the palette's policy: every scale-in asks modally, naming the nodes.
    confirm: confirmAfterSummary(d.ui),
    secrets: () => allSecrets(d.store),
  };
}

function signalOf(token: vscode.CancellationToken): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const listener = token.onCancellationRequested(() => controller.abort());
  if (token.isCancellationRequested) {
    controller.abort();
  }
  return {
    signal: controller.signal,
    dispose: () => {
      listener.dispose();
    },
  };
}

function registered(tool: AgentTool<unknown>, deps: AgentDeps, d: AgentToolsDeps) {
  return vscode.lm.registerTool<unknown>(tool.name, {
    async prepareInvocation(options) {
      const prepared = await prepareTool(tool, options.input, deps);
      const c = prepared.confirmation;
      const confirmationMessages = c && { title: c.title, message: new vscode.MarkdownString(c.message) };
      return {
        invocationMessage: prepared.invocationMessage,
        ...(confirmationMessages ? { confirmationMessages } : {}),
      };
    },
    async invoke(options, token) {
      d.onInvoked?.();
      const cancel = signalOf(token);
      try {
        const text = await runTool(tool, options.input, { ...deps, logger: d.log }, cancel.signal);
        return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
      } finally {
        cancel.dispose();
      }
    },
  });
}

/** The registered tools, and what VS Code would be told before one runs (for the integration tests). */
export interface AgentToolsWiring {
  readonly tools: AgentTools;
  prepare(name: AgentToolName, input: unknown): Promise<ToolPreparation>;
}

/** Registers the five tools; their disposables go to the extension's subscriptions. */
export function registerAgentTools(context: vscode.ExtensionContext, d: AgentToolsDeps): AgentToolsWiring {
  const deps = coreDeps(d);
  const tools = agentTools(deps);
  for (const name of AGENT_TOOL_NAMES) {
    context.subscriptions.push(registered(tools[name], deps, d));
  }
  return { tools, prepare: (name, input) => prepareTool(tools[name], input, deps) };
}
