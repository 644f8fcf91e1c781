// A scale-in of chosen hosts succeeded only if exactly those hosts are gone: MRS may reach the target
// count by removing other nodes (docs/mrs-api.md §4.4), which the count alone cannot tell. The record
// names them by ECS id (v1.1 `server_ids`) or by resource id (v2 shrink `resource_ids`).
import { errorMessage } from '../errors';
import type { Logger } from '../log';
import type { Translate } from '../translate';
import type { FollowResult } from './followLoop';
import type { ResizeClient } from './client';
import type { ResizeOperationRecord } from '../journal/record';

/** The result, turned into a failure when chosen hosts are still listed. A failed look keeps it. */
export async function checkChosenHostsGone(
  client: Pick<ResizeClient, 'listHosts'>,
  record: ResizeOperationRecord,
  result: FollowResult,
  t: Translate,
  logger: Logger,
): Promise<FollowResult> {
  if (result.status !== 'succeeded' || record.serverIds.length === 0) {
    return result;
  }
  try {
    const chosen = new Set(record.serverIds);
    const left = (await client.listHosts(record.clusterId)).filter(
      (h) => chosen.has(h.id) || (h.resourceId !== undefined && chosen.has(h.resourceId)),
    );
    if (left.length === 0) {
      return result;
    }
    const names = left.map((h) => h.name).join(', ');
    const message = t(
      'The resize of {0} ended, but these chosen nodes are still in the cluster: {1}. MRS removed other nodes.',
      record.clusterName,
      names,
    );
    return { ...result, status: 'failed', message };
  } catch (e) {
    logger.warn(`Could not check the removed hosts of ${record.clusterName}: ${errorMessage(e)}`);
    return result;
  }
}
