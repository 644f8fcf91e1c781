// The services the composition root builds once and hands to commands explicitly.
import type * as vscode from 'vscode';
import type { ExplorerModel } from '../core/explorer/ExplorerModel';
import type { Prompter } from '../core/prompts/Prompter';
import type { Clients } from './connections/Clients';
import type { ConnectionStore } from './connections/ConnectionStore';
import type { FilterStore } from './tree/FilterStore';
import type { ClustersTreeProvider } from './tree/ClustersTreeProvider';
import type { UiSlot } from './ui';

/** Holds the prompter; integration tests put a scripted one in. */
interface PrompterSlot {
  current: Prompter;
}

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly store: ConnectionStore;
  readonly clients: Clients;
  readonly model: ExplorerModel;
  readonly tree: ClustersTreeProvider;
  readonly filter: FilterStore;
  readonly prompter: PrompterSlot;
  readonly ui: UiSlot;
}
