// `null` in an optional field reads as the field left out (the doc: node_group "可以为空"), the same in
// the schema, the rules and the emulator; `previous_values` is a map of strings (its documented type,
// Map<String, String>); a required field that is null stays an error.
import assert from 'node:assert/strict';
import { parseResizeRequest } from '../../../../emulator/mrs/resizeParams';
import { checkRequestFile, parseRequestFile } from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { clusterOf, taskHosts } from '../resize/clusters';

const BASE = { scale_type: 'scale_out', node_id: 'node_orderadd', instances: 1 };

function text(parameters: Record<string, unknown>, request: Record<string, unknown> = {}, target = {}): string {
  return JSON.stringify({ target: { cluster_id: 'c1', ...target }, request: { parameters, ...request } }, null, 2);
}

function codes(file: string, live = false): string[] {
  const cluster = clusterOf({ core: 3, task: 2 });
  const options = live ? { cluster, hosts: taskHosts(2) } : {};
  return checkRequestFile(parseRequestFile(file, t), t, options).problems.map((p) => `${p.code}@${p.path.join('.')}`);
}

const NULLABLE: [string, Record<string, unknown>, Record<string, unknown>?, Record<string, unknown>?][] = [
  ['parameters.node_group', { ...BASE, node_group: null }],
  ['parameters.order_id', { ...BASE, order_id: null }],
  ['parameters.task_node_info', { ...BASE, task_node_info: null }],
  ['parameters.skip_bootstrap_scripts', { ...BASE, skip_bootstrap_scripts: null }],
  ['parameters.scale_without_start', { ...BASE, scale_without_start: null }],
  ['parameters.server_ids', { ...BASE, server_ids: null }],
  ['request.service_id', BASE, { service_id: null }],
  ['request.plan_id', BASE, { plan_id: null }],
  ['request.previous_values', BASE, { previous_values: null }],
  ['target.connection', BASE, {}, { connection: null }],
];

describe('request files: optional fields and null', () => {
  for (const [field, parameters, request, target] of NULLABLE) {
    it(`${field}: null reads as left out in the schema, the rules and the emulator`, () => {
      const file = text(parameters, request, target);
      assert.deepEqual(codes(file), [], 'offline: schema and rules');
      const parsed = parseRequestFile(file, t);
      const checked = checkRequestFile(parsed, t);
      assert.deepEqual(checked.draft, checkRequestFile(parseRequestFile(text(BASE), t), t).draft, 'as if left out');
      const emulator = parseResizeRequest(Buffer.from(JSON.stringify(parsed.request)));
      assert.equal(emulator.ok, true, 'the emulator accepts it');
    });
  }

  it('null in task_node_info fields reads as left out', () => {
    const info = { node_size: 'f', data_volume_type: null, data_volume_count: null, data_volume_size: null };
    const file = text({ ...BASE, task_node_info: info });
    assert.deepEqual(codes(file), []);
    const parsed = parseRequestFile(file, t);
    assert.equal(parseResizeRequest(Buffer.from(JSON.stringify(parsed.request))).ok, true);
  });

  it('node_group null is the core node group on a live cluster, as left out', () => {
    assert.deepEqual(codes(text({ ...BASE, node_group: null }), true), codes(text(BASE), true));
  });

  it('a required field that is null stays an error', () => {
    assert.deepEqual(codes(text({ ...BASE, scale_type: null })), ['scaleType.invalid@request.parameters.scale_type']);
    assert.deepEqual(codes(text({ ...BASE, node_id: null })), ['schema.type@request.parameters.node_id']);
    assert.deepEqual(codes(JSON.stringify({ target: { cluster_id: null }, request: { parameters: BASE } })), [
      'schema.type@target.cluster_id',
    ]);
  });

  it('previous_values accepts any map of strings, and nothing else', () => {
    const map = { plan_id: '', order_id: 'o-1', anything: 'x' };
    assert.deepEqual(codes(text(BASE, { previous_values: map })), []);
    assert.deepEqual(codes(text(BASE, { previous_values: { plan_id: '', count: 1 } })), [
      'schema.type@request.previous_values.count',
    ]);
    assert.deepEqual(codes(text(BASE, { previous_values: ['x'] })), ['schema.type@request.previous_values']);
  });
});
