// A request file means one thing to every reader (issue 21, item 1): a key given twice is an error at
// its second occurrence at every level, Object.prototype names are unknown keys like any other, a BOM
// is read, a nesting of 10,000 levels is one clear error and nothing throws, and the "did you mean"
// search of a megabyte key does bounded work.
import assert from 'node:assert/strict';
import {
  analyzeLive,
  checkRequestFile,
  offsetToPosition,
  parseRequestFile,
  slotAt,
} from '../../../../src/core/requests';
import { closestKey, SUGGESTED_KEY_LENGTH, type SearchWork } from '../../../../src/core/requests/keys';
import { MAX_NESTING } from '../../../../src/core/requests/structure';
import { englishTranslate as t } from '../../../../src/core/translate';

const PARAMETERS = '"scale_type": "scale_out", "node_id": "node_orderadd", "instances": 1';

/** A valid file with `extra` put into the object named by `at`. */
function fileWith(at: 'root' | 'target' | 'request' | 'parameters' | 'taskNodeInfo' | 'previousValues', extra: string) {
  const add = (where: typeof at) => (where === at ? `, ${extra}` : '');
  return (
    `{\n  "target": {"cluster_id": "c1"${add('target')}},\n  "request": {\n    "parameters": {${PARAMETERS}, ` +
    `"task_node_info": {"node_size": "f"${add('taskNodeInfo')}}${add('parameters')}},\n` +
    `    "previous_values": {"plan_id": ""${add('previousValues')}}${add('request')}\n  }${add('root')}\n}\n`
  );
}

function check(text: string, schema = true) {
  return checkRequestFile(parseRequestFile(text, t), t, { schema });
}

describe('request files: one meaning for every reader', () => {
  it('the base file is valid (so each case below fails for its own key only)', () => {
    assert.deepEqual(check(fileWith('root', '"$schema": "x"')).problems, []);
  });

  const duplicates: [Parameters<typeof fileWith>[0], string, string][] = [
    ['root', '"target": {"cluster_id": "c2"}', 'target'],
    ['target', '"cluster_id": "c2"', 'target.cluster_id'],
    ['request', '"parameters": {}', 'request.parameters'],
    ['parameters', '"scale_type": "scale_in"', 'request.parameters.scale_type'],
    ['taskNodeInfo', '"node_size": "g"', 'request.parameters.task_node_info.node_size'],
    ['previousValues', '"plan_id": "p"', 'request.previous_values.plan_id'],
  ];
  for (const [at, extra, path] of duplicates) {
    it(`a key given twice (${path}) is an error at the second occurrence, and no draft`, () => {
      const text = fileWith(at, extra);
      const key = JSON.stringify(path.split('.').pop());
      for (const schema of [true, false]) {
        const result = check(text, schema);
        assert.deepEqual(
          result.problems.map((p) => `${p.code}@${p.path.join('.')}`),
          [`json.duplicateKey@${path}`],
          `schema ${String(schema)}`,
        );
        const [problem] = result.problems;
        assert.equal(problem?.severity, 'error');
        assert.equal(problem?.offset, text.lastIndexOf(key), 'on the second occurrence');
        const firstLine = offsetToPosition(text, text.indexOf(key)).line;
        assert.match(problem?.message ?? '', new RegExp(`first on line ${firstLine}`));
        assert.equal(result.draft, undefined);
      }
    });
  }

  const prototypeNames = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
  for (const name of prototypeNames) {
    it(`"${name}" is an unknown key at every level`, () => {
      const levels = [
        ['root', ''],
        ['target', 'target.'],
        ['request', 'request.'],
        ['parameters', 'request.parameters.'],
        ['taskNodeInfo', 'request.parameters.task_node_info.'],
      ] as const;
      for (const [at, prefix] of levels) {
        const result = check(fileWith(at, `"${name}": {}`));
        assert.deepEqual(
          result.problems.map((p) => `${p.code}@${p.path.join('.')}`),
          [`schema.unknownKey@${prefix}${name}`],
          at,
        );
        assert.equal(result.draft, undefined);
      }
    });
  }

  it('reads a file that starts with a UTF-8 BOM, and places its problems in the text as given', () => {
    const text = `\uFEFF${fileWith('root', '"$schema": "x"')}`;
    const result = check(text);
    assert.deepEqual(result.problems, []);
    assert.equal(result.draft?.scaleType, 'scale_out');
    const broken = `\uFEFF${fileWith('parameters', '"instance": 2')}`;
    const [problem] = check(broken).problems;
    assert.equal(broken.slice(problem?.offset, (problem?.offset ?? 0) + (problem?.length ?? 0)), '"instance"');
  });

  for (const [name, open, close] of [
    ['lists', '[', ']'],
    ['objects', '{"a":', '}'],
  ] as const) {
    it(`a nesting of 10,000 ${name} is one clear error; parse, check, live analysis and completion never throw`, () => {
      const text = `{"target": {"cluster_id": "c1"}, "request": ${open.repeat(10_000)}1${close.repeat(10_000)}}`;
      const parsed = parseRequestFile(text, t);
      assert.deepEqual(
        parsed.problems.map((p) => p.code),
        ['json.tooDeep'],
      );
      assert.match(parsed.problems[0]?.message ?? '', new RegExp(`more than ${MAX_NESTING} levels`));
      assert.deepEqual(
        check(text, false).problems.map((p) => p.code),
        ['json.tooDeep'],
        'shown in the editor too',
      );
      const facts = {
        connectionNames: () => ['emu'],
        connectionOf: () => 'emu',
        peekClusterList: () => [],
        clusterList: () => Promise.resolve([]),
        peekCluster: () => undefined,
        cluster: () => Promise.reject(new Error('not read')),
      };
      assert.deepEqual(
        analyzeLive(text, facts, t).check.problems.map((p) => p.code),
        ['json.tooDeep'],
      );
      for (const offset of [0, 30, 5_000, text.length]) {
        assert.equal(slotAt(text, offset), undefined);
      }
    });
  }

  it('a nesting just within the limit is read as usual', () => {
    const deep = `${'['.repeat(MAX_NESTING - 2)}${']'.repeat(MAX_NESTING - 2)}`; // + the root and request objects
    const result = check(`{"target": {"cluster_id": "c1"}, "request": {"parameters": {${PARAMETERS}}, "x": ${deep}}}`);
    assert.deepEqual(
      result.problems.map((p) => p.code),
      ['schema.unknownKey'],
    );
  });

  it('an unknown key of 1 MiB is one problem with the key cut short, and no "did you mean" search is made', () => {
    const key = 'instances'.padEnd(1 << 20, 'x');
    const result = check(fileWith('parameters', `${JSON.stringify(key)}: 1`));
    assert.deepEqual(
      result.problems.map((p) => p.code),
      ['schema.unknownKey'],
    );
    const message = result.problems[0]?.message ?? '';
    assert.ok(message.length < 200, `${message.length} characters`);
    assert.doesNotMatch(message, /did you mean/);
    const work: SearchWork = { cells: 0 };
    assert.equal(closestKey(key, ['instances', 'scale_type', 'node_group'], work), undefined);
    assert.equal(work.cells, 0, 'no distance computed for a key above the bound');
  });

  it('the "did you mean" search compares only keys near in length, and never past its bound', () => {
    const known = ['scale_type', 'node_id', 'node_group', 'task_node_info', 'instances', 'skip_bootstrap_scripts'];
    const work: SearchWork = { cells: 0 };
    assert.equal(closestKey('instancez', known, work), 'instances');
    // Only the keys within 2 characters of its length: scale_type, node_id, node_group, instances.
    assert.equal(work.cells, 9 * (10 + 7 + 10 + 9));
    const longest: SearchWork = { cells: 0 };
    closestKey('x'.repeat(SUGGESTED_KEY_LENGTH), known, longest);
    assert.ok(longest.cells <= SUGGESTED_KEY_LENGTH * known.join('').length, String(longest.cells));
    const above: SearchWork = { cells: 0 };
    assert.equal(closestKey('instances'.padEnd(SUGGESTED_KEY_LENGTH + 1, 's'), known, above), undefined);
    assert.equal(above.cells, 0);
  });
});
