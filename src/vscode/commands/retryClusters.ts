import * as vscode from 'vscode';
import type { Services } from '../services';
import { refreshClusters } from './refreshClusters';
import { connectionNameOf } from './args';
import type { CommandSpec } from './registry';

/** The error row's Retry: its click passes the connection name, its inline action the row itself. */
export function retryClusters(s: Services): CommandSpec {
  const refresh = refreshClusters(s);
  return {
    title: vscode.l10n.t('Retry'),
    run: (arg?: unknown) => refresh.run(connectionNameOf(arg)),
  };
}
