// What the composition root built, as one bag, for the one reader that takes it whole: the
// integration tests' TestApi (src/extension.ts). Production code takes the few members it uses, by
// name (commands/all.ts picks them for the commands); none of it is handed this bag.
import type * as vscode from 'vscode';
import type { ExplorerModel } from '../core/explorer/ExplorerModel';
import type { Clients } from './connections/Clients';
import type { ConnectionStore } from './connections/ConnectionStore';
import type { PrompterSlot } from './prompts/PrompterSlot';
import type { FilterStore } from './tree/FilterStore';
import type { ClustersTreeProvider } from './tree/ClustersTreeProvider';
import type { UiSlot } from './ui';

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
