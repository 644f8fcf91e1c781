// What the user confirms before the PUT: the change, and for a scale-in the nodes that may go
// (the chosen server_ids by short host name and IP, or "nodes chosen by MRS"). Plain data: it
// travels in a saved plan (mrs-resize plan --out).
import type { ResizeRequestDto } from '../api/wire';
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
  /** Exactly what will be sent. */
  readonly body: ResizeRequestDto;
  /** Scale-in: the chosen nodes, or 'chosenByMrs'. Absent for a scale-out. */
  readonly removedNodes?: readonly NodeToRemove[] | 'chosenByMrs';
  /** Warnings and infos of the rules, worth showing next to the question. */
  readonly notes: readonly ConfirmationNote[];
  /** "Scale in task nodes of analytics: 5 → 3?" */
  readonly title: string;
  /** Which nodes are added or removed, in one sentence. */
  readonly detail: string;
  /** True for every scale-in: ask modally. The caller decides for a scale-out. */
  readonly modal: boolean;
}

function titleOf(target: ResizeTarget, t: Translate): string {
  const { clusterName: name, from, to } = target;
  if (target.scaleType === 'scale_out') {
    return target.role === 'core'
      ? t('Scale out core nodes of {0}: {1} → {2}?', name, from, to)
      : t('Scale out task nodes of {0}: {1} → {2}?', name, from, to);
  }
  return target.role === 'core'
    ? t('Scale in core nodes of {0}: {1} → {2}?', name, from, to)
    : t('Scale in task nodes of {0}: {1} → {2}?', name, from, to);
}

function removedNodesOf(
  body: ResizeRequestDto,
  hosts: readonly HostFacts[] | undefined,
): readonly NodeToRemove[] | 'chosenByMrs' | undefined {
  if (body.parameters.scale_type !== 'scale_in') {
    return undefined;
  }
  const ids = body.parameters.server_ids ?? [];
  if (ids.length === 0) {
    return 'chosenByMrs';
  }
  return ids.map((id) => {
    const name = hosts?.find((h) => h.id === id)?.name;
    return name === undefined ? { id } : { id, name };
  });
}

/** The chosen hosts as the tree names them (short name and IP), a few and then how many more. */
function removedText(removed: readonly NodeToRemove[], input: ConfirmationInput, t: Translate): string {
  const names = removed.map((r) => {
    const host = input.reading.hosts.find((h) => h.id === r.id);
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
  readonly body: ResizeRequestDto;
  readonly problems: readonly ConfirmationNote[];
}

/** The question for the confirm callback. */
export function buildConfirmation(input: ConfirmationInput, t: Translate): ResizeConfirmation {
  const removedNodes = removedNodesOf(input.body, input.reading.hosts);
  return {
    connection: input.connection,
    target: input.target,
    change: input.change,
    body: input.body,
    ...(removedNodes ? { removedNodes } : {}),
    notes: input.problems.filter((d) => d.severity !== 'error'),
    title: titleOf(input.target, t),
    detail: detailOf(input, removedNodes, t),
    modal: input.target.scaleType === 'scale_in',
  };
}
