import * as vscode from 'vscode';
import type { Services } from '../services';
import { refreshClusters } from './refreshClusters';
import type { CommandSpec } from './registry';

/** The error row's Retry: its click passes the connection name, its inline action the row itself. */
export function retryClusters(s: Services): CommandSpec {
  const refresh = refreshClusters(s);
  return {
    title: vscode.l10n.t('Retry'),
    run: (arg?: unknown) => {
      const row = typeof arg === 'object' && arg !== null ? (arg as { connection?: unknown }) : undefined;
      const connection = typeof arg === 'string' ? arg : row?.connection;
      return refresh.run(typeof connection === 'string' ? connection : undefined);
    },
  };
}
