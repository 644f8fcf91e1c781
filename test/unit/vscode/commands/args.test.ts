import * as assert from 'node:assert/strict';
import { connectionNameOf, treeElementOf } from '../../../../src/vscode/commands/args';
import type { ClusterTreeElement } from '../../../../src/vscode/tree/elements';
import { aHost } from '../../../support/builders';

const cluster: ClusterTreeElement = { kind: 'cluster', id: 'cluster:emu/c1', connection: 'emu', clusterId: 'c1' };
const group: ClusterTreeElement = {
  kind: 'nodeGroup',
  id: 'group:emu/c1/core_node_analysis_group',
  connection: 'emu',
  clusterId: 'c1',
  group: 'core_node_analysis_group',
  role: 'core',
};
const elements: readonly ClusterTreeElement[] = [
  { kind: 'connection', id: 'conn:emu', connection: 'emu' },
  cluster,
  group,
  { kind: 'host', id: 'host:emu/c1/h1', connection: 'emu', clusterId: 'c1', host: aHost() },
  {
    kind: 'message',
    id: 'msg:emu/error',
    connection: 'emu',
    row: { severity: 'error', label: 'x', tooltip: 'x', accessibilityLabel: 'x', command: 'mrs.clusters.retry' },
  },
  {
    kind: 'message',
    id: 'msg:/none',
    row: { severity: 'info', label: 'x', tooltip: 'x', accessibilityLabel: 'x', command: undefined },
  },
  { kind: 'loadMore', id: 'more:emu', connection: 'emu' },
];

describe('command arguments', () => {
  it('takes every kind of tree element as it is', () => {
    for (const element of elements) {
      assert.equal(treeElementOf(element), element, element.kind);
    }
  });

  it('takes an element of the kinds asked for, and no other', () => {
    assert.equal(treeElementOf(group, 'cluster', 'nodeGroup'), group);
    assert.equal(treeElementOf(cluster, 'cluster', 'nodeGroup'), cluster);
    assert.equal(treeElementOf(cluster, 'nodeGroup'), undefined);
    assert.equal(treeElementOf(elements[0], 'cluster', 'nodeGroup', 'host'), undefined);
  });

  it('refuses what the palette, a CodeLens or a click pass', () => {
    for (const arg of [undefined, null, 'emu', 42, true, [], { scheme: 'file', path: '/a.mrs-resize.json' }]) {
      assert.equal(treeElementOf(arg), undefined, JSON.stringify(arg));
    }
  });

  it('refuses objects that only look like an element', () => {
    const wrong: unknown[] = [
      { ...cluster, kind: 'cluster ' },
      { ...cluster, kind: 'toString' },
      { ...cluster, id: undefined },
      { ...cluster, id: 7 },
      { ...cluster, clusterId: undefined },
      { ...cluster, connection: 1 },
      { kind: 'cluster', connection: 'emu', clusterId: 'c1' },
      { ...group, group: undefined },
      { ...group, role: 'worker' },
      { ...group, role: undefined },
      { kind: 'host', id: 'h', connection: 'emu', clusterId: 'c1', host: 'h1' },
      { kind: 'message', id: 'm', connection: 'emu' },
      { kind: 'message', id: 'm', connection: 3, row: {} },
      { kind: 'loadMore', id: 'more:' },
      { kind: 'connection', id: 'conn:' },
    ];
    for (const arg of wrong) {
      assert.equal(treeElementOf(arg), undefined, JSON.stringify(arg));
    }
  });

  it('reads a connection name from a name or from any element that has one', () => {
    assert.equal(connectionNameOf('lab'), 'lab');
    assert.equal(connectionNameOf(cluster), 'emu');
    assert.equal(connectionNameOf(elements[0]), 'emu');
    assert.equal(connectionNameOf(elements[5]), undefined);
    assert.equal(connectionNameOf(undefined), undefined);
    assert.equal(connectionNameOf({ connection: 'emu' }), undefined, 'not an element');
    assert.equal(connectionNameOf(42), undefined);
  });
});
