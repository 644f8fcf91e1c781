import * as vscode from 'vscode';
import { initialState, runResizeFlow } from '../../core/flows/resizeFlow';
import { ResizeBusyError, type ResizeLifecycle } from '../../core/operations';
import { completeWithNodes } from '../../core/plan/readCluster';
import { readFlavorOffer } from '../../core/quota/offeredFlavors';
import type { ScaleType } from '../../core/resize/types';
import { confirmAfterSummary } from '../operations/confirmAfterSummary';
import type { ClusterPickerDeps } from '../tree/pickCluster';
import { settings } from '../settings';
import type { UiSlot } from '../ui';
import { treeElementOf } from './args';
import type { CommandSpec } from './registry';

/** The flow asks for a connection, a cluster and hosts as the cluster picker does; the lifecycle sends. */
type ResizeDeps = ClusterPickerDeps & { readonly ui: UiSlot; readonly lifecycle: ResizeLifecycle };

/** "Resize Node Group…" from the palette; "Scale Out…" / "Scale In…" on a node group of the tree. */
export function resizeNodeGroup(deps: ResizeDeps, scaleType?: ScaleType): CommandSpec {
  const { model, store, clients, prompter, ui, lifecycle } = deps;
  const title =
    scaleType === 'scale_out'
      ? vscode.l10n.t('Scale Out')
      : scaleType === 'scale_in'
        ? vscode.l10n.t('Scale In')
        : vscode.l10n.t('Resize Node Group');
  return {
    title,
    run: async (arg?: unknown) => {
      const element = treeElementOf(arg, 'nodeGroup');
      const known = element ? model.cluster(element.connection, element.clusterId) : undefined;
      const cluster = element && known ? settings.withMaxNodes(element.connection, known) : undefined;
      const busy = cluster && lifecycle.knownBusy(cluster.id, cluster.name);
      if (busy) {
        throw new ResizeBusyError(busy, element?.connection ?? '', cluster.id);
      }
      const group = cluster ? element?.group : undefined;
      const state = initialState({ connection: element?.connection, cluster, group, scaleType });
      const result = await runResizeFlow(state, prompter.current, {
        t: vscode.l10n.t,
        connections: () => store.list(),
        clustersOf: async (c) =>
          (await (await clients.get(c)).listClusters({ state: 'existing' })).map((cl) => settings.withMaxNodes(c, cl)),
        // A custom cluster's group roles, billing and resource ids come from its nodes (ListNodes).
        readingOf: async (c, cl) => {
          const client = await clients.get(c);
          return completeWithNodes(client, cl, await client.listHosts(cl.id));
        },
        busy: (id) => lifecycle.knownBusy(id) !== undefined,
        quotaReads: (c) => clients.quota(c), // cached: the plan that follows gets the same answers
        flavorOffer: async (c, cl) => readFlavorOffer(await clients.quota(c), cl, vscode.l10n.t),
      });
      const order = {
        connection: result.connection,
        clusterId: result.cluster.id,
        wayIn: 'palette',
        ask: { draft: result.draft },
        maxNodes: settings.maxNodes(result.connection, result.cluster.id),
        ...(result.shownFrom !== undefined ? { shown: { from: result.shownFrom } } : {}),
      } as const;
      await lifecycle.start(order, confirmAfterSummary(ui));
    },
  };
}
