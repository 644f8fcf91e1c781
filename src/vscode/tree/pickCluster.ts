import * as vscode from 'vscode';
import type { Connection } from '../../core/connections/connection';
import type { Cluster } from '../../core/model/cluster';
import { pickOne } from '../../core/prompts/Prompter';
import type { ExplorerModel } from '../../core/explorer/ExplorerModel';
import type { Clients } from '../connections/Clients';
import type { ConnectionStore } from '../connections/ConnectionStore';
import { pickConnection, type ConnectionPickerDeps } from '../connections/pickConnection';
import { clusterDescription } from './describe';
import type { ClusterTreeElement } from './elements';

/** What picking a cluster reads: the view's clusters, the connections and their clients, the prompter. */
export interface ClusterPickerDeps extends ConnectionPickerDeps {
  readonly model: ExplorerModel;
  readonly clients: Clients;
}

interface ClusterRef {
  readonly connection: string;
  readonly cluster: Cluster;
}

interface ClusterChoice {
  /** The tree element the command runs on: its cluster (a cluster's, node group's or host's) when the view has it. */
  readonly element?: ClusterTreeElement;
  /**
   * Pick among the active connection's clusters without asking for a connection first, running
   * ones first (for a resize: the others cannot take one now).
   */
  readonly activeOnly?: boolean;
}

/** Running clusters first, each part in the order MRS listed them. */
function runningFirst(clusters: readonly Cluster[]): Cluster[] {
  return [...clusters.filter((c) => c.state === 'running'), ...clusters.filter((c) => c.state !== 'running')];
}

/**
 * The cluster a command acts on: the one of its tree element, else one the user picks from the
 * clusters of a connection (the active one with `activeOnly`, else one the user picks first).
 */
export async function pickCluster(
  s: ClusterPickerDeps,
  title: string,
  choice: ClusterChoice = {},
): Promise<ClusterRef> {
  const element = choice.element;
  if (element && 'clusterId' in element) {
    const known = s.model.cluster(element.connection, element.clusterId);
    if (known) {
      return { connection: element.connection, cluster: known };
    }
  }
  const connection = choice.activeOnly ? activeConnection(s.store) : await pickConnection(s, title);
  const client = await s.clients.get(connection.name);
  const clusters = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Listing clusters…') },
    () => client.listClusters({ state: 'existing' }),
  );
  if (clusters.length === 0) {
    throw new Error(vscode.l10n.t('No clusters in {0}', connection.region));
  }
  const cluster = await pickOne(s.prompter.current, {
    title,
    placeholder: vscode.l10n.t('Cluster'),
    matchOnDescription: true,
    items: (choice.activeOnly ? runningFirst(clusters) : clusters).map((c) => ({
      label: c.name,
      description: clusterDescription(c, vscode.l10n.t),
      detail: c.id,
      value: c,
    })),
  });
  return { connection: connection.name, cluster };
}

function activeConnection(store: ConnectionStore): Connection {
  const active = store.active();
  if (!active) {
    throw new Error(vscode.l10n.t('No MRS connection yet: add one first.'));
  }
  return active;
}
