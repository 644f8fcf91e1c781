// Every request-file fixture gives, offline, exactly the problems expected.json lists, on their nodes.
import assert from 'node:assert/strict';
import { checkRequestFile, formatProblemLine, offsetToPosition, parseRequestFile } from '../../../../src/core/requests';
import { englishTranslate as t } from '../../../../src/core/translate';
import { requestExpectations, requestFixture, requestFixtureNames } from '../../../fixtures/requests';

describe('request files: the fixtures offline', () => {
  const expected = requestExpectations();

  it('has an expectation for every fixture, and fixtures of each kind', () => {
    const names = requestFixtureNames();
    assert.deepEqual(Object.keys(expected).sort(), names);
    assert.ok(names.filter((n) => n.startsWith('valid-')).length >= 4);
    assert.ok(names.filter((n) => n.startsWith('rule-')).length >= 15);
  });

  for (const name of requestFixtureNames()) {
    it(`${name}: ${expected[name]?.offline.join(', ') || 'no problem'}`, () => {
      const text = requestFixture(name);
      const result = checkRequestFile(parseRequestFile(text, t), t);
      const got = result.problems.map((p) => {
        const at = offsetToPosition(text, p.offset);
        return `${at.line}:${at.col} ${p.severity} ${p.code}`;
      });
      assert.deepEqual(got, expected[name]?.offline);
      assert.equal(result.draft !== undefined, expected[name]?.sendable);
    });
  }

  it('prints a problem as file:line:col: severity CODE message', () => {
    const text = requestFixture('rule-instances-zero.mrs-resize.json');
    const [problem] = checkRequestFile(parseRequestFile(text, t), t).problems;
    assert.ok(problem);
    assert.equal(
      formatProblemLine('x.mrs-resize.json', text, problem),
      'x.mrs-resize.json:7:20: error instances.notPositiveInteger Enter a whole number of nodes greater than 0.',
    );
    assert.equal(text.slice(problem.offset, problem.offset + problem.length), '0');
  });

  it('reads the doc example body (instances "1", skip_bootstrap_scripts "false") into a draft', () => {
    const text = requestFixture('valid-scale-out-task-from-zero.mrs-resize.json');
    const result = checkRequestFile(parseRequestFile(text, t), t);
    assert.deepEqual(result.draft, {
      scaleType: 'scale_out',
      group: 'task_node_default_group',
      instances: 1,
      skipBootstrapScripts: false,
      taskNodeInfo: {
        nodeSize: 's3.xlarge.2.linux.bigdata',
        dataVolumeType: 'SATA',
        dataVolumeCount: 2,
        dataVolumeSize: 200,
      },
    });
    assert.equal(result.target.clusterId, '5eea2f50-960c-4dce-92e3-8f75ddcba5fc');
  });
});
