// Where the body sent differs from the file (a reserved field left out, "1" sent as 1, an alias or a
// missing node_group sent as the group's real name), one info problem on the field says so, once; the
// plan carries it and the Preview prints it as a "# line:col" note above the request.
import assert from 'node:assert/strict';
import type { RequestPreview } from '../../../../src/core/api/requestPreview';
import { checkRequestFile, parseRequestFile, problemLines } from '../../../../src/core/requests';
import { previewDocument } from '../../../../src/core/requests/preview';
import { englishTranslate as t } from '../../../../src/core/translate';
import { clusterOf, CORE } from '../resize/clusters';
import { v11Body } from '../resize/v11Body';

const BASE = { scale_type: 'scale_out', node_id: 'node_orderadd', node_group: CORE, instances: 2 };

function fileOf(request: Record<string, unknown>): string {
  return JSON.stringify({ target: { cluster_id: 'c1' }, request }, null, 2);
}

function live(text: string) {
  return checkRequestFile(parseRequestFile(text, t), t, { cluster: clusterOf({ core: 3 }), hosts: [] });
}

function notes(text: string): string[] {
  return live(text)
    .problems.filter((p) => p.code === 'request.notSent' || p.code === 'request.sentAs' || p.code === 'group.alias')
    .map((p) => `${p.code}@${p.path.join('.')}: ${p.message}`);
}

describe('request files: the body sent, where it differs from the file', () => {
  it('says nothing when the file is the body', () => {
    assert.deepEqual(live(fileOf({ parameters: BASE })).problems, []);
  });

  it('the doc example: reserved fields not sent, "1" sent as 1, the alias once (by the rules)', () => {
    const text = fileOf({
      service_id: '',
      plan_id: '',
      parameters: { ...BASE, node_group: 'core_node_default_group', instances: '1', order_id: '' },
      previous_values: { plan_id: '' },
    });
    const result = live(text);
    assert.notEqual(result.draft, undefined, 'still sendable: these are notes');
    assert.deepEqual(notes(text), [
      'request.notSent@request.service_id: request.service_id is not sent: the API reserves it for extension interfaces.',
      'request.notSent@request.plan_id: request.plan_id is not sent: the API reserves it for extension interfaces.',
      `group.alias@request.parameters.node_group: "core_node_default_group" is sent as "${CORE}", the real name of this node group.`,
      'request.sentAs@request.parameters.instances: request.parameters.instances is sent as 1, not "1".',
      'request.notSent@request.parameters.order_id: request.parameters.order_id is not sent: the API reserves it for extension interfaces.',
      'request.notSent@request.previous_values: request.previous_values is not sent: the API reserves it for extension interfaces.',
    ]);
    const instances = result.problems.find((p) => p.code === 'request.sentAs');
    assert.equal(text.slice(instances?.offset, (instances?.offset ?? 0) + (instances?.length ?? 0)), '"1"');
    assert.equal(instances?.severity, 'info');
  });

  it('a node_group left out, or null, is sent as the real name of the core group', () => {
    const { node_group: _left, ...withoutGroup } = BASE;
    assert.deepEqual(notes(fileOf({ parameters: withoutGroup })), [
      `request.sentAs@request.parameters.node_group: request.parameters.node_group is sent as "${CORE}".`,
    ]);
    assert.deepEqual(notes(fileOf({ parameters: { ...BASE, node_group: null } })), [
      `request.sentAs@request.parameters.node_group: request.parameters.node_group is sent as "${CORE}".`,
    ]);
  });

  it('"true" is sent as true; a field a rule already explains gets no second line', () => {
    assert.deepEqual(notes(fileOf({ parameters: { ...BASE, skip_bootstrap_scripts: 'true' } })), [
      'request.sentAs@request.parameters.skip_bootstrap_scripts: request.parameters.skip_bootstrap_scripts is sent as true, not "true".',
    ]);
    const ignored = live(fileOf({ parameters: { ...BASE, server_ids: ['a'] } }));
    assert.deepEqual(
      ignored.problems.map((p) => p.code),
      ['serverIds.ignoredOnScaleOut'],
    );
  });

  it('says nothing offline, where no body is built', () => {
    const text = fileOf({ service_id: '', parameters: { ...BASE, instances: '1' } });
    assert.deepEqual(checkRequestFile(parseRequestFile(text, t), t).problems, []);
  });

  it('the Preview prints the change, then each note with its line:col, then the request', () => {
    const text = fileOf({ service_id: '', parameters: { ...BASE, instances: '2' } });
    const result = live(text);
    const preview: RequestPreview = {
      method: 'PUT',
      url: 'https://mrs.example/x',
      headers: [],
      body: result.resize && v11Body(result.resize),
    };
    const doc = previewDocument(
      preview,
      '3 → 5 core nodes',
      [],
      t,
      problemLines(text, result.problems, ['warning', 'info']),
    );
    assert.ok(
      doc.startsWith(
        '# 3 → 5 core nodes\n' +
          '# 6:19 request.service_id is not sent: the API reserves it for extension interfaces.\n' +
          '# 11:20 request.parameters.instances is sent as 2, not "2".\n' +
          '\nPUT https://mrs.example/x\n',
      ),
      doc,
    );
  });
});
