// The task node info steps of a task scale-out from zero (doc 表4: "当Task节点个数为0时，使用该字段
// 指定Task节点的规格"): flavor, disk type, disks per node, disk size; prefilled from the empty task
// group when the cluster has one, and always sent.
import { countByRole, type Cluster } from '../model/cluster';
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

function flavorStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => (applies(s) === undefined ? undefined : !applies(s)),
    run: async (s, p, pos) => {
      const groups = (s.cluster as Cluster).nodeGroups;
      const flavors = [...new Set(groups.map((g) => g.flavor).filter((f): f is string => Boolean(f)))];
      const answer = await p.pick({
        ...stepHeading(s, deps, pos),
        placeholder: t('Instance flavor of the new task nodes'),
        active: info(s).nodeSize || undefined,
        items: flavors.map((f) => ({
          label: f,
          description: t(
            'used by {0}',
            groups
              .filter((g) => g.flavor === f)
              .map((g) => g.name)
              .join(' · '),
          ),
          value: f,
        })),
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
