// `task_node_info` (doc 表4, 表6): the flavor and disks of new task nodes, only while the cluster has
// no task nodes, and then always sent: taken from an empty task group when the draft gives none.
import type { TaskNodeInfoDto } from '../api/wire';
import type { Translate } from '../translate';
import { countByRole } from '../model/cluster';
import { problemOf, isBlank, parseWholeNumber, RESIZE_PATHS } from './problem';
import { defined, type ClusterFacts } from './facts';
import { flavorNotOffered } from './flavorOffered';
import {
  DATA_VOLUME_COUNT_RANGE,
  DATA_VOLUME_SIZE_RANGE,
  DATA_VOLUME_TYPES,
  DOC_DATA_VOLUME_TYPES,
  EXTRA_DATA_VOLUME_TYPES,
  type ResizeProblem,
  type ResolvedGroup,
  type ScaleType,
  type TaskNodeInfoDraft,
} from './types';

export interface TaskNodeInfoCheck {
  /** What to send as `task_node_info`, when it is sent and valid. */
  readonly info: TaskNodeInfoDto | undefined;
  readonly problems: ResizeProblem[];
}

/**
 * task_node_info as the empty task group of the cluster tells it (an empty group keeps its flavor
 * and disks): for a draft without one, and to prefill a form. Disk values the doc's ranges refuse
 * are left out. Undefined when the cluster has task nodes or no task group with a flavor.
 */
export function taskNodeInfoDefaults(cluster: ClusterFacts): TaskNodeInfoDraft | undefined {
  const group = cluster.nodeGroups.find((g) => g.role === 'task' && g.flavor);
  if (!group?.flavor || countByRole(cluster.nodeGroups, 'task') > 0) {
    return undefined;
  }
  const { type, count, sizeGb } = group.dataVolume ?? {};
  const known = (value: string | undefined) => value !== undefined && DATA_VOLUME_TYPES.includes(value);
  return defined({
    nodeSize: group.flavor,
    dataVolumeType: known(type) ? type : undefined,
    dataVolumeCount: inRange(count, DATA_VOLUME_COUNT_RANGE) ? count : undefined,
    dataVolumeSize: inRange(sizeGb, DATA_VOLUME_SIZE_RANGE) ? sizeGb : undefined,
  });
}

/** "c6.xlarge.4.linux.bigdata · 2 × 200 GB SATA": flavor and disks, as far as known. */
function describeInfo(info: TaskNodeInfoDto): string {
  const { node_size: flavor, data_volume_count: count, data_volume_size: size, data_volume_type: type } = info;
  const disks = [count !== undefined && size !== undefined ? `${count} × ${size} GB` : undefined, type];
  const text = disks.filter((d) => d !== undefined).join(' ');
  return text ? `${flavor} · ${text}` : flavor;
}

function volumeType(value: string | undefined, t: Translate): ResizeProblem[] {
  if (isBlank(value) || DOC_DATA_VOLUME_TYPES.includes(value as string)) {
    return [];
  }
  // GPSSD: accepted by the official SDK (its enum) and the emulator, not listed by the resize doc.
  if (EXTRA_DATA_VOLUME_TYPES.includes(value as string)) {
    const message = t(
      '{0} (general-purpose SSD) is not in the resize API documentation, which lists SATA, SAS and SSD; the official SDK accepts it.',
      value as string,
    );
    return [problemOf('info', RESIZE_PATHS.volumeType, 'taskNodeInfo.volumeTypeNotDocumented', message)];
  }
  return [
    problemOf(
      'error',
      RESIZE_PATHS.volumeType,
      'taskNodeInfo.volumeType',
      t('The data disk type must be SATA, SAS, SSD or GPSSD.'),
    ),
  ];
}

function inRange(value: unknown, range: { min: number; max: number }): boolean {
  const n = parseWholeNumber(value);
  return n !== undefined && n >= range.min && n <= range.max;
}

/** The problems about the fields of a given task_node_info, whatever the cluster. */
export function checkTaskNodeInfoFields(draft: TaskNodeInfoDraft, t: Translate): ResizeProblem[] {
  const found: ResizeProblem[] = [];
  if (typeof draft.nodeSize !== 'string' || draft.nodeSize.trim() === '') {
    found.push(
      problemOf(
        'error',
        RESIZE_PATHS.nodeSize,
        'taskNodeInfo.nodeSizeMissing',
        t('Enter the instance flavor of the new task nodes.'),
      ),
    );
  }
  found.push(...volumeType(draft.dataVolumeType, t));
  if (!isBlank(draft.dataVolumeCount) && !inRange(draft.dataVolumeCount, DATA_VOLUME_COUNT_RANGE)) {
    const { min, max } = DATA_VOLUME_COUNT_RANGE;
    found.push(
      problemOf(
        'error',
        RESIZE_PATHS.volumeCount,
        'taskNodeInfo.volumeCount',
        t('The number of data disks must be a whole number from {0} to {1}.', min, max),
      ),
    );
  }
  if (!isBlank(draft.dataVolumeSize) && !inRange(draft.dataVolumeSize, DATA_VOLUME_SIZE_RANGE)) {
    const { min, max } = DATA_VOLUME_SIZE_RANGE;
    found.push(
      problemOf(
        'error',
        RESIZE_PATHS.volumeSize,
        'taskNodeInfo.volumeSize',
        t('The data disk size must be a whole number of GB from {0} to {1}.', min, max),
      ),
    );
  }
  return found;
}

/** The wire form: blank optional fields are left out, counts become integers. */
export function toTaskNodeInfoDto(draft: TaskNodeInfoDraft): TaskNodeInfoDto {
  const dto: TaskNodeInfoDto = { node_size: draft.nodeSize.trim() };
  if (!isBlank(draft.dataVolumeType)) {
    dto.data_volume_type = draft.dataVolumeType;
  }
  if (!isBlank(draft.dataVolumeCount)) {
    dto.data_volume_count = parseWholeNumber(draft.dataVolumeCount);
  }
  if (!isBlank(draft.dataVolumeSize)) {
    dto.data_volume_size = parseWholeNumber(draft.dataVolumeSize);
  }
  return dto;
}

function whenAbsent(cluster: ClusterFacts, applies: boolean, t: Translate): TaskNodeInfoCheck {
  if (!applies || countByRole(cluster.nodeGroups, 'task') > 0) {
    return { info: undefined, problems: [] };
  }
  // The doc (表4): "当Task节点个数为0时，使用该字段指定Task节点的规格": always sent from zero.
  const defaults = taskNodeInfoDefaults(cluster);
  if (defaults !== undefined) {
    const info = toTaskNodeInfoDto(defaults);
    const group = cluster.nodeGroups.find((g) => g.role === 'task' && g.flavor)?.name ?? '';
    const message = t(
      'New task nodes get the flavor and disks of the empty node group {0}: {1}.',
      group,
      describeInfo(info),
    );
    return { info, problems: [problemOf('info', RESIZE_PATHS.taskNodeInfo, 'taskNodeInfo.flavorFromGroup', message)] };
  }
  const message = t(
    'The cluster has no task nodes: enter the flavor and disks of the new task nodes (task_node_info).',
  );
  return {
    info: undefined,
    problems: [problemOf('error', RESIZE_PATHS.taskNodeInfo, 'taskNodeInfo.required', message)],
  };
}

/**
 * The problems about `task_node_info` for a draft whose group is resolved; the flavor it sends is checked
 * against MRS's offer when the facts carry one (flavorOffered.ts).
 */
export function checkTaskNodeInfo(
  cluster: ClusterFacts,
  group: ResolvedGroup,
  scaleType: ScaleType,
  draft: TaskNodeInfoDraft | undefined,
  t: Translate,
): TaskNodeInfoCheck {
  const checked = checkInfo(cluster, group, scaleType, draft, t);
  const offer = flavorNotOffered(cluster, checked.info, t);
  return offer.length === 0 ? checked : { ...checked, problems: [...checked.problems, ...offer] };
}

function checkInfo(
  cluster: ClusterFacts,
  group: ResolvedGroup,
  scaleType: ScaleType,
  draft: TaskNodeInfoDraft | undefined,
  t: Translate,
): TaskNodeInfoCheck {
  const applies = scaleType === 'scale_out' && group.role === 'task';
  if (draft === undefined) {
    return whenAbsent(cluster, applies, t);
  }
  const tasks = countByRole(cluster.nodeGroups, 'task');
  if (tasks > 0) {
    const message = t('Task node info can only be given while the cluster has no task nodes (it has {0}).', tasks);
    return {
      info: undefined,
      problems: [problemOf('error', RESIZE_PATHS.taskNodeInfo, 'taskNodeInfo.forbidden', message)],
    };
  }
  if (!applies) {
    const message = t('Task node info only applies to a task scale-out; it is left out of the request.');
    return {
      info: undefined,
      problems: [problemOf('warning', RESIZE_PATHS.taskNodeInfo, 'taskNodeInfo.ignored', message)],
    };
  }
  const problems = checkTaskNodeInfoFields(draft, t);
  return { info: problems.some((d) => d.severity === 'error') ? undefined : toTaskNodeInfoDto(draft), problems };
}
