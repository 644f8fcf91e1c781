// The task node info steps of a task scale-out from zero (doc 表4: "当Task节点个数为0时，使用该字段
// 指定Task节点的规格"): flavor (those MRS offers, with vCPUs and memory; issue 23), disk type, disks per
// node, disk size; prefilled from the empty task group when the cluster has one, and always sent.
import { errorMessage, isCancelled } from '../errors';
import { countByRole, type Cluster } from '../model/cluster';
import { flavorChoices } from '../quota/flavorChoices';
import type { FlavorOffer } from '../quota/flavorOffer';
import { BACK } from '../prompts/Prompter';
import type { WizardStep } from '../prompts/wizard';
import { isPathWithin, RESIZE_PATHS } from '../resize/problem';
import { taskNodeInfoDefaults } from '../resize/rules';
import { fieldNames, volumeTypeLabel } from '../resize/fieldNames';
import { DATA_VOLUME_COUNT_RANGE, DATA_VOLUME_SIZE_RANGE, DATA_VOLUME_TYPES } from '../resize/types';
import { chosenRole, usesV2 } from './resizeChoice';
import {
  stepHeading,
  checkState,
  draftOf,
  type ResizeFlowDeps,
  type ResizeFlowState,
  type TaskNodeInfoState,
} from './resizeState';

type Step = WizardStep<ResizeFlowState>;

/** Undefined until cluster, group and direction are chosen. */
function applies(s: ResizeFlowState): boolean | undefined {
  const role = chosenRole(s);
  if (role === undefined) {
    return undefined;
  }
  // Never for the v2 expand: it adds nodes like the group's own.
  const cluster = s.cluster as Cluster;
  return s.scaleType === 'scale_out' && role === 'task' && !usesV2(s) && countByRole(cluster.nodeGroups, 'task') === 0;
}

/** What the steps start from: the empty task group's flavor and disks, else one 100 GB SATA disk. */
export function prefilledTaskNodeInfo(cluster: Cluster): TaskNodeInfoState {
  const group = taskNodeInfoDefaults(cluster);
  const text = (v: string | number | undefined, fallback: string) => (v === undefined ? fallback : String(v));
  return {
    nodeSize: group?.nodeSize ?? '',
    dataVolumeType: text(group?.dataVolumeType, 'SATA'),
    dataVolumeCount: text(group?.dataVolumeCount, String(DATA_VOLUME_COUNT_RANGE.min)),
    dataVolumeSize: text(group?.dataVolumeSize, String(DATA_VOLUME_SIZE_RANGE.min)),
  };
}

function info(s: ResizeFlowState): TaskNodeInfoState {
  s.taskNodeInfo ??= prefilledTaskNodeInfo(s.cluster as Cluster);
  return s.taskNodeInfo;
}

/** The offer for the chosen cluster: read once per cluster; a failed read is an offer that says why. */
async function offerOf(s: ResizeFlowState, deps: ResizeFlowDeps): Promise<FlavorOffer | undefined> {
  const cluster = s.cluster as Cluster;
  if (!deps.flavorOffer) {
    return undefined;
  }
  if (s.flavorOffer?.clusterId !== cluster.id) {
    const offer = await deps.flavorOffer(s.connection ?? '', cluster).catch((e: unknown): FlavorOffer => {
      if (isCancelled(e)) {
        throw e;
      }
      return { ok: false, reason: errorMessage(e) };
    });
    s.flavorOffer = { clusterId: cluster.id, offer };
  }
  return s.flavorOffer.offer;
}

/** The flavors MRS offers (vCPUs and memory in the description), else the cluster's own under a note. */
function flavorStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => (applies(s) === undefined ? undefined : !applies(s)),
    run: async (s, p, pos) => {
      const { items, note } = flavorChoices(s.cluster as Cluster, await offerOf(s, deps), t);
      const answer = await p.pick({
        ...stepHeading(s, deps, pos),
        placeholder: t('Instance flavor of the new task nodes'),
        active: info(s).nodeSize || undefined,
        items: [
          ...(note ? [{ label: note, value: '', kind: 'note' as const }] : []),
          ...items.map((c) => ({ label: c.value, description: c.description || undefined, value: c.value })),
        ],
      });
      if (answer === BACK) {
        return BACK;
      }
      info(s).nodeSize = answer;
    },
  };
}

function volumeTypeStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => (applies(s) === undefined ? undefined : !applies(s)),
    run: async (s, p, pos) => {
      const answer = await p.pick({
        ...stepHeading(s, deps, pos),
        placeholder: fieldNames(t).dataVolumeType,
        active: info(s).dataVolumeType,
        items: DATA_VOLUME_TYPES.map((v) => ({ label: volumeTypeLabel(v, t), value: v })),
      });
      if (answer === BACK) {
        return BACK;
      }
      info(s).dataVolumeType = answer;
    },
  };
}

function numberStep(deps: ResizeFlowDeps, key: 'dataVolumeCount' | 'dataVolumeSize', prompt: string): Step {
  return {
    skip: (s) => (applies(s) === undefined ? undefined : !applies(s)),
    run: async (s, p, pos) => {
      const answer = await p.input({
        ...stepHeading(s, deps, pos),
        prompt,
        value: info(s)[key],
        validate: (v) => {
          const check = checkState(s, deps.t, { ...draftOf(s), taskNodeInfo: { ...info(s), [key]: v } });
          return check.problems.find((d) => d.severity === 'error' && isPathWithin(d.path, RESIZE_PATHS.taskNodeInfo))
            ?.message;
        },
      });
      if (answer === BACK) {
        return BACK;
      }
      info(s)[key] = answer.trim();
    },
  };
}

export function taskNodeInfoSteps(deps: ResizeFlowDeps): Step[] {
  const names = fieldNames(deps.t);
  return [
    flavorStep(deps),
    volumeTypeStep(deps),
    numberStep(deps, 'dataVolumeCount', names.dataVolumeCount),
    numberStep(deps, 'dataVolumeSize', names.dataVolumeSize),
  ];
}
