import * as vscode from 'vscode';
import type { Services } from '../services';
import type { CommandSpec } from './registry';

/** The view's Refresh (and the error row's Retry): reloads the first page of one or every connection. */
export function refreshClusters(s: Services): CommandSpec {
  return {
    title: vscode.l10n.t('Refresh'),
    run: async (arg?: unknown) => {
      const names = typeof arg === 'string' ? [arg] : s.store.list().map((c) => c.name);
      s.clients.clear();
      await vscode.window.withProgress({ location: { viewId: 'mrs.clusters' } }, () =>
        Promise.all(names.map((n) => s.model.load(n))),
      );
    },
  };
}
