// The PUT body both ways: every resize request example of the doc reads back into a valid draft whose
// body is the example, up to the normalisations listed at normalised(); draft → body → draft is identity.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ResizeRequestDto } from '../../../../src/core/api/wire';
import type { Cluster, Host } from '../../../../src/core/model/cluster';
import { checkResize, draftFromRequest, type ResizeDraft } from '../../../../src/core/resize/rules';
import { englishTranslate } from '../../../../src/core/translate';
import { fixtureJson } from '../../../fixtures/examples';
import { aHost } from '../../../support/builders';
import { CORE, TASK, clusterOf, codes, seen } from './clusters';
import { v11Body } from './v11Body';

const EXAMPLES_DIR = path.resolve(__dirname, '../../../../../test/fixtures/examples');
const NEW_TASK = 'task_node_default_group';

/** Hosts of TASK with the ids the example names (plus one it keeps). */
function hostsFor(example: unknown): Host[] {
  const ids = (example as ResizeRequestDto).parameters.server_ids ?? [];
  return [...ids, 'kept'].map((id) => aHost({ id, name: `node_task_${id}`, type: 'Task', nodeGroupName: TASK }));
}

/** For each example: a cluster on which it is valid, and the real group its alias stands for. */
const SETTINGS: Record<string, { cluster: Cluster; group: string; hosts?: typeof hostsFor }> = {
  'resize.scale-out-core.request.json': { cluster: clusterOf(), group: CORE },
  'resize.scale-out-task.request.json': { cluster: clusterOf({ task: 2 }), group: TASK },
  // No task group yet: MRS creates it under the doc's name, so the alias is sent as is.
  'resize.scale-out-task-from-zero.request.json': { cluster: clusterOf(), group: NEW_TASK },
  'resize.scale-out-task-from-zero.request.otc.json': { cluster: clusterOf(), group: NEW_TASK },
  'resize.scale-in-core.request.json': { cluster: clusterOf({ core: 4 }), group: CORE },
  'resize.scale-in-task.request.json': { cluster: clusterOf({ task: 2 }), group: TASK },
  'resize.scale-in-task-hosts.request.json': { cluster: clusterOf({ task: 3 }), group: TASK, hosts: hostsFor },
};

/**
 * The example as checkResize sends it: `instances` "1" → 1, the doc alias → the real group, and only
 * `parameters` without `order_id` (service_id, plan_id, previous_values and order_id are not drafted).
 */
function normalised(example: unknown, group: string): ResizeRequestDto {
  const { order_id: _orderId, ...parameters } = (example as ResizeRequestDto).parameters;
  return { parameters: { ...parameters, node_group: group, instances: Number(parameters.instances) } };
}

function bodyOf(draft: ResizeDraft, cluster: Cluster, hosts?: Host[]): ResizeRequestDto | undefined {
  return v11Body(seen(checkResize({ cluster, hosts, draft }, englishTranslate)));
}

describe('resize body: draftFromRequest and the doc examples', () => {
  it('has a cluster for every resize request example', () => {
    const examples = readdirSync(EXAMPLES_DIR).filter((f) => /^resize\..*\.request(\.\w+)?\.json$/.test(f));
    assert.deepEqual(examples.sort(), Object.keys(SETTINGS).sort());
  });

  for (const [file, s] of Object.entries(SETTINGS)) {
    it(`reads ${file} into a valid draft whose body is the example, normalised`, () => {
      const example = fixtureJson(file);
      const hosts = s.hosts?.(example);
      const read = draftFromRequest(example);
      assert.deepEqual(read.wrongTypes, []);
      const r = seen(checkResize({ cluster: s.cluster, hosts, draft: read.draft }, englishTranslate));
      assert.deepEqual(codes(r, 'error'), []);
      assert.deepEqual(v11Body(r), normalised(example, s.group));
    });

    it(`goes draft → body → draft unchanged once normalised: ${file}`, () => {
      const example = fixtureJson(file);
      const hosts = s.hosts?.(example);
      const body = bodyOf(draftFromRequest(example).draft, s.cluster, hosts);
      const again = draftFromRequest(body);
      assert.deepEqual(again.wrongTypes, []);
      assert.deepEqual(bodyOf(again.draft, s.cluster, hosts), body);
      assert.deepEqual(draftFromRequest(bodyOf(again.draft, s.cluster, hosts)).draft, again.draft);
    });
  }

  it('reads the fields of an example as the draft holds them (text stays text until checked)', () => {
    assert.deepEqual(draftFromRequest(fixtureJson('resize.scale-in-task-hosts.request.json')).draft, {
      scaleType: 'scale_in',
      group: NEW_TASK,
      instances: '2',
      serverIds: ['c9573435-7814-4b2c-9131-ad78b814414c', 'a4951009-6a0f-4e7b-9c81-9d4bd1f8c537'],
    });
    assert.deepEqual(draftFromRequest(fixtureJson('resize.scale-out-task-from-zero.request.json')).draft, {
      scaleType: 'scale_out',
      group: NEW_TASK,
      instances: '1',
      scaleWithoutStart: false,
      taskNodeInfo: {
        nodeSize: 's3.xlarge.2.linux.bigdata',
        dataVolumeType: 'SATA',
        dataVolumeCount: 2,
        dataVolumeSize: 200,
      },
    });
  });

  const NORMAL_DRAFTS: ReadonlyArray<[string, Cluster, ResizeDraft]> = [
    ['core scale-out', clusterOf(), { scaleType: 'scale_out', group: CORE, instances: 4, skipBootstrapScripts: true }],
    ['task scale-in', clusterOf({ task: 3 }), { scaleType: 'scale_in', group: TASK, instances: 1 }],
    [
      'first task nodes',
      clusterOf(),
      {
        scaleType: 'scale_out',
        group: NEW_TASK,
        instances: 2,
        scaleWithoutStart: true,
        taskNodeInfo: { nodeSize: 'f', dataVolumeType: 'SSD', dataVolumeCount: 1, dataVolumeSize: 100 },
      },
    ],
  ];
  for (const [name, cluster, draft] of NORMAL_DRAFTS) {
    it(`gives back the draft of its own body: ${name}`, () => {
      const body = bodyOf(draft, cluster);
      assert.ok(body);
      assert.deepEqual(draftFromRequest(body), { draft, wrongTypes: [] });
    });
  }
});
