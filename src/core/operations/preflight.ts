// The pre-flight of every resize: fresh details and hosts, the one
// rule module, and the question for the way in's confirmation policy. Sends nothing.
import type { CallOptions, MrsClient } from '../api/MrsClient';
import type { ResizeRequestDto } from '../api/wire';
import type { Cluster, Host } from '../model/cluster';
import { checkResize } from '../resize/rules';
import type { ResizeDraft } from '../resize/types';
import type { Translate } from '../translate';
import { buildConfirmation, type ResizeConfirmation } from './confirmation';
import { ResizePreflightError } from './errors';
import type { ResizeTarget } from './target';

export type ResizeClient = Pick<MrsClient, 'getCluster' | 'listHosts' | 'resize'>;

export interface ResizePlan {
  readonly cluster: Cluster;
  readonly hosts: readonly Host[] | undefined;
  readonly target: ResizeTarget;
  readonly body: ResizeRequestDto;
  readonly confirmation: ResizeConfirmation;
}

interface PreflightInput {
  readonly connection: string;
  readonly clusterId: string;
  readonly draft: ResizeDraft;
  readonly signal?: AbortSignal;
}

/**
 * Reads the cluster now and checks the draft against it.
 * @throws ResizePreflightError (the rules refuse; errors first), MrsApiError, CancelledError.
 */
export async function preflight(client: ResizeClient, input: PreflightInput, t: Translate): Promise<ResizePlan> {
  const options: CallOptions = { signal: input.signal };
  const cluster = await client.getCluster(input.clusterId, options);
  // Every resize: a host that is not running makes MRS refuse it (12000068).
  const hosts = await client.listHosts(input.clusterId, options);
  const check = checkResize({ cluster, hosts, draft: input.draft }, t);
  if (!check.body || !check.group || !check.change) {
    const errors = check.problems.filter((d) => d.severity === 'error');
    const ordered = [...errors, ...check.problems.filter((d) => d.severity !== 'error')];
    const message = t('The resize cannot be sent: {0}', errors.map((d) => d.message).join(' '));
    throw new ResizePreflightError(message, ordered, cluster);
  }
  const { group, change, body } = check;
  const target: ResizeTarget = {
    clusterId: input.clusterId,
    clusterName: cluster.name,
    groupName: group.name,
    role: group.role,
    scaleType: body.parameters.scale_type,
    from: change.from,
    to: change.to,
  };
  const confirmation = buildConfirmation(
    { connection: input.connection, cluster, hosts, target, change, body, problems: check.problems },
    t,
  );
  return { cluster, hosts, target, body, confirmation };
}
