// The Clusters view's item menus against the context values the tree gives: the `when` clauses of
// package.json are evaluated on describe.ts's output, so a menu offers what the tree says is possible.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Cluster, NodeGroup } from '../../../../src/core/model/cluster';
import { englishTranslate as t } from '../../../../src/core/translate';
import { describeNodeGroup } from '../../../../src/vscode/tree/describe';
import { describeListError } from '../../../../src/vscode/tree/describeMessage';
import { aCluster, aNodeGroup } from '../../../support/builders';

const root = path.resolve(__dirname, '../../../../..');
const readJson = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));

interface MenuItem {
  readonly command: string;
  readonly when: string;
  readonly group?: string;
}
interface Manifest {
  contributes: {
    commands: { command: string; title: string; icon?: string }[];
    menus: { 'view/item/context': MenuItem[] };
  };
}

const manifest = readJson('package.json') as Manifest;
const nls = readJson('package.nls.json') as Record<string, string>;
const nlsZh = readJson('package.nls.zh-cn.json') as Record<string, string>;
const itemMenus = manifest.contributes.menus['view/item/context'];

/**
 * Evaluates the when clauses this view uses: `view == mrs.clusters && viewItem =~ /re/` or
 * `… && viewItem == value`. Anything else fails the test, so a new form gets a evaluator here.
 */
function shows(item: MenuItem, contextValue: string): boolean {
  const parts = item.when.split('&&').map((p) => p.trim());
  return parts.every((part) => {
    if (part === 'view == mrs.clusters') {
      return true;
    }
    const re = /^viewItem =~ \/(.+)\/$/.exec(part);
    if (re) {
      return new RegExp(re[1]).test(contextValue);
    }
    const eq = /^viewItem == (\S+)$/.exec(part);
    if (eq) {
      return eq[1] === contextValue;
    }
    throw new Error(`no evaluator for "${part}" (${item.command})`);
  });
}

/** The commands the Clusters view offers on an item with this context value, inline ones marked. */
function offered(contextValue: string): string[] {
  return itemMenus
    .filter((m) => m.when.startsWith('view == mrs.clusters') && shows(m, contextValue))
    .map((m) => (m.group?.startsWith('inline') ? `inline ${m.command}` : m.command));
}

function groupMenu(groups: NodeGroup[], name: string, state: Cluster['state'] = 'running', clusterType = 0): string[] {
  const cluster = aCluster({ state, nodeGroups: groups, clusterType });
  const group = groups.find((g) => g.name === name);
  assert.ok(group);
  return offered(describeNodeGroup(group, cluster, t).contextValue).filter((c) => c.includes('nodeGroup'));
}

const core = (nodeCount: number, name = 'core_node_analysis_group') => aNodeGroup({ name, nodeCount });
const task = (nodeCount: number, name = 'task_node_analysis_group') => aNodeGroup({ role: 'task', name, nodeCount });

describe('Clusters view menus', () => {
  it('offers Resize, Scale Out and Scale In on a group that can grow and shrink', () => {
    assert.deepEqual(groupMenu([core(5), task(2)], 'task_node_analysis_group'), [
      'mrs.nodeGroup.scaleOut',
      'mrs.nodeGroup.scaleIn',
      'inline mrs.nodeGroup.resize',
    ]);
  });

  it('offers no Scale In on core with 3 nodes in total, nor on an empty task group', () => {
    assert.deepEqual(groupMenu([core(3), task(0)], 'core_node_analysis_group'), [
      'mrs.nodeGroup.scaleOut',
      'inline mrs.nodeGroup.resize',
    ]);
    assert.deepEqual(groupMenu([core(3), task(0)], 'task_node_analysis_group'), [
      'mrs.nodeGroup.scaleOut',
      'inline mrs.nodeGroup.resize',
    ]);
  });

  it('offers no Scale In on a hybrid core group that it would empty', () => {
    const groups = [core(3), core(1, 'core_node_streaming_group')];
    assert.deepEqual(groupMenu(groups, 'core_node_streaming_group'), [
      'mrs.nodeGroup.scaleOut',
      'inline mrs.nodeGroup.resize',
    ]);
    assert.ok(groupMenu(groups, 'core_node_analysis_group').includes('mrs.nodeGroup.scaleIn'));
  });

  it('offers no Scale Out at 500 core and task nodes', () => {
    assert.deepEqual(groupMenu([core(3), task(497)], 'task_node_analysis_group'), [
      'mrs.nodeGroup.scaleIn',
      'inline mrs.nodeGroup.resize',
    ]);
  });

  it('offers only Scale Out on a master group (the v2 expand; masters are never removed)', () => {
    const master = aNodeGroup({ role: 'master', name: 'master_node_default_group', nodeCount: 3 });
    assert.deepEqual(groupMenu([master, core(5)], 'master_node_default_group'), ['mrs.nodeGroup.scaleOut']);
  });

  it("offers no Scale In on a custom cluster's yearly/monthly group (released by unsubscribing), nor any resize while not running", () => {
    const reserved = aNodeGroup({ role: 'task', name: 'node_group_reserved', nodeCount: 2, billing: 'yearlyMonthly' });
    assert.deepEqual(groupMenu([core(5), reserved], 'node_group_reserved', 'running', 3), [
      'mrs.nodeGroup.scaleOut',
      'inline mrs.nodeGroup.resize',
    ]);
    assert.deepEqual(groupMenu([core(5), task(2)], 'task_node_analysis_group', 'scaling-out'), []);
    const master = aNodeGroup({ role: 'master', name: 'master_node_default_group' });
    assert.deepEqual(groupMenu([master, core(5)], 'master_node_default_group', 'scaling-out'), []);
  });

  it("puts Retry (titled so in both languages) and Show Log inline on the error row, and Retry is the row's click", () => {
    assert.deepEqual(offered('message:error'), ['inline mrs.clusters.retry', 'inline mrs.log.show']);
    const retry = manifest.contributes.commands.find((c) => c.command === 'mrs.clusters.retry');
    assert.ok(retry);
    const key = /^%(.+)%$/.exec(retry.title)?.[1] ?? '';
    assert.deepEqual([nls[key], nlsZh[key]], ['Retry', '重试']);
    assert.notEqual(retry.icon, '$(refresh)', 'not the look of the view-wide Refresh');
    const row = describeListError('Could not reach the server.', t);
    assert.equal(row.severity, 'error', 'contextValue message:error');
    assert.equal(row.command, 'mrs.clusters.retry');
  });

  it('keeps Retry out of the command palette (it needs the row)', () => {
    const palette = (readJson('package.json') as { contributes: { menus: { commandPalette: MenuItem[] } } }).contributes
      .menus.commandPalette;
    assert.equal(palette.find((m) => m.command === 'mrs.clusters.retry')?.when, 'false');
  });
});
