import * as vscode from 'vscode';
import { refreshClusters, type ReloadDeps } from './refreshClusters';
import { connectionNameOf } from './args';
import type { CommandSpec } from './registry';

/** The error row's Retry: its click passes the connection name, its inline action the row itself. */
export function retryClusters(deps: ReloadDeps): CommandSpec {
  const refresh = refreshClusters(deps);
  return {
    title: vscode.l10n.t('Retry'),
    run: (arg?: unknown) => refresh.run(connectionNameOf(arg)),
  };
}
