// The schema file is the one description of the format: the interpreter reads every keyword it uses,
// and its problems match what the schema says (types, enums, ranges, required, unknown keys everywhere).
import assert from 'node:assert/strict';
import {
  ANNOTATION_KEYWORDS,
  checkRequestFile,
  parseRequestFile,
  REQUEST_FILE_SCHEMA,
  VALIDATION_KEYWORDS,
} from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { aCluster } from '../../../support/builders';

function keywordsOf(node: unknown, found = new Set<string>()): Set<string> {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      found.add(key);
      if (key === 'properties') {
        Object.values(value as object).forEach((v) => keywordsOf(v, found));
      } else if (key === 'items' || (key === 'additionalProperties' && typeof value === 'object')) {
        keywordsOf(value, found);
      } else if (key === 'anyOf' || key === 'oneOf') {
        (value as unknown[]).forEach((v) => keywordsOf(v, found));
      }
    }
  }
  return found;
}

function file(parameters: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const request = { parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', instances: 1, ...parameters } };
  return JSON.stringify({ target: { cluster_id: 'c1' }, request, ...extra }, null, 2);
}

function codes(text: string): string[] {
  return checkRequestFile(parseRequestFile(text, t), t).problems.map((p) => `${p.code}@${p.path.join('.')}`);
}

describe('request files: the schema and its interpreter', () => {
  it('uses no keyword the interpreter does not know', () => {
    const known = new Set<string>([...VALIDATION_KEYWORDS, ...ANNOTATION_KEYWORDS]);
    const used = [...keywordsOf(REQUEST_FILE_SCHEMA)];
    assert.ok(used.includes('additionalProperties') && used.includes('anyOf') && used.includes('oneOf'));
    assert.deepEqual(
      used.filter((k) => !known.has(k)),
      [],
    );
  });

  it('leaves node_group values to the extension (no examples that VS Code would list before the cluster’s groups)', () => {
    const parameters = REQUEST_FILE_SCHEMA.properties?.request?.properties?.parameters?.properties ?? {};
    assert.ok(parameters.node_group);
    assert.equal((parameters.node_group as Record<string, unknown>).examples, undefined);
  });

  it('accepts instances as a whole number or its text, nothing else; the limit is the rules’ (500 unless raised)', () => {
    for (const ok of [1, 500, 501, 100000, '1', '37', '500', '501']) {
      assert.deepEqual(codes(file({ instances: ok })), [], String(ok));
    }
    assert.deepEqual(codes(file({ instances: '01' })), ['schema.pattern@request.parameters.instances']);
    const message = (text: string) => checkRequestFile(parseRequestFile(text, t), t).problems.map((p) => p.message);
    assert.deepEqual(message(file({ instances: '01' })), [
      'The number of nodes must be a whole number greater than 0.',
    ]);
    assert.deepEqual(codes(file({ instances: 1.5 })), ['instances.notPositiveInteger@request.parameters.instances']);
    assert.deepEqual(codes(file({ instances: null })), ['instances.notPositiveInteger@request.parameters.instances']);
    assert.deepEqual(codes(file({ instances: [] })), ['instances.notPositiveInteger@request.parameters.instances']);
  });

  it('gives a number too large to hold one error that says the limit, never "not a whole number"', () => {
    for (const huge of ['9007199254740993', '"9007199254740993"', '1' + '0'.repeat(30)]) {
      const text = file({ instances: 1 }).replace('"instances": 1', `"instances": ${huge}`);
      assert.deepEqual(codes(text), ['instances.aboveTotalLimit@request.parameters.instances'], huge);
    }
  });

  it('accepts GPSSD as a data disk type, with the one info the rules give (no schema error)', () => {
    const text = file({
      node_group: 'task_node_default_group',
      task_node_info: { node_size: 'x', data_volume_type: 'GPSSD' },
    });
    const problems = checkRequestFile(parseRequestFile(text, t), t).problems;
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.code}`),
      ['info taskNodeInfo.volumeTypeNotDocumented'],
    );
    assert.deepEqual(codes(file({ task_node_info: { node_size: 'x', data_volume_type: 'NVME' } })).slice(0, 1), [
      'taskNodeInfo.volumeType@request.parameters.task_node_info.data_volume_type',
    ]);
  });

  it('says a wrong structure once, at one place (the root, request or parameters not an object)', () => {
    const texts = [
      '[]',
      '[{"target":{"cluster_id":"c1"}}]',
      '"x"',
      '{"target":{"cluster_id":"c1"},"request":"x"}',
      '{"target":{"cluster_id":"c1"},"request":[]}',
      '{"target":{"cluster_id":"c1"},"request":{"parameters":[]}}',
      '{"target":{"cluster_id":"c1"},"request":{"parameters":null}}',
      '{"target":{"cluster_id":"c1"},"request":{"parameters":"scale_out"}}',
      '{"target":{"cluster_id":"c1"},"request":{}}',
    ];
    for (const text of texts) {
      const problems = checkRequestFile(parseRequestFile(text, t), t).problems;
      assert.equal(problems.length, 1, `${text}: ${problems.map((p) => p.message).join(' | ')}`);
      assert.match(problems[0].code, /^schema\.(type|required)$/, text);
      // The editor hides the schema's problems (VS Code's JSON support shows them): the rules add none.
      const live = checkRequestFile(parseRequestFile(text, t), t, { schema: false, cluster: aCluster() });
      assert.deepEqual(live.problems, [], text);
      assert.equal(live.draft, undefined, text);
    }
  });

  it('accepts skip_bootstrap_scripts as a boolean or "true"/"false"', () => {
    for (const ok of [true, false, 'true', 'false']) {
      assert.deepEqual(codes(file({ skip_bootstrap_scripts: ok })), [], String(ok));
    }
    assert.deepEqual(codes(file({ skip_bootstrap_scripts: 1 })), [
      'request.wrongType@request.parameters.skip_bootstrap_scripts',
    ]);
  });

  it('refuses an unknown key at every level, naming the closest known key', () => {
    const text = JSON.stringify({
      $schema: 'x',
      targte: {},
      target: { cluster_id: 'c', conection: 'a' },
      request: {
        parameter: {},
        parameters: {
          scale_type: 'scale_out',
          node_id: 'node_orderadd',
          instances: 1,
          instance: 2,
          task_node_info: { node_size: 'f', data_volume: 1 },
        },
        previous_values: { plan_id: '', order_id: '' }, // a map of strings: any key
      },
    });
    const found = checkRequestFile(parseRequestFile(text, t), t).problems.filter((p) => p.code === 'schema.unknownKey');
    assert.deepEqual(
      found.map((p) => p.path.join('.')),
      [
        'targte',
        'target.conection',
        'request.parameter',
        'request.parameters.instance',
        'request.parameters.task_node_info.data_volume',
      ],
    );
    assert.match(found[3]?.message ?? '', /did you mean "instances"\?/);
    assert.equal(text.slice(found[0]?.offset, (found[0]?.offset ?? 0) + (found[0]?.length ?? 0)), '"targte"');
  });

  it('requires target.cluster_id, request.parameters and node_size in task_node_info', () => {
    assert.deepEqual(codes('{"target": {}, "request": {}}'), [
      'schema.required@target.cluster_id',
      'schema.required@request.parameters',
    ]);
    assert.deepEqual(codes(file({ task_node_info: {} })), [
      'schema.required@request.parameters.task_node_info.node_size',
    ]);
  });

  it('checks enums, the fixed node_id, the disk ranges and server_ids items', () => {
    assert.deepEqual(codes(file({ node_id: 'x' })), ['schema.const@request.parameters.node_id']);
    assert.deepEqual(
      codes(file({ task_node_info: { node_size: 'f', data_volume_count: 0, data_volume_size: 32001 } })),
      [
        'taskNodeInfo.volumeCount@request.parameters.task_node_info.data_volume_count',
        'taskNodeInfo.volumeSize@request.parameters.task_node_info.data_volume_size',
      ],
    );
    assert.deepEqual(
      codes(file({ task_node_info: { node_size: 'f', data_volume_count: 2.5 } })),
      [
        'schema.type@request.parameters.task_node_info.data_volume_count',
        'taskNodeInfo.volumeCount@request.parameters.task_node_info.data_volume_count',
      ].slice(1),
    );
    assert.deepEqual(codes(file({ scale_type: 'scale_in', server_ids: ['a', ''] })), [
      'schema.minLength@request.parameters.server_ids.1',
    ]);
  });

  it('hides the schema problems on request but still withholds the draft', () => {
    const text = file({ instance: 2, instances: 1 });
    const shown = checkRequestFile(parseRequestFile(text, t), t, { schema: false });
    assert.deepEqual(shown.problems, []);
    assert.equal(shown.draft, undefined);
  });
});
