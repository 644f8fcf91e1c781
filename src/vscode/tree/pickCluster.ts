import * as vscode from 'vscode';
import type { Cluster } from '../../core/model/cluster';
import { pickOne } from '../../core/prompts/Prompter';
import { pickConnection } from '../connections/pickConnection';
import type { Services } from '../services';
import type { ClusterTreeElement } from './elements';
import { clusterDescription } from './describe';

interface ClusterRef {
  readonly connection: string;
  readonly cluster: Cluster;
}

interface ClusterChoice {
  /** The tree element the command runs on: its cluster (a cluster's, node group's or host's) when the view has it. */
  readonly element?: ClusterTreeElement;
}

/** The cluster a command acts on: the one of its tree element, else one the user picks. */
export async function pickCluster(s: Services, title: string, choice: ClusterChoice = {}): Promise<ClusterRef> {
  const element = choice.element;
  if (element && 'clusterId' in element) {
    const known = s.model.cluster(element.connection, element.clusterId);
    if (known) {
      return { connection: element.connection, cluster: known };
    }
  }
  const connection = await pickConnection(s, title);
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
    items: clusters.map((c) => ({
      label: c.name,
      description: clusterDescription(c, vscode.l10n.t),
      detail: c.id,
      value: c,
    })),
  });
  return { connection: connection.name, cluster };
}

/** A cluster of the active connection, picked by name (the palette path of the form and of a new request file). */
export async function pickActiveCluster(s: Services, title: string): Promise<ClusterRef> {
  const connection = s.store.active()?.name;
  if (!connection) {
    throw new Error(vscode.l10n.t('No MRS connection yet: add one first.'));
  }
  const clusters = await (await s.clients.get(connection)).listClusters({ state: 'existing' });
  const cluster = await pickOne(s.prompter.current, {
    title,
    placeholder: vscode.l10n.t('Choose a cluster'),
    items: clusters.map((c) => ({ label: c.name, description: c.stateText, value: c })),
  });
  return { connection, cluster };
}
