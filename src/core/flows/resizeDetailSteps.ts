// Steps of the resize flow after the count: task hosts to remove, task node info for the first
// task nodes, and the scale-out options.
import { BACK } from '../prompts/Prompter';
import type { WizardStep } from '../prompts/wizard';
import { isPathWithin, RESIZE_PATHS } from '../resize/diagnostic';
import { taskHostsOfGroup } from '../resize/serverIds';
import { DATA_VOLUME_COUNT_RANGE, DATA_VOLUME_SIZE_RANGE, DOC_DATA_VOLUME_TYPES } from '../resize/types';
import type { ResizeFlowDeps, ResizeFlowState } from './resizeState';
import { checkState, draftOf } from './resizeState';

type Step = WizardStep<ResizeFlowState>;

const isTaskScaleIn = (s: ResizeFlowState): boolean =>
  s.scaleType === 'scale_in' && s.cluster?.nodeGroups.find((g) => g.name === s.group)?.role === 'task';

export function hostsStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => !isTaskScaleIn(s),
    run: async (s, p, pos) => {
      s.hosts ??= await deps.hostsOf(s.connection ?? '', s.cluster?.id ?? '');
      const hosts = taskHostsOfGroup(
        s.hosts,
        s.group,
        (s.cluster?.nodeGroups ?? []).filter((g) => g.role === 'task').length,
      );
      const count = Number(s.instances);
      const answer = await p.pickMany({
        title: deps.title,
        ...pos,
        selected: s.serverIds,
        placeholder: t('Choose exactly {0} task nodes to remove, or none to let MRS choose', count),
        items: hosts.map((h) => ({
          label: h.name,
          description: [h.ip, h.status].filter(Boolean).join(' · '),
          detail: h.id,
          value: h.id,
        })),
        validate: (ids) =>
          ids.length === 0 || ids.length === count
            ? undefined
            : t('Chosen: {0}; nodes to remove: {1}.', ids.length, count),
      });
      if (answer === BACK) {
        return BACK;
      }
      s.serverIds = answer;
    },
  };
}

function needsTaskNodeInfo(s: ResizeFlowState, deps: ResizeFlowDeps): boolean {
  if (s.scaleType !== 'scale_out' || !s.cluster) {
    return false;
  }
  const check = checkState(s, deps.t, { ...draftOf(s), taskNodeInfo: undefined });
  return check.diagnostics.some((d) => d.code === 'taskNodeInfo.required');
}

function infoField(deps: ResizeFlowDeps, key: 'dataVolumeCount' | 'dataVolumeSize', prompt: string): Step {
  return {
    skip: (s) => !needsTaskNodeInfo(s, deps),
    run: async (s, p, pos) => {
      const info = s.taskNodeInfo as NonNullable<ResizeFlowState['taskNodeInfo']>;
      const answer = await p.input({
        title: deps.title,
        ...pos,
        prompt,
        value: info[key],
        validate: (v) => {
          const check = checkState(s, deps.t, { ...draftOf(s), taskNodeInfo: { ...info, [key]: v } });
          return check.diagnostics.find(
            (d) => d.severity === 'error' && isPathWithin(d.path, RESIZE_PATHS.taskNodeInfo),
          )?.message;
        },
      });
      if (answer === BACK) {
        return BACK;
      }
      info[key] = answer.trim();
    },
  };
}

export function taskNodeInfoSteps(deps: ResizeFlowDeps): Step[] {
  const t = deps.t;
  const flavorStep: Step = {
    skip: (s) => !needsTaskNodeInfo(s, deps),
    run: async (s, p, pos) => {
      s.taskNodeInfo ??= { nodeSize: '', dataVolumeType: 'SATA', dataVolumeCount: '1', dataVolumeSize: '100' };
      const flavors = [
        ...new Set((s.cluster?.nodeGroups ?? []).map((g) => g.flavor).filter((f): f is string => Boolean(f))),
      ];
      const answer = await p.pick({
        title: deps.title,
        ...pos,
        placeholder: t('Instance flavor of the new task nodes'),
        active: s.taskNodeInfo.nodeSize || undefined,
        items: flavors.map((f) => ({
          label: f,
          description: t(
            'used by {0}',
            (s.cluster?.nodeGroups ?? [])
              .filter((g) => g.flavor === f)
              .map((g) => g.name)
              .join(', '),
          ),
          value: f,
        })),
      });
      if (answer === BACK) {
        return BACK;
      }
      s.taskNodeInfo.nodeSize = answer;
    },
  };
  const typeLabel: Record<string, string> = {
    SATA: t('SATA (Common I/O)'),
    SAS: t('SAS (High I/O)'),
    SSD: t('SSD (Ultra-high I/O)'),
  };
  const volumeTypeStep: Step = {
    skip: (s) => !needsTaskNodeInfo(s, deps),
    run: async (s, p, pos) => {
      const info = s.taskNodeInfo as NonNullable<ResizeFlowState['taskNodeInfo']>;
      const answer = await p.pick({
        title: deps.title,
        ...pos,
        placeholder: t('Data disk type'),
        active: info.dataVolumeType,
        items: DOC_DATA_VOLUME_TYPES.map((v) => ({ label: typeLabel[v] ?? v, value: v })),
      });
      if (answer === BACK) {
        return BACK;
      }
      info.dataVolumeType = answer;
    },
  };
  return [
    flavorStep,
    volumeTypeStep,
    infoField(
      deps,
      'dataVolumeCount',
      t('Data disks per node ({0}–{1})', DATA_VOLUME_COUNT_RANGE.min, DATA_VOLUME_COUNT_RANGE.max),
    ),
    infoField(
      deps,
      'dataVolumeSize',
      t('Size of each data disk in GB ({0}–{1})', DATA_VOLUME_SIZE_RANGE.min, DATA_VOLUME_SIZE_RANGE.max),
    ),
  ];
}

type Option = 'skipBootstrapScripts' | 'scaleWithoutStart';

export function optionsStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => s.scaleType !== 'scale_out',
    run: async (s, p, pos) => {
      const selected: Option[] = [
        ...(s.skipBootstrapScripts ? ['skipBootstrapScripts' as const] : []),
        ...(s.scaleWithoutStart ? ['scaleWithoutStart' as const] : []),
      ];
      const answer = await p.pickMany<Option>({
        title: deps.title,
        ...pos,
        placeholder: t('Options (none is the usual choice)'),
        selected,
        items: [
          {
            label: t('Skip bootstrap actions'),
            detail: t('Do not run the bootstrap actions of the cluster on the new nodes.'),
            value: 'skipBootstrapScripts',
          },
          {
            label: t('Do not start components after scale-out'),
            detail: t('Start them later yourself (MRS 1.7.2 and later).'),
            value: 'scaleWithoutStart',
          },
        ],
      });
      if (answer === BACK) {
        return BACK;
      }
      s.skipBootstrapScripts = answer.includes('skipBootstrapScripts');
      s.scaleWithoutStart = answer.includes('scaleWithoutStart');
    },
  };
}
