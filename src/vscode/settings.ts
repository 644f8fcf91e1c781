import * as vscode from 'vscode';
import { errorMessage } from '../core/errors';
import type { ClusterFacts } from '../core/resize/facts';
import { nodeLimitFor, withNodeLimit } from '../core/resize/nodeLimit';
import { settingMoves } from './settingsMigration';

const config = () => vscode.workspace.getConfiguration('mrs');

export const settings = {
  pageSize: (): number => Math.max(1, Math.min(500, Math.floor(config().get<number>('explorer.pageSize', 50)))),
  refreshSeconds: (): number => Math.max(5, config().get<number>('explorer.refreshSeconds', 15)),
  /** The journal folder shared with other windows and mrs-resize; '' = the platform's default. */
  journalFolder: (): string | undefined => config().get<string>('operations.journalFolder', '').trim() || undefined,
  follow: (): { intervalMs: number; timeoutMs: number } => ({
    intervalMs: Math.max(1, config().get<number>('follow.intervalSeconds', 15)) * 1000,
    timeoutMs: Math.max(1, config().get<number>('follow.timeoutMinutes', 60)) * 60_000,
  }),
  /** The core + task limit technical support raised for a cluster (`mrs.resize.maxNodes`), else undefined (500). */
  maxNodes: (connection: string, clusterId: string): number | undefined =>
    nodeLimitFor(config().get<unknown>('resize.maxNodes'), connection, clusterId),
  /** The cluster with its raised limit on it, if one is set: the rules read it there (core never reads a setting). */
  withMaxNodes: <T extends ClusterFacts>(connection: string, cluster: T): T =>
    withNodeLimit(cluster, settings.maxNodes(connection, cluster.id)),
};

const TARGETS = [
  [vscode.ConfigurationTarget.Global, 'globalValue'],
  [vscode.ConfigurationTarget.Workspace, 'workspaceValue'],
] as const;

/** Moves the values of renamed settings to their new keys, in user and workspace settings. */
export async function migrateSettings(log: vscode.LogOutputChannel): Promise<void> {
  try {
    await moveRenamedSettings(log);
  } catch (e) {
    log.warn(`Could not move renamed settings: ${errorMessage(e)}`);
  }
}

async function moveRenamedSettings(log: vscode.LogOutputChannel): Promise<void> {
  const c = config();
  for (const [target, field] of TARGETS) {
    const moves = settingMoves((from, to) => ({ old: c.inspect(from)?.[field], new: c.inspect(to)?.[field] }));
    for (const move of moves) {
      if (move.value !== undefined) {
        await c.update(move.to, move.value, target);
      }
      await c.update(move.from, undefined, target);
      log.info(`Setting mrs.${move.from} moved to mrs.${move.to}`);
    }
  }
}
