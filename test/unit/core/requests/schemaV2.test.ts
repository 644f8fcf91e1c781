// The v2 members of a request file (docs/mrs-api.md §3.6): `expand` and `shrink` beside `request`, one
// body per file (the schema's oneOf), with their exact fields; the snippets the editor offers are valid
// files, and examples are checked both ways (accepted and refused) by the interpreter of the schema.
import assert from 'node:assert/strict';
import { checkRequestFile, parseRequestFile, REQUEST_FILE_SCHEMA } from '../../../../src/core/requests';
import type { SchemaNode } from '../../../../src/core/requests/schemaCheck';
import { requiredOnly } from '../../../../src/core/requests/schemaOneOf';
import { englishTranslate as t } from '../../../../src/core/translate';

const target = { cluster_id: 'c1' };

function check(file: Record<string, unknown>) {
  return checkRequestFile(parseRequestFile(JSON.stringify(file, null, 2), t), t);
}

function codes(file: Record<string, unknown>): string[] {
  return check(file).problems.map((p) => `${p.code}@${p.path.join('.')}`);
}

/** A snippet's body with each `${n:default}`, `${n|a,b|}` at its first choice, and `"^…"` unquoted. */
function filled(body: unknown): unknown {
  const text = JSON.stringify(body)
    .replace(/"\^([^"]*)"/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1');
  return JSON.parse(text) as unknown;
}

describe('request files: the v2 members expand and shrink', () => {
  it('accepts an expand body with every field, and reads it as a scale-out', () => {
    const expand = {
      node_group_name: 'node_group_data',
      count: 2,
      skip_bootstrap_scripts: true,
      scale_without_start: false,
      az_code: 'cn-north-4a',
    };
    const result = check({ target, expand });
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.draft, {
      scaleType: 'scale_out',
      group: 'node_group_data',
      instances: 2,
      skipBootstrapScripts: true,
      scaleWithoutStart: false,
      azCode: 'cn-north-4a',
    });
  });

  it('accepts a shrink body with count, or with resource_ids, and reads it as a scale-in', () => {
    assert.deepEqual(codes({ target, shrink: { node_group_name: 'g', count: 1 } }), []);
    const byIds = check({ target, shrink: { node_group_name: 'g', resource_ids: ['r1', 'r2'] } });
    assert.deepEqual(byIds.problems, []);
    assert.deepEqual(byIds.draft, { scaleType: 'scale_in', group: 'g', instances: 2, resourceIds: ['r1', 'r2'] });
  });

  it('refuses a file without a body, naming the three members', () => {
    const result = check({ target });
    assert.deepEqual(
      result.problems.map((p) => `${p.code}@${p.path.join('.')} ${p.message}`),
      ['schema.required@request One of request, expand, shrink is required.'],
    );
    assert.equal(result.draft, undefined);
  });

  it('refuses two bodies once, with the rule’s words (not the schema’s too)', () => {
    const expand = { node_group_name: 'g', count: 1 };
    assert.deepEqual(codes({ target, request: { parameters: {} }, expand }).slice(-1), ['request.manyBodies@expand']);
    assert.deepEqual(codes({ target, expand, shrink: { node_group_name: 'g', count: 1 } }), [
      'request.manyBodies@shrink',
    ]);
  });

  it('takes count or resource_ids in a shrink, exactly one of them', () => {
    const both = check({ target, shrink: { node_group_name: 'g', count: 1, resource_ids: ['r1'] } });
    assert.deepEqual(
      both.problems.map((p) => `${p.code}@${p.path.join('.')} ${p.message}`),
      ['schema.oneOf@shrink.resource_ids Only one of shrink.count, shrink.resource_ids may be given.'],
    );
    assert.equal(both.draft, undefined);
    assert.deepEqual(codes({ target, shrink: { node_group_name: 'g' } }), ['schema.required@shrink.count']);
    assert.equal(
      check({ target, shrink: { node_group_name: 'g' } }).problems[0]?.message,
      'One of shrink.count, shrink.resource_ids is required.',
    );
  });

  it('refuses what the v2 bodies do not have, and wrong types, on their nodes', () => {
    const expand = { node_group_name: 'g', count: 1, instances: 1, server_ids: ['s'], resource_ids: ['r'] };
    assert.deepEqual(codes({ target, expand }), [
      'schema.unknownKey@expand.instances',
      'schema.unknownKey@expand.server_ids',
      'schema.unknownKey@expand.resource_ids',
    ]);
    const typo = check({ target, expand: { node_group_name: 'g', count: 1, scale_without_strat: true } });
    assert.match(typo.problems[0]?.message ?? '', /did you mean "scale_without_start"\?/);
    assert.deepEqual(codes({ target, expand: { node_group_name: 'g', count: '2' } }).slice(0, 1), [
      'schema.type@expand.count',
    ]);
    assert.deepEqual(codes({ target, expand: { node_group_name: 'g', count: 1, skip_bootstrap_scripts: 'true' } }), [
      'schema.type@expand.skip_bootstrap_scripts',
    ]);
    assert.deepEqual(codes({ target, expand: { count: 1 } }).slice(0, 1), ['schema.required@expand.node_group_name']);
    assert.deepEqual(codes({ target, shrink: { node_group_name: 'g', resource_ids: ['r', ''] } }), [
      'schema.minLength@shrink.resource_ids.1',
    ]);
    assert.deepEqual(codes({ target, shrink: { node_group_name: 'g', count: 1, task_node_info: {} } }), [
      'schema.unknownKey@shrink.task_node_info',
    ]);
  });

  it('uses oneOf only as the interpreter reads it: each branch requires one key and says nothing else', () => {
    const root = REQUEST_FILE_SCHEMA;
    const shrink = root.properties?.shrink;
    for (const oneOf of [root.oneOf, shrink?.oneOf]) {
      assert.ok(oneOf && oneOf.length >= 2);
      assert.deepEqual(
        oneOf.map((b) => requiredOnly(b) !== undefined),
        oneOf.map(() => true),
      );
    }
    assert.deepEqual(root.oneOf?.map(requiredOnly), ['request', 'expand', 'shrink']);
    assert.deepEqual(shrink?.oneOf?.map(requiredOnly), ['count', 'resource_ids']);
  });

  it('keeps every v1.1 request file as it was: request alone is a whole file', () => {
    const request = { parameters: { scale_type: 'scale_out', node_id: 'node_orderadd', instances: 1 } };
    assert.deepEqual(codes({ target, request }), []);
  });

  it('offers snippets that are valid files, for each of the three members', () => {
    const snippets = (REQUEST_FILE_SCHEMA as SchemaNode & { defaultSnippets: { label: string; body: unknown }[] })
      .defaultSnippets;
    const members = new Set<string>();
    for (const s of snippets) {
      const file = filled(s.body) as Record<string, unknown>;
      Object.keys(file)
        .filter((k) => k !== 'target')
        .forEach((k) => members.add(k));
      assert.deepEqual(codes(file), [], s.label);
    }
    assert.deepEqual([...members].sort(), ['expand', 'request', 'shrink']);
  });

  it('says in the expand body’s description that v2 skips bootstrap actions by default and that it is always sent', () => {
    const expand = REQUEST_FILE_SCHEMA.properties?.expand?.properties ?? {};
    const text = (expand.skip_bootstrap_scripts as { description?: string } | undefined)?.description ?? '';
    assert.match(text, /default is true/);
    assert.match(text, /always sends/);
  });
});
