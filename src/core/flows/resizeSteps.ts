// The steps of "MRS: Resize Node Group…" that choose what to resize: connection → cluster → node
// group → scale out/in. Pure: prompts through a Prompter; live data through the flow's deps.
import type { Cluster } from '../model/cluster';
import { checkCluster } from '../resize/clusterRules';
import { BACK } from '../prompts/Prompter';
import type { WizardStep } from '../prompts/wizard';
import { checkResize } from '../resize/rules';
import { TASK_GROUP_ALIAS, type ScaleType } from '../resize/types';
import type { Translate } from '../../shared/translate';
import type { ResizeFlowDeps, ResizeFlowState } from './resizeState';

type Step = WizardStep<ResizeFlowState>;

/** Why the rules refuse any resize of this cluster (state, resize in progress, billing), if they do. */
export function whyNotResizable(c: Cluster, t: Translate): string | undefined {
  return checkCluster(c, undefined, t).find((d) => d.severity === 'error')?.message;
}

export function connectionStep(deps: ResizeFlowDeps): Step {
  return {
    skip: (s) => s.preset.connection,
    run: async (s, p, pos) => {
      const all = deps.connections();
      const answer = await p.pick({
        title: deps.title,
        ...pos,
        placeholder: deps.t('Connection'),
        active: s.connection,
        items: all.map((c) => ({ label: c.name, description: c.region, value: c.name })),
      });
      if (answer === BACK) {
        return BACK;
      }
      if (answer !== s.connection) {
        Object.assign(s, {
          connection: answer,
          cluster: undefined,
          hosts: undefined,
          taskNodeInfo: undefined,
          serverIds: [],
        });
      }
    },
  };
}

export function clusterStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => s.preset.cluster,
    run: async (s, p, pos) => {
      const clusters = await deps.clustersOf(s.connection ?? '');
      if (clusters.length === 0) {
        throw new Error(t('No clusters in {0}', s.connection ?? ''));
      }
      const items = clusters.map((c) => {
        const why = deps.busy?.(c.id) ? t('a resize is being sent or followed in this window') : whyNotResizable(c, t);
        return {
          label: c.name,
          description: why ?? t('{0} core · {1} task', c.coreCount, c.taskCount),
          detail: c.id,
          value: c.id,
          disabled: why !== undefined,
        };
      });
      const answer = await p.pick({
        title: deps.title,
        ...pos,
        placeholder: t('Cluster (only running clusters can be resized)'),
        items,
        active: s.cluster?.id,
        matchOnDescription: true,
      });
      if (answer === BACK) {
        return BACK;
      }
      if (answer !== s.cluster?.id) {
        Object.assign(s, {
          cluster: clusters.find((c) => c.id === answer),
          hosts: undefined,
          group: '',
          serverIds: [],
          taskNodeInfo: undefined,
        });
      }
    },
  };
}

export function groupStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => s.preset.group,
    run: async (s, p, pos) => {
      const groups = (s.cluster?.nodeGroups ?? []).filter((g) => g.role !== 'master');
      const items = groups.map((g) => ({
        label: g.role === 'core' ? t('Core') : t('Task'),
        description: t('{0} · {1} nodes · {2}', g.name, g.nodeCount, g.flavor ?? '?'),
        value: g.name,
      }));
      if (!groups.some((g) => g.role === 'task')) {
        items.push({
          label: t('Task'),
          description: t('no task node group yet: a scale-out creates it'),
          value: TASK_GROUP_ALIAS,
        });
      }
      const answer = await p.pick({
        title: deps.title,
        ...pos,
        placeholder: t('Node group'),
        items,
        active: s.group || undefined,
      });
      if (answer === BACK) {
        return BACK;
      }
      if (answer !== s.group) {
        Object.assign(s, { group: answer, serverIds: [], taskNodeInfo: undefined });
      }
    },
  };
}

export function scaleTypeStep(deps: ResizeFlowDeps): Step {
  const t = deps.t;
  return {
    skip: (s) => s.preset.scaleType,
    run: async (s, p, pos) => {
      const cluster = s.cluster as Cluster;
      const limits = checkResize(
        { cluster, draft: { scaleType: 'scale_out', group: s.group, instances: 1 } },
        t,
      ).limits;
      const range = (type: ScaleType) => (type === 'scale_out' ? limits?.scaleOut : limits?.scaleIn);
      const item = (type: ScaleType, label: string) => {
        const max = range(type)?.max ?? 0;
        return {
          label,
          description: max > 0 ? t('up to {0} nodes', max) : t('not possible now'),
          value: type,
          disabled: max < 1,
        };
      };
      const answer = await p.pick({
        title: deps.title,
        ...pos,
        placeholder: t('Scale out or scale in'),
        active: s.scaleType,
        items: [item('scale_out', t('Scale out (add nodes)')), item('scale_in', t('Scale in (remove nodes)'))],
      });
      if (answer === BACK) {
        return BACK;
      }
      if (answer !== s.scaleType) {
        Object.assign(s, { scaleType: answer, serverIds: [], taskNodeInfo: undefined });
      }
    },
  };
}
