// An operation record just written before its PUT (state `sending`): etl, core 3 → 5, connection prod.
import { newOperationRecord, type ResizeOperationRecord } from '../../../src/core/journal';

export const RECORD_STARTED = Date.UTC(2026, 10, 28, 8, 0, 0);

export function aSendingRecord(): ResizeOperationRecord {
  return newOperationRecord({
    id: 'op-1',
    wayIn: 'palette',
    follower: { window: 'w', pid: 1, at: new Date(RECORD_STARTED).toISOString() },
    connection: 'prod',
    startedAtMs: RECORD_STARTED,
    message: 'MRS accepted the resize of etl: 3 → 5 core nodes.',
    target: {
      clusterId: 'c1',
      clusterName: 'etl',
      groupName: 'core_node_analysis_group',
      role: 'core',
      scaleType: 'scale_out',
      from: 3,
      to: 5,
    },
  });
}
