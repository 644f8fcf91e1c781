// A request body is unknown JSON (a request file): draftFromRequest never throws, and a field of the
// wrong type becomes a wrong type at its path, which checkResizeRequest turns into an error.
import assert from 'node:assert/strict';
import {
  checkResize,
  checkResizeRequest,
  draftFromRequest,
  wrongTypeProblem,
  type WrongType,
} from '../../../../src/core/resize/rules';
import { englishTranslate } from '../../../../src/core/translate';
import { CORE, clusterOf, codes, seen } from './clusters';
import { v11Body } from './v11Body';

const EMPTY = { scaleType: '', group: '', instances: '' };
const ODD_VALUES: unknown[] = [null, 0, -1, 1.5, '', ' x ', true, [], [1, 'a'], {}, { a: [null] }];
const FIELDS = [
  'scale_type',
  'node_group',
  'instances',
  'skip_bootstrap_scripts',
  'scale_without_start',
  'server_ids',
  'task_node_info',
];

function request(parameters: Record<string, unknown>) {
  return { parameters: { scale_type: 'scale_out', node_group: CORE, instances: 1, ...parameters } };
}

describe('resize body: draftFromRequest on odd input', () => {
  for (const body of [undefined, null, 5, 'x', [], [{ parameters: {} }]]) {
    it(`says a request of ${JSON.stringify(body)} must be an object`, () => {
      assert.deepEqual(draftFromRequest(body), { draft: EMPTY, wrongTypes: [{ path: [], expected: 'object' }] });
    });
  }

  for (const parameters of [undefined, null, 'x', []]) {
    it(`says parameters of ${JSON.stringify(parameters)} must be an object`, () => {
      const wrongTypes: WrongType[] = [{ path: ['parameters'], expected: 'object' }];
      assert.deepEqual(draftFromRequest({ parameters, previous_values: {} }), { draft: EMPTY, wrongTypes });
    });
  }

  it('never throws, whatever each field holds, and never sends a request with wrongTypes', () => {
    for (const field of FIELDS) {
      for (const value of ODD_VALUES) {
        const body = request({ [field]: value, task_node_info: { node_size: value, data_volume_count: value } });
        const read = draftFromRequest(body);
        const r = checkResizeRequest({ cluster: clusterOf(), body }, englishTranslate);
        assert.deepEqual(r.draft, read.draft);
        assert.ok(read.wrongTypes.length === 0 || v11Body(r) === undefined, `${field}: ${JSON.stringify(value)}`);
      }
    }
  });

  it('gives each field of the wrong type its path and expected type, and leaves it out', () => {
    const read = draftFromRequest({
      parameters: {
        scale_type: 5,
        node_group: 7,
        instances: true,
        skip_bootstrap_scripts: 'yes',
        scale_without_start: 1,
        server_ids: 'a',
        task_node_info: { node_size: 3, data_volume_type: 'SAS', data_volume_count: false, data_volume_size: '200' },
      },
    });
    assert.deepEqual(read.draft, {
      ...EMPTY,
      taskNodeInfo: { nodeSize: '', dataVolumeType: 'SAS', dataVolumeSize: '200' },
    });
    assert.deepEqual(read.wrongTypes, [
      { path: ['parameters', 'node_group'], expected: 'string' },
      { path: ['parameters', 'skip_bootstrap_scripts'], expected: 'boolean' },
      { path: ['parameters', 'scale_without_start'], expected: 'boolean' },
      { path: ['parameters', 'server_ids'], expected: 'stringArray' },
      { path: ['parameters', 'task_node_info', 'node_size'], expected: 'string' },
      { path: ['parameters', 'task_node_info', 'data_volume_count'], expected: 'number' },
    ]);
  });

  it('says task_node_info must be an object, and leaves it out', () => {
    const read = draftFromRequest(request({ task_node_info: ['f'] }));
    assert.equal(read.draft.taskNodeInfo, undefined);
    assert.deepEqual(read.wrongTypes, [{ path: ['parameters', 'task_node_info'], expected: 'object' }]);
  });

  it('points at each element of server_ids that is not a string, and leaves the list out', () => {
    const read = draftFromRequest(request({ server_ids: ['a', 5, null] }));
    assert.equal(read.draft.serverIds, undefined);
    assert.deepEqual(read.wrongTypes, [
      { path: ['parameters', 'server_ids', 1], expected: 'string' },
      { path: ['parameters', 'server_ids', 2], expected: 'string' },
    ]);
  });

  it('reads the switches as booleans or their text, and null as not given', () => {
    const read = draftFromRequest(request({ skip_bootstrap_scripts: ' TRUE ', scale_without_start: 'false' }));
    assert.deepEqual(
      [read.draft.skipBootstrapScripts, read.draft.scaleWithoutStart, read.wrongTypes],
      [true, false, []],
    );
    const body = v11Body(checkResize({ cluster: clusterOf(), draft: read.draft }, englishTranslate));
    assert.deepEqual([body?.parameters.skip_bootstrap_scripts, body?.parameters.scale_without_start], [true, false]);
    const nulls = draftFromRequest(request({ skip_bootstrap_scripts: null, server_ids: null, task_node_info: null }));
    assert.deepEqual(nulls, { draft: { scaleType: 'scale_out', group: CORE, instances: 1 }, wrongTypes: [] });
  });

  it('carries scale_type and instances of any value to the rules, which refuse them', () => {
    const r = seen(
      checkResizeRequest({ cluster: clusterOf(), body: request({ scale_type: 9, instances: {} }) }, englishTranslate),
    );
    assert.deepEqual(codes(r, 'error'), [
      'scaleType.invalid@parameters.scale_type',
      'instances.notPositiveInteger@parameters.instances',
    ]);
  });
});

describe('resize body: checkResizeRequest', () => {
  it('puts wrongTypes first as errors and withholds a body the draft alone would have had', () => {
    const body = request({ node_group: 5, server_ids: [1] });
    const r = seen(checkResizeRequest({ cluster: clusterOf(), body }, englishTranslate));
    assert.ok(
      v11Body(checkResize({ cluster: clusterOf(), draft: r.draft }, englishTranslate)),
      'the draft alone passes',
    );
    assert.equal(v11Body(r), undefined);
    assert.deepEqual(codes(r), [
      'request.wrongType@parameters.node_group',
      'request.wrongType@parameters.server_ids[0]',
    ]);
    assert.deepEqual(
      r.problems.map((d) => [d.severity, d.message]),
      [
        ['error', 'parameters.node_group must be a string.'],
        ['error', 'parameters.server_ids[0] must be a string.'],
      ],
    );
  });

  it('answers a body or parameters that is not an object with that one problem, and no rule', () => {
    for (const [body, path] of [
      [[], ''],
      ['x', ''],
      [{ parameters: [] }, 'parameters'],
      [{ parameters: null }, 'parameters'],
      [{}, 'parameters'],
    ] as const) {
      const r = seen(checkResizeRequest({ cluster: clusterOf(), body }, englishTranslate));
      assert.deepEqual(codes(r), [`request.wrongType@${path}`], JSON.stringify(body));
      assert.equal(v11Body(r), undefined);
    }
  });

  it('checks a well-typed request like checkResize does', () => {
    const body = request({ instances: '2' });
    const r = seen(checkResizeRequest({ cluster: clusterOf(), body }, englishTranslate));
    const direct = checkResize({ cluster: clusterOf(), draft: r.draft }, englishTranslate);
    assert.deepEqual(r, { ...direct, draft: r.draft });
    assert.equal(v11Body(r)?.parameters.instances, 2);
  });

  it('words each expected type', () => {
    const message = (path: (string | number)[], expected: WrongType['expected']) =>
      wrongTypeProblem({ path, expected }, englishTranslate).message;
    assert.deepEqual(
      [
        message([], 'object'),
        message(['parameters'], 'object'),
        message(['parameters', 'scale_without_start'], 'boolean'),
        message(['parameters', 'task_node_info', 'data_volume_size'], 'number'),
        message(['parameters', 'server_ids'], 'stringArray'),
      ],
      [
        'The request must be a JSON object.',
        'parameters must be a JSON object.',
        'parameters.scale_without_start must be true or false.',
        'parameters.task_node_info.data_volume_size must be a number.',
        'parameters.server_ids must be a list of strings.',
      ],
    );
  });
});
