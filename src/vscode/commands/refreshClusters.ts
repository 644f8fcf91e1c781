import * as vscode from 'vscode';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { Clients } from '../connections/Clients';
import type { ConnectionStore } from '../connections/ConnectionStore';
import type { CommandSpec } from './registry';

/** What reloading the view uses: the connections, their clients (dropped first) and the view's model. */
export interface ReloadDeps {
  readonly store: ConnectionStore;
  readonly clients: Clients;
  readonly model: ExplorerModel;
}

/** The view's Refresh (and the error row's Retry): reloads the first page of one or every connection. */
export function refreshClusters({ store, clients, model }: ReloadDeps): CommandSpec {
  return {
    title: vscode.l10n.t('Refresh'),
    run: async (arg?: unknown) => {
      const names = typeof arg === 'string' ? [arg] : store.list().map((c) => c.name);
      clients.clear();
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () =>
        Promise.all(names.map((n) => model.load(n))),
      );
    },
  };
}
