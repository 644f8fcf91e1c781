// What the user confirms before the call: the change, and for a scale-in the nodes that may go
// (the chosen server_ids or resource_ids by short host name and IP, or "nodes chosen by MRS"). Plain
// data: it travels in a saved plan (mrs-resize plan --out).
import type { ResizeCall } from '../api/resizeCall';
import type { Translate } from '../translate';
import type { ClusterReading, HostFacts } from '../resize/facts';
import { hostText, listText } from '../resize/hostText';
import type { ResizeChange, Severity } from '../resize/types';
import type { ResizeTarget } from './target';

interface NodeToRemove {
  readonly id: string;
  /** Host name, when the host list knows the id. */
  readonly name?: string;
}

/** A warning or an info of the plan, shown with the question. */
export interface ConfirmationNote {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export interface ResizeConfirmation {
  readonly connection: string;
  readonly target: ResizeTarget;
  readonly change: ResizeChange;
  /** Exactly what will be sent: which call, and its body. */
  readonly call: ResizeCall;
  /** Scale-in: the chosen nodes, or 'chosenByMrs'. Absent for a scale-out. */
  readonly removedNodes?: readonly NodeToRemove[] | 'chosenByMrs';
  /** True when the chosen nodes are abnormal nodes MRS force-deletes (a v2 shrink's resource_ids). */
  readonly forceDelete?: boolean;
  /** Warnings and infos of the rules, worth showing next to the question. */
  readonly notes: readonly ConfirmationNote[];
  /** "Scale in task nodes of analytics: 5 → 3?" */
  readonly title: string;
  /** Which nodes are added or removed, in one sentence. */
  readonly detail: string;
  /** True for every scale-in and for adding master nodes: ask modally. The caller decides for another scale-out. */
  readonly modal: boolean;
}

function titleOf(target: ResizeTarget, t: Translate): string {
  const { clusterName: name, from, to } = target;
  if (target.role === 'master') {
    return t('Scale out master nodes of {0}: {1} → {2}?', name, from, to);
  }
  if (target.scaleType === 'scale_out') {
    return target.role === 'core'
      ? t('Scale out core nodes of {0}: {1} → {2}?', name, from, to)
      : t('Scale out task nodes of {0}: {1} → {2}?', name, from, to);
  }
  return target.role === 'core'
    ? t('Scale in core nodes of {0}: {1} → {2}?', name, from, to)
    : t('Scale in task nodes of {0}: {1} → {2}?', name, from, to);
}

/** The ids a scale-in names: `server_ids` of the v1.1 PUT, `resource_ids` of the v2 shrink. */
function chosenIds(
  call: ResizeCall,
): { readonly ids: readonly string[]; readonly by: 'id' | 'resourceId' } | undefined {
  if (call.kind === 'v1.1') {
    return call.body.parameters.scale_type === 'scale_in'
      ? { ids: call.body.parameters.server_ids ?? [], by: 'id' }
      : undefined;
  }
  return call.kind === 'shrink' ? { ids: call.body.resource_ids ?? [], by: 'resourceId' } : undefined;
}

function hostNamed(hosts: readonly HostFacts[] | undefined, id: string): HostFacts | undefined {
  return hosts?.find((h) => h.id === id || (h.resourceId !== undefined && h.resourceId === id));
}

function removedNodesOf(
  call: ResizeCall,
  hosts: readonly HostFacts[] | undefined,
): readonly NodeToRemove[] | 'chosenByMrs' | undefined {
  const chosen = chosenIds(call);
  if (chosen === undefined) {
    return undefined;
  }
  if (chosen.ids.length === 0) {
    return 'chosenByMrs';
  }
  return chosen.ids.map((id) => {
    const name = hostNamed(hosts, id)?.name;
    return name === undefined ? { id } : { id, name };
  });
}

/** The chosen hosts as the tree names them (short name and IP), a few and then how many more. */
function removedText(removed: readonly NodeToRemove[], input: ConfirmationInput, t: Translate): string {
  const names = removed.map((r) => {
    const host = hostNamed(input.reading.hosts, r.id);
    return host ? hostText(host, input.reading.facts.id, t, false) : r.id;
  });
  return listText(names, t);
}

function detailOf(input: ConfirmationInput, removed: ReturnType<typeof removedNodesOf>, t: Translate): string {
  const { target } = input;
  const n = Math.abs(target.to - target.from);
  if (removed === undefined) {
    return t('Nodes to add to node group {1}: {0}.', n, target.groupName);
  }
  if (removed !== 'chosenByMrs' && input.call.kind === 'shrink') {
    return t(
      'These abnormal nodes will be force-deleted from node group {0}: {1}.',
      target.groupName,
      removedText(removed, input, t),
    );
  }
  if (removed === 'chosenByMrs') {
    return t('Nodes to remove from node group {1}: {0}, chosen by MRS.', n, target.groupName);
  }
  return t('These nodes will be removed from node group {0}: {1}.', target.groupName, removedText(removed, input, t));
}

interface ConfirmationInput {
  readonly connection: string;
  readonly reading: ClusterReading;
  readonly target: ResizeTarget;
  readonly change: ResizeChange;
  readonly call: ResizeCall;
  readonly problems: readonly ConfirmationNote[];
}

/** The question for the confirm callback. */
export function buildConfirmation(input: ConfirmationInput, t: Translate): ResizeConfirmation {
  const removedNodes = removedNodesOf(input.call, input.reading.hosts);
  const forceDelete = input.call.kind === 'shrink' && Array.isArray(removedNodes);
  return {
    connection: input.connection,
    target: input.target,
    change: input.change,
    call: input.call,
    ...(removedNodes ? { removedNodes } : {}),
    ...(forceDelete ? { forceDelete } : {}),
    notes: input.problems.filter((d) => d.severity !== 'error'),
    title: titleOf(input.target, t),
    detail: detailOf(input, removedNodes, t),
    modal: input.target.scaleType === 'scale_in' || input.target.role === 'master',
  };
}
